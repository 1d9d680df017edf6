/**
 * "Monday, June 1, 2021": an order that names the weekday with the date says the day twice. When
 * the two disagree (June 1, 2021 was a Tuesday), the order gives two readings and the app cannot
 * know which the judge meant. Its rule: a date it shows is never later than the one the order
 * gives, so a deadline takes the earlier reading, the named weekday just before the written date,
 * and the steps say why. A hearing keeps the written date (going on an earlier day is no help),
 * with the same warning, so the person asks the clerk.
 */
import { addDays, formatLongDate, weekdayName } from '../deadlines/index.js';
import { weekdayNumber } from '../deadlines/isoDate.js';
import { findDates } from './numbers.js';
import type { DeadlineRule, IsoDate } from './types.js';

export interface WeekdayMismatch {
  /** The date as the numbers give it. */
  written: IsoDate;
  /** The weekday the order names, e.g. 'Monday'. */
  said: string;
  /** The nearest day before `written` that is the named weekday (1 to 6 days earlier). */
  earlier: IsoDate;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const NAMED_WEEKDAY = /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s*,?\s*(?:the\s+)?$/i;

/** Every date in text that comes right after a weekday that is not its own. */
export function findWeekdayMismatches(text: string): WeekdayMismatch[] {
  const out: WeekdayMismatch[] = [];
  for (const d of findDates(text)) {
    const named = NAMED_WEEKDAY.exec(text.slice(Math.max(0, d.start - 16), d.start));
    if (named === null) continue;
    const said = WEEKDAYS.indexOf(named[1].slice(0, 3).toLowerCase());
    const actual = weekdayNumber(d.iso);
    if (said === actual) continue;
    const back = (actual - said + 7) % 7;
    const earlier = addDays(d.iso, -back);
    out.push({ written: d.iso, said: weekdayName(earlier), earlier });
  }
  return out;
}

function warning(m: WeekdayMismatch): string {
  return `The order says ${m.said}, ${formatLongDate(m.written).replace(/^\w+, /, '')}, but that day is a ${weekdayName(m.written)}. The ${m.said} just before it is ${formatLongDate(m.earlier)}. Ask the clerk which day the judge meant.`;
}

/**
 * The rule with a mismatched date replaced by its earlier reading (kept for a hearing), and the
 * sentences that say so. `quote` is the order's words the rule was read from.
 */
export function readNamedWeekdays(rule: DeadlineRule, quote: string, isHearing: boolean): { rule: DeadlineRule; notes: string[] } {
  const mismatches = findWeekdayMismatches(quote);
  if (mismatches.length === 0) return { rule, notes: [] };
  const next = { ...rule };
  const notes: string[] = [];
  // "before June 1" was stored as May 31, the last day allowed; the written date is the day after.
  const writtenFixed = rule.fixedDate === undefined ? undefined : rule.strictlyBefore === true ? addDays(rule.fixedDate, 1) : rule.fixedDate;
  const fixed = mismatches.find((m) => m.written === writtenFixed);
  if (fixed !== undefined) {
    notes.push(warning(fixed));
    if (!isHearing) {
      next.fixedDate = rule.strictlyBefore === true ? addDays(fixed.earlier, -1) : fixed.earlier;
      notes.push(`To be safe, we used the earlier day, ${formatLongDate(fixed.earlier)}.`);
    }
  }
  const trigger = mismatches.find((m) => m.written === rule.triggerDate);
  if (trigger !== undefined && fixed === undefined) {
    notes.push(warning(trigger));
    next.triggerDate = trigger.earlier;
    notes.push(`To be safe, we counted from the earlier day, ${formatLongDate(trigger.earlier)}.`);
  }
  return { rule: next, notes };
}
