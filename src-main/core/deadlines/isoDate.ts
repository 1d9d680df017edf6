/**
 * Calendar days as 'YYYY-MM-DD'. All arithmetic is done in UTC so that the computer's own
 * time zone and daylight-saving changes can never add or lose a day.
 */
import type { IsoDate, ParsedDate } from './types.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const DAY_MS = 86_400_000;

// The holiday rules are modern law; a year far outside this range is almost surely a typo
// (0021 for 2021), and we would rather ask than count from it.
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function badDate(message: string): ParsedDate {
  return { ok: false, error: { code: 'bad-date', message } };
}

// Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not.
function utcMidnight(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month, 0)).getUTCDate();
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
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

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text).ok;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

// Helpers below take dates that were already checked; a bad one here is a programming
// mistake, so it throws instead of quietly producing a wrong deadline. They do not apply the
// year range, so holiday rules can look one year past either end of it.
function partsOf(date: IsoDate): DateParts {
  const match = typeof date === 'string' ? ISO_SHAPE.exec(date) : null;
  const parts = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) {
    throw new RangeError(`Not a valid date: ${String(date)}`);
  }
  return parts;
}

function utcMs(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  return utcMidnight(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Days to add must be a whole number, got ${n}`);
  return fromUtcMs(utcMs(date) + n * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayNumber(date: IsoDate): number {
  return new Date(utcMs(date)).getUTCDay();
}

export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[weekdayNumber(date)] ?? '';
}

export function yearOf(date: IsoDate): number {
  return partsOf(date).year;
}

/** "June 14, 2021" */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
  return `${monthName(month)} ${day}, ${year}`;
}

/** "Monday, June 14, 2021" */
export function formatLongDate(date: IsoDate): string {
  return `${weekdayName(date)}, ${formatShortDate(date)}`;
}
