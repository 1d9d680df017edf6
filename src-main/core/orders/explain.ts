/**
 * The whole "What does the order ask of me?" answer: caption facts, each requirement with
 * its computed date (Federal Rule of Civil Procedure 6, through the deadlines module) and
 * the steps that produced it, conflicts, and the notices the design asks for.
 */
import {
  computeDueDate,
  formatLongDate,
  LAST_DAY_MEANING,
  parseIsoDate,
  PRISON_MAILBOX_RULE,
  type Closure,
  type ServiceMethod,
  type StateHolidayNote,
} from '../deadlines/index.js';
import { NOT_LEGAL_ADVICE } from '../plainLanguage/index.js';
import type { CaptionFacts } from './caption.js';
import { cleanOrderText } from './cleanText.js';
import { findConflicts } from './conflicts.js';
import { extractRequirements } from './extract.js';
import type { Conflict, DeadlineRule, IsoDate, Requirement, Trigger } from './types.js';

export interface ExplainOptions {
  /** Overrides the date found in the order. */
  orderDate?: IsoDate;
  /** The day the order was served on (delivered to) the reader. */
  servedOn?: IsoDate;
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
  trigger: Trigger;
  triggerWords: string;
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
  if (rule.days !== undefined) return `${rule.days} ${rule.dayKind === 'court' ? 'court ' : ''}day${rule.days === 1 ? '' : 's'}`;
  if (rule.months !== undefined) return `${rule.months} month${rule.months === 1 ? '' : 's'}`;
  return 'The period';
}

function deadlineFor(rule: DeadlineRule, opts: ExplainOptions, orderDate: IsoDate | undefined): RequirementDeadline {
  const d: RequirementDeadline = { trigger: rule.trigger, triggerWords: rule.triggerWords, steps: [] };
  if (rule.days !== undefined) d.days = rule.days;
  if (rule.time !== undefined) d.time = rule.time;
  if (rule.trigger === 'fixed-date') {
    const fixed = validDate(rule.fixedDate);
    if (fixed === undefined) {
      d.pending = 'The order names a date we could not read. Check the quote.';
      return d;
    }
    d.dueDate = fixed;
    d.dueDateText = formatLongDate(fixed);
    d.steps.push(`The order sets this date itself: ${formatLongDate(fixed)}${rule.time ? ` at ${rule.time}` : ''}.`);
    return d;
  }
  if (rule.days === undefined) {
    d.pending = `${span(rule)} after ${rule.triggerWords}. Count the months on a calendar, and check the result with the clerk.`;
    return d;
  }
  if (rule.dayKind === 'court') {
    d.pending = `${span(rule)} after ${rule.triggerWords}. "Court days" skip weekends and court holidays, so count them on a calendar.`;
    return d;
  }
  const notes: string[] = [];
  let from: IsoDate | undefined;
  let label = rule.triggerWords;
  let serviceMethod: ServiceMethod | null = null;
  switch (rule.trigger) {
    case 'order-date':
      from = validDate(opts.orderDate) ?? orderDate;
      label = "the order's date";
      if (rule.triggerAssumed) notes.push("The order does not say when the days start. We counted from the order's date, the earliest choice, to be safe.");
      if (from === undefined) d.pending = `${span(rule)} after the order's date (enter the order's date).`;
      break;
    case 'service': {
      const served = validDate(opts.servedOn);
      from = served ?? validDate(opts.orderDate) ?? orderDate;
      label = 'the day the order was served';
      serviceMethod = opts.serviceMethod ?? null;
      if (served === undefined && from !== undefined) notes.push("We used the order's date as the service date. Change it if you got the order later.");
      if (from === undefined) d.pending = `${span(rule)} after the order is served on you (enter the date you got it).`;
      break;
    }
    case 'conference':
      from = validDate(opts.conferenceDate);
      label = 'the day of your conference';
      if (from === undefined) d.pending = `${span(rule)} after your conference (not held yet).`;
      break;
    case 'hearing':
      from = validDate(rule.triggerDate);
      label = 'the hearing date';
      if (from === undefined) d.pending = `${span(rule)} ${rule.direction === 'before' ? 'before' : 'after'} ${rule.triggerWords} (the order does not give its date).`;
      break;
    default:
      d.pending = `${span(rule)} ${rule.direction === 'before' ? 'before' : 'after'} ${rule.triggerWords}. We will count it once that happens.`;
  }
  if (from === undefined) return d;
  const result = computeDueDate({
    from,
    days: rule.days,
    direction: rule.direction ?? 'after',
    serviceMethod,
    state: opts.state ?? null,
    closures: opts.closures ?? [],
    fromLabel: label,
  });
  if (!result.ok) {
    d.pending = result.error.message;
    return d;
  }
  d.dueDate = result.value.dueDate;
  d.dueDateText = formatLongDate(result.value.dueDate);
  d.steps = [...notes, ...result.value.steps];
  if (result.value.stateHolidayLater !== undefined) d.stateHolidayLater = result.value.stateHolidayLater;
  return d;
}

/** Explain an order's text. Never throws; an empty or odd text gives an empty list. */
export function explainOrder(originalText: string, opts: ExplainOptions = {}): OrderExplanation {
  const cleaned = cleanOrderText(typeof originalText === 'string' ? originalText : '');
  const extraction = extractRequirements(cleaned, opts.you !== undefined ? { you: opts.you } : {});
  const orderDate = validDate(opts.orderDate) ?? extraction.caption.orderDate;
  const requirements: ExplainedRequirement[] = extraction.requirements.map((r) => (r.rule === undefined ? { ...r } : { ...r, deadline: deadlineFor(r.rule, opts, orderDate) }));
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
    conflicts: findConflicts(sorted),
    electronicSignaturesAllowed: extraction.electronicSignaturesAllowed,
    localRules: extraction.localRules,
    cleanedText: cleaned.text,
    notices,
  };
}
