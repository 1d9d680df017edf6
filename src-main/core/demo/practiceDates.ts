/**
 * Practice mode: the demo case with its dates moved near today, so a person can see what a live
 * case looks like ("due in 5 days", not "late by 1997 days"). Every date moves by the same whole
 * number of weeks, so a Monday stays a Monday; deadlines are then counted afresh for the moved
 * dates, with the holidays of those years.
 */
import { addDays, monthName } from '../deadlines/isoDate.js';

/** The demo order's date (Dated: May 24, 2021). */
export const DEMO_ORDER_DATE = '2021-05-24';
/** How long ago the practice order was signed: its calls are behind, its statement soon due. */
const ORDER_AGE_DAYS = 14;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DATE = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');

const utcDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Days to add to every demo date: whole weeks, putting the order about two weeks before `today`. */
export function practiceShiftDays(today: string): number {
  const days = utcDays(addDays(today, -ORDER_AGE_DAYS)) - utcDays(DEMO_ORDER_DATE);
  return 7 * Math.round(days / 7);
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', moved by `days` (the time of day stays). */
export function shiftDate(value: string, days: number): string {
  if (!value) return value;
  return `${addDays(value.slice(0, 10), days)}${value.slice(10)}`;
}

/** "May 24, 2021" -> "June 7, 2027" everywhere in a text (the order's and a letter's own dates). */
export function shiftDatesInText(text: string, days: number): string {
  return text.replace(LONG_DATE, (whole, month: string, day: string, year: string) => {
    const m = MONTHS.indexOf(month) + 1;
    const iso = `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
    const moved = addDays(iso, days);
    const [y, mm, dd] = moved.split('-').map(Number) as [number, number, number];
    return Number.isNaN(utcDays(iso)) ? whole : `${monthName(mm)} ${dd}, ${y}`;
  });
}
