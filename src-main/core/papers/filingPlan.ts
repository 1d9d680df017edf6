/**
 * Who files the joint paper and who signs it, read from the order's own words (its "file" and
 * "signature" requirements, whose actors come from phrases like "defense counsel shall file",
 * "the parties shall file", "plaintiff shall file"), and what the person must do with their part.
 *
 * When the other side files, the person's part has to reach them before the filing deadline:
 * the "send by" day is always earlier than that deadline, never later, and the words say why.
 */
import type { Caption as CaseCaption } from '../caseInfo/caption.js';
import type { OrderView, RequirementView } from '../caseOrders/orderView.js';
import { addDays, weekdayNumber } from '../deadlines/isoDate.js';
import { shortDate } from './words.js';

export type Filer = 'you' | 'other-side' | 'parties' | 'unknown';

export interface FilingPlan {
  filer: Filer;
  /** How the order names who files: "defense counsel", "the parties", "Plaintiff"; '' when it does not say. */
  filerWords: string;
  /** The same, as a court paper says it: "counsel for Defendants", "the parties". */
  filerCourtWords: string;
  /** The order says every party signs the paper. */
  allSign: boolean;
  /** The earliest filing date the app could count, 'YYYY-MM-DD'. */
  deadline: string | null;
  /** When the person's part should be sent to the one who files it; always before `deadline`. */
  sendBy: string | null;
  /** What the person must do with the paper, in plain words (shown on screen, not printed). */
  nextStep: string;
}

/** Days before the filing deadline to send one's part: mail can take 3 days, and the one who files needs a day or two. */
export const SEND_AHEAD_DAYS = 5;

const ACTOR_WORDS: Record<string, string> = {
  'defense-counsel': "the defendants' lawyer",
  defendant: 'the defendants',
  plaintiff: 'the plaintiff',
  'all-parties': 'the parties',
};

const COURT_WORDS: Record<string, string> = {
  'defense-counsel': 'counsel for Defendants',
  defendant: 'Defendants',
  plaintiff: 'Plaintiff',
  'all-parties': 'the parties',
};

function filingRequirements(order: OrderView | null): RequirementView[] {
  const files = (order?.requirements ?? []).filter((r) => r.kind === 'file');
  const joint = files.filter((r) => /\bjoint\b/i.test(r.quote?.text ?? ''));
  return joint.length > 0 ? joint : files;
}

function filerOf(actor: string, side: CaseCaption['side']): Filer {
  if (actor === 'all-parties') return 'parties';
  if (!side) return 'unknown';
  const defense = actor === 'defense-counsel' || actor === 'defendant';
  if (actor === 'plaintiff') return side === 'plaintiff' ? 'you' : 'other-side';
  if (defense) return side === 'defendant' ? 'you' : 'other-side';
  return 'unknown';
}

/** The weekday on or before `iso`: mail does not go out on a weekend, and the day must stay earlier, never later. */
function weekdayOnOrBefore(iso: string): string {
  let d = iso;
  while (weekdayNumber(d) === 0 || weekdayNumber(d) === 6) d = addDays(d, -1);
  return d;
}

function sendStep(deadline: string | null, sendBy: string | null, today: string, to: string): string {
  if (!deadline || !sendBy) {
    return `Sign your part and send it to ${to} early. The app cannot count the filing deadline yet, so ask them when they plan to file it.`;
  }
  const why = `That is ${SEND_AHEAD_DAYS} days before the filing deadline of ${shortDate(deadline)}: mail can take 3 days, and ${to} needs time to put the parts together and file them.`;
  if (deadline < today) return `The filing deadline in the order, ${shortDate(deadline)}, has passed. Sign your part and send it to ${to} as soon as you can.`;
  if (sendBy < today) return `Sign your part and send it to ${to} today if you can. The filing deadline is ${shortDate(deadline)}, so there is little time left for the mail.`;
  return `Sign your part and send it to ${to} by ${shortDate(sendBy)}. ${why}`;
}

export function filingPlan(order: OrderView | null, side: CaseCaption['side'], today: string): FilingPlan {
  const files = filingRequirements(order);
  const known = files.find((r) => r.actor !== 'unknown' && r.actor !== 'court');
  const filer = known ? filerOf(known.actor, side) : 'unknown';
  const filerWords = known ? (ACTOR_WORDS[known.actor] ?? '') : '';
  const filerCourtWords = known ? (COURT_WORDS[known.actor] ?? '') : '';
  const allSign = (order?.requirements ?? []).some((r) => r.kind === 'signature' && r.actor === 'all-parties');
  const dates = files.map((r) => r.dueDate).filter((d): d is string => !!d).sort();
  const deadline = dates[0] ?? null;
  const sendBy = deadline ? weekdayOnOrBefore(addDays(deadline, -SEND_AHEAD_DAYS)) : null;
  const signWords = allSign ? ' The order says every party must sign it.' : '';

  let nextStep: string;
  switch (filer) {
    case 'other-side':
      nextStep = `The order says ${filerWords} files this paper.${signWords} ${sendStep(deadline, sendBy, today, filerWords)} Keep a copy, and log it in your contact log when you send it.`;
      break;
    case 'you':
      nextStep = `The order says you file this paper${deadline ? `, by ${shortDate(deadline)}` : ''}.${signWords} Send a copy to the other side too, and fill in the certificate of service.`;
      break;
    case 'parties':
      nextStep = `The order says the parties file this paper together, but not which one of you sends it to the court.${signWords} Agree with the other side's lawyer who files it. ${sendStep(deadline, sendBy, today, "the other side's lawyer")}`;
      break;
    default:
      nextStep = `The order does not say who files this paper. Ask the other side's lawyer who will file it${deadline ? `, and plan to have it filed by ${shortDate(deadline)}` : ''}.${signWords}`;
  }
  return { filer, filerWords, filerCourtWords, allSign, deadline, sendBy: filer === 'you' ? null : sendBy, nextStep };
}
