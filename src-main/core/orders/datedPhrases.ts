/**
 * Stage "phrase" for what the assemble stage adds: a few fixed sentence patterns for dated lines
 * ("Due by ...", "The court set ... for ..."), periods the clause rules did not read, and the
 * reason a date is no one's deadline. The order's own words are always shown beside these, so a
 * pattern names the thing in the order's words (quoted, kept short) and never guesses more.
 */
import { formatLongDate } from '../deadlines/isoDate.js';
import { readingGrade } from '../plainLanguage/index.js';
import type { DateMention, OtherDateReason } from './dateRoles.js';
import { findDates } from './numbers.js';
import { actorName, type Voice } from './summaries.js';
import { whenPhrase } from './whenPhrase.js';
import type { Actor, DeadlineRule } from './types.js';

/** Connecting words between a thing's name and its date ("... is set for", "due by"); the name itself stays. */
const LEAD_WORDS =
  /(?:\s|^)(?:\b(?:is|are|shall\s+be|will\s+be|be|has\s+been|have\s+been|re-?set|set|scheduled|rescheduled|continued|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before|until|up\s+to\s+and\s+including|extended\s+to|for|on|at|to)\b|\bto\s*&\s*inc\.?|@|:|,|\s)+$/i;

/**
 * "If Plaintiff does not file an opposition on or before August 14, 2023, this action may be
 * dismissed" asks for the opposition by that date: the command inside the warning, and what
 * follows if it is not met. Null when the clause is not such a warning.
 */
export function commandInWarning(clause: string): { command: string; consequence: string } | null {
  const m = /^\s*(?:if|should)\s+(.{2,60}?)\s+(?:does\s+not|do\s+not|did\s+not|fails?\s+to|neglects?\s+to)\s+(.+?),(?!\s*\d{4}\b)\s*(.+)$/is.exec(clause);
  if (m === null) return null;
  return { command: `${m[1]} shall ${m[2]}.`, consequence: m[3].replace(/[.\s]+$/, '') };
}

/** The clause's own name for the thing that is due, short and without the date words. */
export function labelOf(clause: string, m: Pick<DateMention, 'start' | 'end' | 'clauseStart'>): string {
  const before = clause.slice(0, m.start - m.clauseStart);
  let label = before.replace(LEAD_WORDS, '').replace(/^[\s,.;:()-]+/, '').trim();
  // Only the last named thing: "... 2/9/4 end date: 3/15/4 C/R; Govt ddl" -> "Govt ddl".
  const parts = label.split(/(?:(?<!\b[A-Z])[.;:]\s+|\(\s*|\)\s*|,\s+(?=\S+\s+\S+))/);
  const last = parts[parts.length - 1]?.trim() ?? '';
  if (last.split(/\s+/).length >= 1 && last !== '') label = last;
  // Docket shorthand before the name: "09:00:00 AM before DAE Motions due" -> "Motions".
  label = label.replace(/^(?:\d{1,2}(?::\d{2}){1,2}\s*[ap]\.?\s?m\.?\s*)?(?:before\s+[A-Z]{2,4}\s+)?/i, '');
  label = label.replace(/(\S+\s+\S+.*?)\s+due$/i, '$1').replace(/(\S+\s+\S+.*?)\s+(?:is|are|shall\s+be|will\s+be)$/i, '$1');
  // "Monday, February 11, 2013: cutoff deadline for discovery": the name comes after the date.
  if (label === '' || /^(?:(?:on|or|and|the|of|lastly|finally|then)\s+)*(?:on|or|and|the|of|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$/i.test(label)) {
    const after = clause.slice(m.end - m.clauseStart).replace(/^[\s,:–—-]+/, '');
    label = after.replace(/[.;]\s*$/, '').trim();
  }
  // Other dates in the same clause would read as part of the label; drop them.
  for (const d of findDates(label).reverse()) label = `${label.slice(0, d.start)}${label.slice(d.end)}`;
  const words = label.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w !== '');
  const short = words.length > 12 ? `${words.slice(-12).join(' ')}` : words.join(' ');
  return short.replace(/^(?:and|or|the|,)\s+/i, '').replace(/[\s,;:]+$/, '');
}

function who(actor: Actor, v: Voice): string {
  if (actor === 'all-parties') return 'The order does not say who, so it may be for you. Read its words to be sure.';
  const name = actorName(actor, v);
  if (name === null) return 'The order does not say who must do this. Read its words to see if it is you.';
  return name === 'You' ? 'This is for you.' : `This is for ${name.charAt(0).toLowerCase()}${name.slice(1)}.`;
}

/** "Due by Friday, May 26, 2017: “Objections to the report”. This is for you." */
export function datedSummary(clause: string, m: DateMention, actor: Actor, v: Voice): string {
  const label = labelOf(clause, m);
  const when = `${formatLongDate(m.iso)}${m.time !== undefined ? ` at ${m.time}` : ''}`;
  const what = label === '' ? 'See the order’s words.' : `“${label}”.`;
  return `Due by ${when}: ${what} ${who(actor, v)}`;
}

export function datedExplanation(actor: Actor, v: Voice): string {
  const name = actorName(actor, v);
  const mine = name === 'You' || actor === 'all-parties';
  return mine
    ? 'Read the order’s words beside this. If this is yours to do, do it by this date. Filing early is safe.'
    : 'Read the order’s words beside this. It may not be yours to do, but it tells you what comes next in the case.';
}

/** "The court set the status conference for Tuesday, February 23, 2016 at 12:00 p.m." */
export function appearanceSummary(event: string, rule: DeadlineRule | undefined, actor: Actor, v: Voice): string {
  const name = event.replace(/\s+/g, ' ').trim();
  // Docket shorthand ("FPT", "JS/JT") stays as written; a word in capitals ("HEARING") is just that word.
  const shorthand = /^[A-Z0-9/]{2,}$/.test(name) && !/^(?:HEARING|CONFERENCE|TRIAL|ARRAIGNMENT|SENTENCING|MEDIATION|ARGUMENT)$/.test(name);
  const plainName = shorthand ? `“${name}”` : `the ${name.toLowerCase().replace(/^the\s+/, '')}`;
  const date = rule?.fixedDate;
  const when = date === undefined ? '' : ` for ${formatLongDate(date)}${rule?.time !== undefined ? ` at ${rule.time}` : ''}`;
  const whom = actorName(actor, v);
  const go = actor === 'all-parties' ? 'Plan to be at' : whom === 'You' ? 'You must be at' : `${whom ?? 'Someone'} must be at`;
  const set = date === undefined ? '' : ` It is set${when}${when.endsWith('.') ? '' : '.'}`;
  return `${go} ${plainName}.${set}`;
}

/** A period the clause rules did not read, told with the order's own event words. */
export function periodSummary(rule: DeadlineRule, actor: Actor, v: Voice): string {
  const name = actorName(actor, v);
  const whom = actor === 'all-parties' ? 'Each party' : name ?? 'Someone';
  const span = rule.hours !== undefined ? `${rule.hours} hours` : '';
  const when = span !== '' ? `${rule.direction === 'before' ? `at least ${span} before` : `within ${span} after`} ${rule.triggerWords.replace(/^the\s+/i, 'the ')}` : whenPhrase(rule);
  // "… at 10:30 a.m." already ends with a period.
  return `${whom} must act ${when}${when.endsWith('.') ? '' : '.'} Read the order’s words for what must be done.`;
}

const WHY: Record<OtherDateReason, string> = {
  entered: 'The day the clerk put this on the court’s list (the docket). It is not a deadline.',
  signed: 'The day the judge signed or filed this. It is not a deadline.',
  happened: 'Something that already happened on this day. It is not a deadline.',
  changed: 'The old date. The order changed or canceled it, so do not go by it.',
  bound: 'The earliest day something may happen. It is not a deadline.',
  span: 'Part of a span of time the order describes. It is not a deadline.',
  past: 'This day was already past when the order was made. The order only tells its history.',
  recited: 'The order repeats this from an earlier order or paper. It is not a new deadline here.',
  asked: 'A date a party asked for. The order does not set it, so do not go by it.',
  mentioned: 'The order names this day, but we could not tell what it is for. Read the order’s words to be sure.',
};

export function otherDateWhy(reason: OtherDateReason, event?: string): string {
  if (reason === 'changed' && event !== undefined) return `The old date for the ${event.toLowerCase()}. The order changed or canceled it, so do not go by it.`;
  return WHY[reason];
}

const HARD = 10;
const CONDITION_OPEN = /^\s*(?:If|Unless|When|Until|Once|After|Before)\b/;

/**
 * A summary above grade 10 is cut into shorter sentences at its joints (", and the court must",
 * "; "), then loses trailing lists and asides that the quote beside it shows in full. The facts
 * kept are the summary's own; nothing is reworded.
 */
export function easier(summary: string): string {
  if (readingGrade(summary) <= HARD) return summary;
  let s = summary
    .replace(/;\s+([a-z])/g, (_, c: string) => `. ${c.toUpperCase()}`)
    .replace(/,\s+and\s+(?=(?:the|you|each|all|he|she|they|it|any|[A-Z])\b)/g, '. Also, ')
    .replace(/,\s+(you|the court|each party|defense counsel)(?=\s+(?:must|may|will)\b)/gi, (whole: string, w: string, at: number, all: string) =>
      // "If you do not …, the court will dismiss": the "if" part is not a sentence by itself.
      CONDITION_OPEN.test(all.slice(0, at).split(/[.!?]\s+/).pop() ?? '') ? whole : `. ${w.charAt(0).toUpperCase()}${w.slice(1)}`,
    );
  if (readingGrade(s) <= HARD) return s;
  s = s
    .replace(/\s*\((?:see|under|as|per)\b[^)]*\)/gi, '')
    .replace(/,?\s+(?:including|such as|to the following [a-z ]+:)\s+[^]*?\.(?=\s|$)/gi, '. The order’s words list the details.')
    .replace(/\s+/g, ' ');
  return s;
}

/** Still too hard after `easier`: better to say so and send the person to the order's words. */
export function tooHard(summary: string): boolean {
  return readingGrade(summary) > HARD;
}
