/**
 * What the Orders screen and "What's next" show: the order's requirements as extracted from its
 * text, joined with the person's own notes (confirmed, done, edited wording, a date set by hand),
 * the conference from the contact log, and court closures.
 */
import { format } from 'date-fns';
import type { CaseDb } from '../db/openCaseFile.js';

import { explainOnce, type ExplainedOrder } from './explainedOnce.js';
import type { Conflict, Requirement } from '../orders/types.js';
import { findGlossaryTerms, type TermSpan } from '../plainLanguage/index.js';
import { readCaption } from '../caseInfo/caseInfoRepository.js';
import { daysBetween, PRISON_MAILBOX_RULE } from '../deadlines/index.js';
import { addedRequirements, getOrder, listClosures, listOrders, requirementNotes, type RequirementNote, type RequirementStatus, type StoredOrder } from './orderRepository.js';
import { courtState } from './courtState.js';
import { readingText, type ReadingText } from './readingText.js';
import { applySafeDates } from './safeDates.js';
import { conferenceForDeadlines, contactEvidence, type ConferenceInfo } from './logLinks.js';

export type { ExplainedOrder } from './explainedOnce.js';
export type OrderCaptionFacts = ExplainedOrder['caption'];
export type ExplainedRequirement = ExplainedOrder['requirements'][number];

export interface RequirementView {
  id: string;
  kind: Requirement['kind'] | 'added';
  /** An Actor the app found, or whoever the person typed for a requirement they added. */
  actor: string;
  /** The person's wording if they edited it, else the app's. */
  summary: string;
  generatedSummary: string;
  explanation: string;
  quote: Requirement['quote'] | null;
  items: Requirement['items'];
  means: Requirement['means'];
  /** The app could not word this with confidence: the card puts the order's words first. */
  unsure: boolean;
  deadline: ExplainedRequirement['deadline'] | null;
  /** The date to aim for: one the person set by hand, else the computed one. */
  dueDate: string | null;
  dueDateSetByHand: boolean;
  daysLeft: number | null;
  /** This requirement's own date when the order gives an earlier one for the same act (see safeDates.ts). */
  ownDueDate: string | null;
  status: RequirementStatus;
  /** For "the other side must contact you": the log entry that shows it happened. */
  metBy: { entryId: number; at: string; words: string } | null;
}

export interface OrderView {
  order: StoredOrder;
  caption: ExplainedOrder['caption'];
  requirements: RequirementView[];
  /** Dates in the order that are no one's deadline now, each with the reason. */
  otherDates: ExplainedOrder['otherDates'];
  conflicts: Conflict[];
  glossary: TermSpan[];
  /** The cleaned order to read on screen, with the quotes and court words placed on it. */
  reading: ReadingText;
  electronicSignaturesAllowed: boolean;
  localRules: string[];
  /** When the last day ends, and (in a prisoner case) the prison mailbox rule. */
  notices: string[];
  conference: ConferenceInfo | null;
  /** null when the case or the order has no case number to compare. */
  caseNumberMatches: boolean | null;
}

export interface UpcomingDeadline {
  kind: RequirementView['kind'];
  /** The log shows it happened (e.g. the other side's call). */
  met: boolean;
  orderId: number;
  orderTitle: string;
  requirementId: string;
  summary: string;
  actor: string;
  dueDate: string | null;
  pending: string | null;
  daysLeft: number | null;
  status: RequirementStatus;
  quote: string | null;
}

export interface MissedContact {
  orderTitle: string;
  summary: string;
  dueDate: string;
  /** What the order itself says follows, in its own words: never advice the app makes up. */
  orderSays: { summary: string; quote: string }[];
}

export interface UpcomingDeadlines {
  today: string;
  items: UpcomingDeadline[];
  /** The other side had to contact the person by a date that passed, and the log shows no call or meeting. */
  missedContact: MissedContact | null;
}

/** Today in the person's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** Case numbers are compared on their core ("1:17-cv-00294"), ignoring judge initials and "(PC)". */
export function sameCaseNumber(a: string, b: string): boolean | null {
  const core = (s: string) => /(\d+:)?\d{2}-cv-\d+/i.exec(s.replace(/\s+/g, ''))?.[0]?.toLowerCase().replace(/^\d+:/, '').replace(/-0+/g, '-') ?? null;
  const x = core(a);
  const y = core(b);
  if (!x || !y) return null;
  return x === y;
}

export function explainStoredOrder(db: CaseDb, order: StoredOrder): ExplainedOrder {
  const caption = readCaption(db);
  const conference = conferenceForDeadlines(db);
  return explainOnce(order.originalText, {
    ...(order.signedDate ? { orderDate: order.signedDate } : {}),
    ...(order.servedDate ? { servedOn: order.servedDate } : {}),
    ...(order.receivedDate ? { receivedOn: order.receivedDate } : {}),
    serviceMethod: order.serviceMethod || null,
    conferenceDate: conference?.date ?? null,
    state: courtState(caption.district),
    closures: listClosures(db),
    ...(caption.side ? { you: caption.side } : {}),
  });
}

/**
 * Each note goes to the requirement about the same words of the order: the same quote, else the
 * one whose quote holds the note's passage, else (notes from before anchors) the same id. A note
 * whose passage no requirement covers any more stays in the file and shows on no card.
 */
export function notesByPassage(notes: Map<string, RequirementNote>, requirements: Requirement[]): Map<string, RequirementNote> {
  const out = new Map<string, RequirementNote>();
  const anchored = [...notes.values()].filter((n) => n.anchor !== null);
  for (const n of anchored) {
    const a = n.anchor!;
    const exact = requirements.find((r) => r.quote.start === a.start && r.quote.end === a.end && !out.has(r.id));
    const holding = exact ?? requirements.find((r) => r.quote.start <= a.start && a.start < r.quote.end && !out.has(r.id));
    if (holding !== undefined) out.set(holding.id, n);
  }
  for (const n of notes.values()) {
    if (n.anchor !== null || out.has(n.requirementId)) continue;
    if (requirements.some((r) => r.id === n.requirementId)) out.set(n.requirementId, n);
  }
  return out;
}

/** `explained` may be passed when the caller has just read the order: a note changes nothing the reading depends on. */
export function orderView(db: CaseDb, orderId: number, today = localToday(), explainedAlready?: ExplainedOrder): OrderView {
  const order = getOrder(db, orderId);
  const explained = explainedAlready ?? explainStoredOrder(db, order);
  const notes = notesByPassage(requirementNotes(db, orderId), explained.requirements);
  const evidence = contactEvidence(db);

  const requirements: RequirementView[] = explained.requirements.map((r) => {
    const note = notes.get(r.id);
    const computed = r.deadline?.dueDate ?? null;
    const dueDate = note?.dueDate ?? computed;
    const metBy = r.kind === 'contact' && evidence ? evidence : null;
    return {
      id: r.id,
      kind: r.kind,
      actor: r.actor,
      summary: note?.summary ?? r.summary,
      generatedSummary: r.summary,
      explanation: r.explanation,
      quote: r.quote,
      items: r.items,
      means: r.means,
      unsure: r.unsure === true,
      deadline: r.deadline ?? null,
      dueDate,
      dueDateSetByHand: Boolean(note?.dueDate),
      daysLeft: dueDate ? daysBetween(today, dueDate) : null,
      ownDueDate: null,
      status: note?.status ?? (metBy ? 'done' : 'new'),
      metBy,
    };
  });
  for (const a of addedRequirements(db, orderId)) {
    requirements.push({
      id: `added-${a.id}`,
      kind: 'added',
      actor: a.actor,
      summary: a.summary,
      generatedSummary: a.summary,
      explanation: 'You added this yourself.',
      quote: null,
      items: undefined,
      means: undefined,
      unsure: false,
      deadline: null,
      dueDate: a.dueDate || null,
      dueDateSetByHand: Boolean(a.dueDate),
      daysLeft: a.dueDate ? daysBetween(today, a.dueDate) : null,
      ownDueDate: null,
      status: a.status,
      metBy: null,
    });
  }
  const safe = applySafeDates(requirements, explained.conflicts, (d) => daysBetween(today, d));
  safe.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));

  const caseCaption = readCaption(db);
  return {
    order,
    caption: explained.caption,
    requirements: safe,
    otherDates: explained.otherDates,
    conflicts: explained.conflicts,
    glossary: findGlossaryTerms(order.originalText),
    reading: readingText(order.originalText, safe.flatMap((r) => (r.quote ? [{ id: r.id, start: r.quote.start, end: r.quote.end }] : []))),
    electronicSignaturesAllowed: explained.electronicSignaturesAllowed,
    localRules: explained.localRules,
    notices: [...new Set([...explained.notices.filter((n) => !/not legal advice/i.test(n)), ...(caseCaption.inPrison ? [PRISON_MAILBOX_RULE] : [])])],
    conference: conferenceForDeadlines(db),
    caseNumberMatches: sameCaseNumber(caseCaption.caseNumber, explained.caption.caseNumber ?? ''),
  };
}

/** Every dated or waiting requirement across all orders, nearest first, for "What's next". */
export function upcomingDeadlines(db: CaseDb, today = localToday()): UpcomingDeadlines {
  const items: UpcomingDeadline[] = [];
  let missedContact: MissedContact | null = null;
  for (const o of listOrders(db)) {
    const view = orderView(db, o.id, today);
    const missed = view.requirements.find((r) => r.kind === 'contact' && r.actor !== 'plaintiff' && r.actor !== 'unknown' && !r.metBy && r.status !== 'done' && r.status !== 'dismissed' && r.daysLeft !== null && r.daysLeft < 0);
    if (missed && !missedContact) {
      missedContact = {
        orderTitle: o.title,
        summary: missed.summary,
        dueDate: missed.dueDate!,
        orderSays: view.requirements.filter((r) => r.kind === 'warning' || r.actor === 'court').map((r) => ({ summary: r.summary, quote: r.quote?.clean ?? r.quote?.text.replace(/\s+/g, ' ').trim() ?? '' })),
      };
    }
    for (const r of view.requirements) {
      if (r.status === 'dismissed') continue;
      if (!r.dueDate && !r.deadline?.pending) continue;
      items.push({
        kind: r.kind,
        met: r.metBy !== null,
        orderId: o.id,
        orderTitle: o.title,
        requirementId: r.id,
        summary: r.summary,
        actor: r.actor,
        dueDate: r.dueDate,
        pending: r.dueDate ? null : (r.deadline?.pending ?? null),
        daysLeft: r.daysLeft,
        status: r.status,
        quote: r.quote?.clean ?? r.quote?.text ?? null,
      });
    }
  }
  items.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return { today, items, missedContact };
}

