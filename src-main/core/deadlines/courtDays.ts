/**
 * Periods an order states in "court days" or "business days" ("five (5) business days in
 * advance"). FRCP 6(a) counts calendar days; an order that says business days sets its own unit,
 * so only days the court is open count: not Saturdays, Sundays, legal holidays (FRCP 6(a)(6)) or
 * days the person entered as closures (FRCP 6(a)(3)). The count starts the day after (or, counting
 * backward, the day before) the event, like FRCP 6(a)(1)(A) and 6(a)(5).
 */
import { courtCalendar } from './courtCalendar.js';
import { addDays, formatLongDate } from './isoDate.js';
import type { Closure, CountDirection, IsoDate } from './types.js';

export interface CourtDaysResult {
  dueDate: IsoDate;
  steps: string[];
}

/** The day that is `days` open court days after (or before) `from`. */
export function countCourtDays(from: IsoDate, days: number, direction: CountDirection, closures: Closure[], fromLabel: string): CourtDaysResult {
  const calendar = courtCalendar(closures, null);
  const step = direction === 'before' ? -1 : 1;
  let date = from;
  let counted = 0;
  let skipped = 0;
  // Bounded: even a year of closures cannot loop forever.
  for (let guard = 0; counted < days && guard < days * 7 + 400; guard++) {
    date = addDays(date, step);
    if (calendar.closedReason(date) === null) counted++;
    else skipped++;
  }
  return {
    dueDate: date,
    steps: [
      `Start from ${fromLabel}: ${formatLongDate(from)}.`,
      `Count ${days} court day${days === 1 ? '' : 's'} ${direction === 'before' ? 'back' : 'forward'}, skipping weekends and court holidays${skipped > 0 ? ` (${skipped} day${skipped === 1 ? '' : 's'} skipped)` : ''}.`,
      `That gives ${formatLongDate(date)}.`,
    ],
  };
}
