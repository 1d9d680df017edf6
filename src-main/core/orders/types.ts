/**
 * Shapes shared by the order reader. Kept apart so each step (cleaning, splitting,
 * classifying, explaining) can be read and tested on its own.
 */
export type IsoDate = string;

export type RequirementKind =
  | 'meet-and-confer'
  | 'contact'
  | 'file'
  | 'serve'
  | 'respond'
  | 'stay'
  | 'relief'
  | 'prohibition'
  | 'conduct'
  | 'contents'
  | 'signature'
  | 'warning'
  /** A hearing, conference or trial someone must attend. */
  | 'appearance'
  | 'other';

export type Actor = 'plaintiff' | 'defendant' | 'defense-counsel' | 'all-parties' | 'court' | 'unknown';

/**
 * What a period counts from, in the order's own terms: the order's date, service of the order,
 * a conference (any conference, meeting or hearing), another paper being filed or served, a fixed
 * calendar date, or some other event (receipt, release, reopening ...).
 */
export type Trigger = 'order-date' | 'service' | 'conference' | 'filing' | 'fixed-date' | 'other';

export type Means = 'phone' | 'in-person' | 'video' | 'letter' | 'email';

export interface DeadlineRule {
  days?: number;
  /** Set when the order counts in hours (FRCP 6(a)(2)). */
  hours?: number;
  /** Set when the order counts in months or years; those are not turned into days. */
  months?: number;
  direction?: 'after' | 'before';
  trigger: Trigger;
  /** The order's own words for the event the days count from, e.g. "the date of this order". */
  triggerWords: string;
  /** ISO date, for 'fixed-date'. */
  fixedDate?: IsoDate;
  /** The order said "before" or "prior to" the date written: fixedDate is the day before it. */
  strictlyBefore?: boolean;
  /** ISO date of the triggering event when the order names it (e.g. the hearing date). */
  triggerDate?: IsoDate;
  /** Time of day, e.g. "10:00 a.m.". */
  time?: string;
  /** "court days" are counted differently from the calendar days of Rule 6. */
  dayKind?: 'calendar' | 'court';
  /** True when the order gives a number of days but not from when (we count from the order's date). */
  triggerAssumed?: boolean;
}

export interface Quote {
  start: number;
  end: number;
  /** Exactly original.slice(start, end). */
  text: string;
  /** The same words as the person should read them: without pleading line numbers, page stamps or markup. */
  clean?: string;
}

export interface Requirement {
  /** kind + index, e.g. 'contact-1'. */
  id: string;
  kind: RequirementKind;
  actor: Actor;
  /** Normalized act key used to find two deadlines for the same thing, e.g. 'file:joint-statement'. */
  act: string;
  summary: string;
  explanation: string;
  /** Offsets into the ORIGINAL order text; text === original.slice(start, end). */
  quote: Quote;
  rule?: DeadlineRule;
  items?: { label: string; text: string }[];
  means?: Means[];
  /** The order says "may": a choice, not a duty. */
  optional?: boolean;
  /** The app could not word this with confidence: show the order's words first and ask the person to read them. */
  unsure?: boolean;
  /** Other places in the order that say the same thing again (e.g. the closing numbered list). */
  alsoQuoted?: Quote[];
  /** Earlier requirements this one repeats with a different deadline. */
  relatedTo?: string[];
}

/** Cleaned text plus, for each cleaned character, its offset in the original. */
export interface CleanedText {
  text: string;
  map: Int32Array;
  original: string;
}

export interface Conflict {
  act: string;
  requirementIds: [string, string];
  message: string;
  /** The requirement whose deadline comes first, when both dates are known. */
  earlierId?: string;
  safeDueDate?: IsoDate;
}
