/**
 * Calendar days as 'YYYY-MM-DD', counted and named with date-fns on UTC dates, so the
 * computer's own time zone and its daylight-saving changes can never add or lose a day
 * (test/unit/deadlines-timeZones.test.ts). Parsing stays ours and strict
 * (date-fns alone would take '2021-5-4'), with messages a person can act on.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays as addCalendarDays, differenceInCalendarDays, format, formatISO, getDay, getDaysInMonth } from 'date-fns';
import type { IsoDate, ParsedDate } from './types.js';

// The holiday rules are modern law; a year far outside this range is almost surely a typo
// (0021 for 2021), and we would rather ask than count from it.
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function badDate(message: string): ParsedDate {
  return { ok: false, error: { code: 'bad-date', message } };
}

// UTCDate reads and sets every field in UTC, so date-fns counts the same days on every
// computer, whatever its time zone. Its constructor reads years 0-99 as 1900-1999;
// setFullYear does not.
function dayAt(year: number, monthIndex: number, day: number): Date {
  const d = new UTCDate(0);
  d.setFullYear(year, monthIndex, day);
  return d;
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(dayAt(year, month - 1, 1));
}

/** 1 -> 'January' */
export function monthName(month: number): string {
  return Number.isInteger(month) && month >= 1 && month <= 12 ? format(dayAt(2000, month - 1, 1), 'MMMM') : '';
}

/** Strict: the string must be exactly YYYY-MM-DD and name a day that exists. */
export function parseIsoDate(text: string): ParsedDate {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return badDate('Please enter a date, like 2021-05-24.');
  const match = ISO_SHAPE.exec(trimmed);
  if (!match) {
    const shown = trimmed.length <= 40 ? `"${trimmed}"` : 'That';
    return badDate(`${shown} is not a date we can read. Please write it as year-month-day, like 2021-05-24.`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return badDate(`The year ${year} looks wrong. Please check the year.`);
  }
  if (month < 1 || month > 12) {
    return badDate(`${trimmed} is not a real date. There is no month ${month}. Please check the month.`);
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return badDate(`${monthName(month)} ${day}, ${year} is not a real date. Please check the day and month.`);
  }
  return { ok: true, value: trimmed };
}

// Helpers below take dates that were already checked; a bad one here is a programming
// mistake, so it throws instead of quietly producing a wrong deadline. They do not apply the
// year range, so holiday rules can look one year past either end of it.
function dayOf(date: IsoDate): Date {
  const match = typeof date === 'string' ? ISO_SHAPE.exec(date) : null;
  if (match) {
    const month = Number(match[2]) - 1;
    const day = Number(match[3]);
    const d = dayAt(Number(match[1]), month, day);
    // setFullYear rolls 2021-02-30 over into March: a day that does not exist comes back changed.
    if (month >= 0 && month <= 11 && d.getMonth() === month && d.getDate() === day) return d;
  }
  throw new RangeError(`Not a valid date: ${String(date)}`);
}

const isoOf = (d: Date): IsoDate => formatISO(d, { representation: 'date' });

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Days to add must be a whole number, got ${n}`);
  return isoOf(addCalendarDays(dayOf(date), n));
}

/** Whole calendar days from one date to another: 2021-06-14 to 2021-06-16 is 2, and back is -2. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(dayOf(to), dayOf(from));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayNumber(date: IsoDate): number {
  return getDay(dayOf(date));
}

export function weekdayName(date: IsoDate): string {
  return dateInWords(date, 'EEEE');
}

// Every explanation names the same few dates many times; date-fns' format is the slow part.
const named = new Map<string, string>();
function dateInWords(date: IsoDate, pattern: string): string {
  const key = `${pattern}|${date}`;
  let words = named.get(key);
  if (words === undefined) {
    words = format(dayOf(date), pattern);
    if (named.size > 5_000) named.clear();
    named.set(key, words);
  }
  return words;
}

/** "June 14, 2021" */
export function formatShortDate(date: IsoDate): string {
  return dateInWords(date, 'MMMM d, yyyy');
}

/** "Monday, June 14, 2021" */
export function formatLongDate(date: IsoDate): string {
  return dateInWords(date, 'EEEE, MMMM d, yyyy');
}
