/**
 * "The third Monday in January", "the last Monday in May": the way holiday statutes
 * name a day, turned into a date.
 */
import { addDays, daysInMonth, isoFromParts, weekdayNumber } from './isoDate.js';
import type { IsoDate } from './types.js';

export const SUNDAY = 0;
export const MONDAY = 1;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;

/** n = 1 for the first such weekday of the month, 2 for the second, ... */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = isoFromParts(year, month, 1);
  const offset = (weekday - weekdayNumber(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

export function lastWeekdayOfMonth(year: number, month: number, weekday: number): IsoDate {
  const last = isoFromParts(year, month, daysInMonth(year, month));
  const back = (weekdayNumber(last) - weekday + 7) % 7;
  return addDays(last, -back);
}
