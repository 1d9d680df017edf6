/**
 * The shapes other modules build against. A deadline is a calendar day, not an instant,
 * so dates travel as 'YYYY-MM-DD' strings and never as Date objects (a Date drags a
 * time zone along and can slip a day near midnight).
 */

import type { ServiceMethod } from './serviceMethods.js';

export type IsoDate = string; // 'YYYY-MM-DD'

/** A day the user tells us the court was closed or a holiday was declared (Rule 6(a)(6)(B), 6(a)(3)). */
export interface Closure {
  date: IsoDate;
  name: string;
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** A state holiday carries its source because which ones a federal court honours is unsettled. */
export interface StateHoliday extends Holiday {
  source: string;
}

export type CountDirection = 'after' | 'before';

export type StateCode = 'CA';

export interface ComputeInput {
  from: IsoDate; // the trigger day (excluded from the count)
  days: number; // the period, integer 0..3650
  direction?: CountDirection; // 'before' = counted backward, e.g. "7 days before the hearing"
  /** How the paper was served (FRCP 5(b)(2)); Rule 6(d) decides from it whether 3 days are added. */
  serviceMethod?: ServiceMethod | null;
  serviceByMail?: boolean; // older form of serviceMethod: 'mail'; only meaningful when the period runs from service
  state?: StateCode | null; // when set, also report the later date a state holiday would produce
  closures?: Closure[]; // days the court was closed/declared holidays: count like legal holidays
  fromLabel?: string; // words for the trigger, e.g. "the order's date"
}

export interface StateHolidayNote {
  dueDate: IsoDate;
  holiday: string;
  source: string;
  steps: string[];
}

export interface DueDate {
  dueDate: IsoDate;
  steps: string[];
  stateHolidayLater?: StateHolidayNote;
}

export type DeadlineErrorCode = 'bad-date' | 'bad-days';

export type DeadlineResult =
  | { ok: true; value: DueDate }
  | { ok: false; error: { code: DeadlineErrorCode; message: string } };

export type ParsedDate =
  | { ok: true; value: IsoDate }
  | { ok: false; error: { code: 'bad-date'; message: string } };
