/**
 * FRCP 6(a)(2): periods stated in hours.
 * "(A) begin counting immediately on the occurrence of the event that triggers the period;
 *  (B) count every hour, including hours during intermediate Saturdays, Sundays, and legal
 *      holidays; and
 *  (C) if the period would end on a Saturday, Sunday, or legal holiday, the period continues to run
 *      until the same time on the next day that is not a Saturday, Sunday, or legal holiday."
 *
 * "Every hour" is real elapsed time, so the count is done on instants in the court's time zone: a
 * period across the autumn daylight-saving change ends one hour earlier on the clock than naive
 * clock arithmetic gives (counting clock hours there would give a time later than the law's).
 * Days the court was closed count like legal holidays (6(a)(3), 6(a)(6)(B)) and are treated as
 * closed all day; 6(a)(3)(B)'s finer rule for a clerk's office closed only during the last hour is
 * left to the person, who can add the day as a closure.
 *
 * Nothing here reads the clock or the computer's time zone: the caller names the time zone.
 */
import { courtCalendar, type CourtCalendar } from './courtCalendar.js';
import { closedDaySentence } from './explainSteps.js';
import { addDays, formatLongDate, parseIsoDate } from './isoDate.js';
import { rollToOpenDay } from './rule6a.js';
import { formatClockTime, instantOfWallTime, isKnownTimeZone, isSkippedTime, wallTimeAt } from './wallClock.js';
import type { Closure, IsoDate } from './types.js';

export const MAX_PERIOD_HOURS = 24 * 400;

export interface HoursInput {
  /** The event, as the court's wall clock shows it: 'YYYY-MM-DDTHH:mm'. */
  from: string;
  hours: number;
  /** IANA name, e.g. 'America/Los_Angeles'. */
  timeZone: string;
  closures?: Closure[];
}

export interface HoursDue {
  /** 'YYYY-MM-DDTHH:mm' on the court's wall clock. */
  due: string;
  dueDate: IsoDate;
  dueTime: string; // 'HH:mm'
  timeZone: string;
  steps: string[];
}

export type HoursResult = { ok: true; value: HoursDue } | { ok: false; error: { code: 'bad-date' | 'bad-hours' | 'bad-time-zone'; message: string } };

const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const HOUR_MS = 3_600_000;

function skippedMessage(date: IsoDate, time: string, timeZone: string): string {
  return `On ${formatLongDate(date)}, clocks in ${timeZone} jumped ahead, so ${formatClockTime(time)} did not happen that day. Please check the time.`;
}

const at = (date: IsoDate, time: string) => `${formatClockTime(time)} on ${formatLongDate(date)}`;

/**
 * A period that ends at exactly 12:00 AM ends at the midnight between two days. Rule 6(a)(4) ends a
 * day "at midnight", so one reading puts that moment at the end of the day before; the other puts
 * it on the new day, and if that day is a Saturday, Sunday or legal holiday 6(a)(2)(C) would carry
 * the period on for days. When the day before is open, the first reading is the earlier one, so it
 * is the one we give (the app's rule: of two readings, the earlier). Returns that day, or null.
 * When the day before is closed too, rolling the new day (below) is already the earlier reading.
 */
function endsAtMidnightOfOpenDay(end: { date: IsoDate; time: string }, hours: number, calendar: CourtCalendar): IsoDate | null {
  if (hours === 0 || end.time !== '00:00') return null;
  const dayBefore = addDays(end.date, -1);
  return calendar.closedReason(dayBefore) === null ? dayBefore : null;
}

function midnightStep(dayBefore: IsoDate, newDay: IsoDate, newDayClosed: boolean): string {
  const ends = `That moment is midnight at the end of ${formatLongDate(dayBefore)}, a day the court is open, so the time ends then. To be safe, file by 11:59 PM on ${formatLongDate(dayBefore)}.`;
  if (!newDayClosed) return ends;
  return `${ends} Read as the start of ${formatLongDate(newDay)}, a day the court is closed, it would run to a later day; we use the earlier reading.`;
}

export function computeDueTime(input: HoursInput): HoursResult {
  const m = WALL.exec(typeof input?.from === 'string' ? input.from : '');
  if (!m) return { ok: false, error: { code: 'bad-date', message: 'Please give the time it started as YYYY-MM-DDTHH:mm, for example 2021-06-14T17:00.' } };
  const day = parseIsoDate(m[1]);
  if (!day.ok) return day;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return { ok: false, error: { code: 'bad-date', message: 'That time does not exist. Use a 24-hour clock, from 00:00 to 23:59.' } };
  const hours = input.hours;
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > MAX_PERIOD_HOURS) {
    return { ok: false, error: { code: 'bad-hours', message: `The number of hours must be a whole number from 0 to ${MAX_PERIOD_HOURS}.` } };
  }
  if (!isKnownTimeZone(input.timeZone)) return { ok: false, error: { code: 'bad-time-zone', message: `"${input.timeZone}" is not a time zone we know. Use a name like America/Los_Angeles.` } };
  const closures: Closure[] = [];
  for (const c of Array.isArray(input.closures) ? input.closures : []) {
    const d = parseIsoDate(c?.date);
    if (!d.ok) return d;
    closures.push({ date: d.value, name: c.name });
  }

  const tz = input.timeZone;
  const from = `${day.value}T${m[2]}:${m[3]}`;
  // A deadline is not counted from a time that never happened: the person is asked instead.
  if (isSkippedTime(from, tz)) return { ok: false, error: { code: 'bad-date', message: skippedMessage(day.value, `${m[2]}:${m[3]}`, tz) } };
  const startsAt = instantOfWallTime(from, tz);
  const start = wallTimeAt(startsAt, tz);
  // 6(a)(2)(A)-(B): start at once and count every hour, weekends and holidays included.
  const end = wallTimeAt(startsAt + hours * HOUR_MS, tz);
  const steps = [
    `The time starts at once, at ${at(start.date, start.time)} (${tz} time).`,
    `${hours} ${hours === 1 ? 'hour' : 'hours'} later is ${at(end.date, end.time)}. Every hour counts, on weekends and holidays too.`,
  ];
  const calendar = courtCalendar(closures, null);
  const atMidnight = endsAtMidnightOfOpenDay(end, hours, calendar);
  if (atMidnight !== null) {
    steps.push(midnightStep(atMidnight, end.date, calendar.closedReason(end.date) !== null));
    return { ok: true, value: { due: `${atMidnight}T23:59`, dueDate: atMidnight, dueTime: '23:59', timeZone: tz, steps } };
  }
  // 6(a)(2)(C): ending on a closed day, it runs to the same time on the next open day.
  const roll = rollToOpenDay(end.date, 'after', calendar);
  if (roll.closedDays.length === 0) {
    steps.push(`That day is not a weekend or a legal holiday, so the deadline is ${at(end.date, end.time)}.`);
  } else {
    const why = roll.closedDays.map((d) => closedDaySentence(d, '')).join(' ');
    steps.push(`${why} When the time ends on a weekend or legal holiday, it runs to the same time on the next day the court is open: ${at(roll.endsOn, end.time)}.`);
  }
  return { ok: true, value: { due: `${roll.endsOn}T${end.time}`, dueDate: roll.endsOn, dueTime: end.time, timeZone: tz, steps } };
}
