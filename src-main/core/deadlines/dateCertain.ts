/**
 * A date the order names itself ("on or before Sunday, March 17, 2024") that falls on a day the
 * clerk's office is closed.
 *
 * Law:
 * - FRCP 6(a) says how to compute "any time period"; 6(a)(1)(C) moves the last day of a period
 *   off a Saturday, Sunday or legal holiday. A date the court names is not a computed period, so
 *   that rule may not move it; courts differ. So the app never moves it later.
 * - FRCP 6(a)(4): unless an order says otherwise, the last day ends at midnight (court time) for
 *   electronic filing, and for filing by other means when the clerk's office is scheduled to close.
 *   On a day the office is closed, a paper cannot be handed in there at all.
 *
 * So: the date stays as the order wrote it, and the card says when to file on paper to be safe
 * (the last open day before it). Never later, never overclaimed.
 */
import { courtCalendar, type ClosedReason } from './courtCalendar.js';
import { formatLongDate } from './isoDate.js';
import { rollToOpenDay } from './rule6a.js';
import type { Closure, IsoDate, StateCode } from './types.js';

function closedWhy(reason: ClosedReason): string {
  if (reason.federalHoliday !== null) return `That day is a legal holiday (${reason.federalHoliday}).`;
  if (reason.closure !== null) return `That day is one you entered as closed (${reason.closure}).`;
  if (reason.weekend !== null) return `That day is a ${reason.weekend}.`;
  return `That day is a state holiday (${reason.stateHoliday?.name ?? 'court closed'}).`;
}

/** A step for the card when the order's own date is a closed day; null when the clerk's office is open that day. */
export function dateCertainOnClosedDay(date: IsoDate, closures: Closure[] = [], state: StateCode | null = null): string | null {
  const calendar = courtCalendar(closures, state);
  const reason = calendar.closedReason(date);
  if (reason === null) return null;
  const lastOpen = rollToOpenDay(date, 'before', calendar).endsOn;
  return `${closedWhy(reason)} A rule moves the last day of a count of days to the next open day. It may not move a date the order names, so we keep this date. The clerk's office is closed that day. If you file on paper, file by ${formatLongDate(lastOpen)} to be safe.`;
}
