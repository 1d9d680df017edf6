/**
 * FRCP 6(a)(1) and 6(a)(5): counting a period stated in days.
 * (A) exclude the day of the event that triggers the period;
 * (B) count every day, including intermediate Saturdays, Sundays, and legal holidays;
 * (C) include the last day, but if it is a Saturday, Sunday, or legal holiday, the period
 *     continues to run until the end of the next day that is none of these.
 * 6(a)(5): the "next day" is found by continuing to count forward when the period is measured
 * after an event, and backward when it is measured before an event.
 */
import { addDays } from './isoDate.js';
import type { ClosedReason, CourtCalendar } from './courtCalendar.js';
import type { CountDirection, IsoDate } from './types.js';

export interface ClosedDay {
  date: IsoDate;
  reason: ClosedReason;
}

export interface Roll {
  /** The last day before any move. */
  landedOn: IsoDate;
  /** The days skipped, in the order we met them. Empty when the last day was open. */
  closedDays: ClosedDay[];
  /** The day the period really ends. */
  endsOn: IsoDate;
}

/** 6(a)(1)(A)-(B): the trigger day is day 0, so the last day is simply `days` away. */
export function lastDayOfPeriod(trigger: IsoDate, days: number, direction: CountDirection): IsoDate {
  return addDays(trigger, direction === 'before' ? -days : days);
}

/** 6(a)(1)(C) with 6(a)(5): step past closed days in the direction of the count. */
export function rollToOpenDay(date: IsoDate, direction: CountDirection, calendar: CourtCalendar): Roll {
  const step = direction === 'before' ? -1 : 1;
  const closedDays: ClosedDay[] = [];
  let day = date;
  // Ends because closures are a finite list and weekends/holidays never run more than a few days.
  for (let reason = calendar.closedReason(day); reason !== null; reason = calendar.closedReason(day)) {
    closedDays.push({ date: day, reason });
    day = addDays(day, step);
  }
  return { landedOn: date, closedDays, endsOn: day };
}
