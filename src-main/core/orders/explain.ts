/**
 * The whole "What does the order ask of me?" answer: caption facts, each requirement with
 * its computed date (Federal Rule of Civil Procedure 6, through the deadlines module) and
 * the steps that produced it, conflicts, and the notices the design asks for.
 */
import {
  addDays,
  addsThreeDays,
  computeDueDate,
  countCourtDays,
  dateCertainOnClosedDay,
  formatLongDate,
  LAST_DAY_MEANING,
  parseIsoDate,
  PRISON_MAILBOX_RULE,
  type Closure,
  type ServiceMethod,
  type StateHolidayNote,
} from '../deadlines/index.js';
import { NOT_LEGAL_ADVICE } from '../plainLanguage/index.js';
import { assemble, type OtherDate } from './assemble/index.js';
import type { CaptionFacts } from './caption.js';
import { cleanOrderText } from './cleanText.js';
import { findConflicts } from './conflicts.js';
import { findImpossibleDates } from './numbers.js';
import { findOrderDate } from './orderDate.js';
import { extractRequirements, voiceFor } from './extract.js';
import { isCourtEvent } from './timePhrase.js';
import { readNamedWeekdays } from './weekdayCheck.js';
import type { Conflict, DeadlineRule, IsoDate, Requirement, Trigger } from './types.js';

export interface ExplainOptions {
  /** Overrides the date found in the order. */
  orderDate?: IsoDate;
  /** The day the order was served on (delivered to) the reader. */
  servedOn?: IsoDate;
  /** The day the order reached the reader, for periods the order counts from receipt (no 3 mail days: FRCP 6(d) is about service). */
  receivedOn?: IsoDate;
  /** FRCP 5(b)(2); whether it adds Rule 6(d)'s 3 days is decided in deadlines/rule6d.ts. */
  serviceMethod?: ServiceMethod | null;
  /** The day the parties' meet-and-confer conference took place. */
  conferenceDate?: IsoDate | null;
  state?: 'CA' | null;
  closures?: Closure[];
  you?: 'plaintiff' | 'defendant';
}

export interface RequirementDeadline {
  days?: number;
  hours?: number;
  trigger: Trigger;
  triggerWords: string;
  /** The event the period counts from, in plain words ("the day the order was served"). */
  event: string;
  /** The period runs from the day the order reached the person: the screens ask for that day. */
  fromReceipt?: true;
  direction: 'after' | 'before';
  dueDate?: IsoDate;
  /** "Monday, June 14, 2021" */
  dueDateText?: string;
  time?: string;
  steps: string[];
  /** Why there is no date yet, in words. */
  pending?: string;
  stateHolidayLater?: StateHolidayNote;
}

export type ExplainedRequirement = Requirement & { deadline?: RequirementDeadline };

export interface OrderExplanation {
  caption: CaptionFacts;
  requirements: ExplainedRequirement[];
  /** Every date in the order that is no one's deadline now, with the reason. */
  otherDates: OtherDate[];
  conflicts: Conflict[];
  electronicSignaturesAllowed: boolean;
  localRules: string[];
  cleanedText: string;
  /** Shown wherever dates appear: not legal advice, when the last day ends, the prison mailbox rule. */
  notices: string[];
}


function validDate(d: IsoDate | null | undefined): IsoDate | undefined {
  if (d === undefined || d === null) return undefined;
  const p = parseIsoDate(d);
  return p.ok ? p.value : undefined;
}

function span(rule: DeadlineRule): string {
  if (rule.hours !== undefined) return `${rule.hours} hour${rule.hours === 1 ? '' : 's'}`;
  if (rule.days !== undefined) return `${rule.days} ${rule.dayKind === 'court' ? 'court ' : ''}day${rule.days === 1 ? '' : 's'}`;
  if (rule.months !== undefined) return `${rule.months} month${rule.months === 1 ? '' : 's'}`;
  return 'The period';
}

/** A date the order sets, or a count from a date it names ("14 days after September 6, 2022"). */
function fixedDateDeadline(rule: DeadlineRule, d: RequirementDeadline, opts: ExplainOptions): RequirementDeadline {
  if (rule.fixedDate === undefined && rule.triggerDate !== undefined && rule.days !== undefined) {
    // Counted from a date the order names: FRCP 6(a) applies as from any other day.
    const counted = computeDueDate({ from: rule.triggerDate, days: rule.days, direction: d.direction, state: opts.state ?? null, closures: opts.closures ?? [], fromLabel: formatLongDate(rule.triggerDate) });
    if (counted.ok) {
      d.dueDate = counted.value.dueDate;
      d.dueDateText = formatLongDate(counted.value.dueDate);
      d.steps = counted.value.steps;
    } else d.pending = counted.error.message;
    return d;
  }
  const fixed = validDate(rule.fixedDate);
  if (fixed === undefined) {
    d.pending = 'The order names a date we could not read. Check the quote.';
    return d;
  }
  d.dueDate = fixed;
  d.dueDateText = formatLongDate(fixed);
  if (rule.strictlyBefore === true) d.steps.push(`The order says it must happen before ${formatLongDate(addDays(fixed, 1))}. So the last day is the day before: ${formatLongDate(fixed)}.`);
  else d.steps.push(`The order sets this date itself: ${formatLongDate(fixed)}${rule.time ? ` at ${rule.time.replace(/\.$/, '')}` : ''}.`);
  return d;
}

/** Where a count starts: the day, how the steps name it, the service method, and notes on the choice. */
interface CountStart {
  from: IsoDate | undefined;
  label: string;
  serviceMethod: ServiceMethod | null;
  notes: string[];
}

/** The day a period counts from, or a pending note on `d` saying what the person must enter. */
function countStart(rule: DeadlineRule, d: RequirementDeadline, days: number, opts: ExplainOptions, orderDate: IsoDate | undefined, dateFromDocketStamp: boolean): CountStart {
  const direction = d.direction;
  const notes: string[] = [];
  const start = (from: IsoDate | undefined, label: string, serviceMethod: ServiceMethod | null = null): CountStart => ({ from, label, serviceMethod, notes });
  switch (rule.trigger) {
    case 'order-date': {
      const from = validDate(opts.orderDate) ?? orderDate;
      if (rule.triggerAssumed) notes.push("The order does not say when the days start. We counted from the order's date, the earliest choice, to be safe.");
      if (dateFromDocketStamp && from !== undefined) notes.push(`We used ${formatLongDate(from)}, the day the clerk entered this on the docket. If the order was signed earlier, enter that date: your deadline may be earlier.`);
      if (from === undefined) d.pending = `${span(rule)} after the order's date (enter the order's date).`;
      return start(from, "the order's date");
    }
    case 'service': {
      const served = validDate(opts.servedOn);
      const from = served ?? validDate(opts.orderDate) ?? orderDate;
      if (served === undefined && from !== undefined) notes.push("We counted from the order's date, because no service date is entered. No mailing can come before it, so this is safe. To count from the real service date, enter the day it was mailed, sent or handed to you.");
      if (from === undefined) d.pending = `${span(rule)} after the order is served on you. Enter the day it was mailed, sent or handed to you (the proof of service or postmark shows it).`;
      return start(from, 'the day the order was served', opts.serviceMethod ?? null);
    }
    case 'conference': {
      if (isCourtEvent(rule.triggerWords) || rule.triggerDate !== undefined) {
        const from = validDate(rule.triggerDate);
        if (from === undefined) d.pending = `${span(rule)} ${direction} ${d.event}. The order does not give its date here: enter it when you know it, or ask the clerk.`;
        return start(from, `the date of ${d.event}`);
      }
      const from = validDate(opts.conferenceDate);
      if (from === undefined) d.pending = `${span(rule)} ${direction} your conference (not held yet).`;
      return start(from, 'the day of your conference');
    }
    default:
      if (RECEIPT.test(rule.triggerWords)) {
        d.fromReceipt = true;
        // FRCP 6(d) adds 3 days only to periods counted from service; receipt is the day it arrived.
        const from = validDate(opts.receivedOn);
        if (from === undefined) {
          const begin = validDate(opts.orderDate) ?? orderDate;
          const earliest = begin === undefined ? undefined : computeDueDate({ from: begin, days, direction, serviceByMail: false, state: null, closures: opts.closures ?? [] });
          const hint = earliest?.ok ? ` Until then, ${formatLongDate(earliest.value.dueDate)} (${span(rule)} from the order's date) is a safe date to aim for: the real one cannot be earlier.` : '';
          d.pending = `${span(rule)} after you received the order. Enter the day it reached you, and the app will count from it.${hint}`;
        }
        return start(from, 'the day the order reached you');
      }
      if (rule.triggerDate !== undefined) return start(validDate(rule.triggerDate), `${d.event}`);
      d.pending = `${span(rule)} ${rule.direction === 'before' ? 'before' : 'after'} ${rule.triggerWords}. The app will count it once you know that date.`;
      return start(undefined, rule.triggerWords);
  }
}

function deadlineFor(rule: DeadlineRule, opts: ExplainOptions, orderDate: IsoDate | undefined, dateFromDocketStamp = false): RequirementDeadline {
  const direction = rule.direction ?? 'after';
  const d: RequirementDeadline = { trigger: rule.trigger, triggerWords: rule.triggerWords, event: eventWords(rule), direction, steps: [] };
  if (rule.days !== undefined) d.days = rule.days;
  if (rule.hours !== undefined) d.hours = rule.hours;
  if (rule.time !== undefined) d.time = rule.time;
  if (rule.trigger === 'fixed-date') return fixedDateDeadline(rule, d, opts);
  // FRCP 6(a)(2): a period in whole days' worth of hours ends at the same time of day; counted
  // here as days, which gives the same calendar day (and the same weekend and holiday moves).
  const hoursAsDays = rule.hours !== undefined && rule.hours % 24 === 0 ? rule.hours / 24 : undefined;
  const days = rule.days ?? hoursAsDays;
  if (rule.hours !== undefined && hoursAsDays === undefined) {
    d.pending = `${span(rule)} ${direction} ${rule.triggerWords}. Count every hour from that moment (Federal Rule of Civil Procedure 6(a)(2)).`;
    return d;
  }
  if (days === undefined) {
    d.pending = `${span(rule)} after ${rule.triggerWords}. Count the months on a calendar, and check the result with the clerk.`;
    return d;
  }
  const { from, label, serviceMethod, notes } = countStart(rule, d, days, opts, orderDate, dateFromDocketStamp);
  if (from === undefined) return d;
  if (rule.dayKind === 'court') {
    if (serviceMethod !== null && addsThreeDays(serviceMethod)) {
      d.pending = `${span(rule)} after ${label}, plus 3 days for mail. Court days skip weekends and court holidays; count them on a calendar and check with the clerk.`;
      return d;
    }
    const court = countCourtDays(from, days, direction, opts.closures ?? [], label);
    d.dueDate = court.dueDate;
    d.dueDateText = formatLongDate(court.dueDate);
    d.steps = [...notes, ...court.steps];
    return d;
  }
  const result = computeDueDate({ from, days, direction, serviceMethod, state: opts.state ?? null, closures: opts.closures ?? [], fromLabel: label });
  if (!result.ok) {
    d.pending = result.error.message;
    return d;
  }
  d.dueDate = result.value.dueDate;
  d.dueDateText = formatLongDate(result.value.dueDate);
  if (hoursAsDays !== undefined) notes.push(`${span(rule)} is ${hoursAsDays} day${hoursAsDays === 1 ? '' : 's'}, ending at the same time of day${rule.time !== undefined ? ` (${rule.time})` : ''}.`);
  d.steps = [...notes, ...result.value.steps];
  if (result.value.stateHolidayLater !== undefined) d.stateHolidayLater = result.value.stateHolidayLater;
  return d;
}

/** "by February 30, 2021": there is no such day, so no date is guessed and the person is told why. */
function noRealDay(r: Requirement): ExplainedRequirement | undefined {
  const bad = findImpossibleDates(r.quote.clean ?? r.quote.text)[0];
  if (bad === undefined) return undefined;
  const pending = `The order says "${bad.text}", but there is no such day. We did not guess a date. Ask the clerk which day the judge meant, and plan for the earliest day it could be.`;
  return { ...r, deadline: { trigger: 'fixed-date', triggerWords: bad.text, event: 'a date the order sets', direction: 'after', steps: [], pending } };
}

const RECEIPT = /\b(?:receipt|receiv(?:e|ed|ing))\b/i;

/** The plain words for what a period counts from. */
function eventWords(rule: DeadlineRule): string {
  switch (rule.trigger) {
    case 'order-date':
      return "the order's date";
    case 'service':
      return 'the day the order was served on you';
    case 'fixed-date':
      return 'a date the order sets';
    default: {
      const w = rule.triggerWords.replace(/^(?:the\s+)?date\s+of\s+/i, '').trim();
      return /^(?:the|a|an|this|that|his|her|their|its|your|plaintiff|defendant)\b/i.test(w) ? w : `the ${w}`;
    }
  }
}


/** Explain an order's text. Never throws; an empty or odd text gives an empty list. */
export function explainOrder(originalText: string, opts: ExplainOptions = {}): OrderExplanation {
  const cleaned = cleanOrderText(typeof originalText === 'string' ? originalText : '');
  const extraction = extractRequirements(cleaned, opts.you !== undefined ? { you: opts.you } : {});
  const ownDate = findOrderDate(cleaned.text, extraction.caption.orderDate);
  const orderDate = validDate(opts.orderDate) ?? ownDate?.date;
  const voice = voiceFor(extraction.caption, cleaned.text, opts.you !== undefined ? { you: opts.you } : {}, extraction.requirements.some((r) => r.kind === 'meet-and-confer' && /good faith/i.test(r.summary)));
  const assembled = assemble(cleaned, extraction.requirements, extraction.spans, extraction.caption, voice, orderDate);
  const stamped = validDate(opts.orderDate) === undefined && ownDate?.source === 'entered';
  const requirements: ExplainedRequirement[] = assembled.requirements.map((r) => {
    if (r.rule === undefined) return noRealDay(r) ?? { ...r };
    // "Monday, June 1, 2021" when June 1 is a Tuesday: two readings, and a deadline takes the earlier.
    const read = readNamedWeekdays(r.rule, r.quote.clean ?? r.quote.text, r.kind === 'appearance');
    const deadline = deadlineFor(read.rule, opts, orderDate, stamped);
    if (read.notes.length > 0) deadline.steps = [...read.notes, ...deadline.steps];
    // A paper due on a date the order names, when the clerk's office is closed that day (a court date to attend is not filed).
    const closed = r.kind === 'appearance' || deadline.trigger !== 'fixed-date' || deadline.dueDate === undefined ? null : dateCertainOnClosedDay(deadline.dueDate, opts.closures ?? [], opts.state ?? null);
    if (closed !== null) deadline.steps = [...deadline.steps, closed];
    return { ...r, deadline };
  });
  const order = requirements.map((r, i) => ({ r, i }));
  order.sort((x, y) => {
    const a = x.r.deadline?.dueDate;
    const b = y.r.deadline?.dueDate;
    if (a !== undefined && b !== undefined && a !== b) return a < b ? -1 : 1;
    if (a !== undefined && b === undefined) return -1;
    if (a === undefined && b !== undefined) return 1;
    return x.i - y.i;
  });
  const sorted = order.map((o) => o.r);
  const caption = orderDate !== undefined ? { ...extraction.caption, orderDate } : extraction.caption;
  const notices = [NOT_LEGAL_ADVICE, LAST_DAY_MEANING];
  if (caption.prisoner.isPrisoner) notices.push(PRISON_MAILBOX_RULE);
  return {
    caption,
    requirements: sorted,
    otherDates: assembled.otherDates,
    conflicts: findConflicts(sorted),
    electronicSignaturesAllowed: extraction.electronicSignaturesAllowed,
    localRules: extraction.localRules,
    cleanedText: cleaned.text,
    notices,
  };
}
