/**
 * Federal legal holidays, computed by rule for any year.
 *
 * Law:
 * - FRCP 6(a)(6)(A): a "legal holiday" is the day set aside by statute for observing New Year's
 *   Day, Martin Luther King Jr.'s Birthday, Washington's Birthday, Memorial Day, Juneteenth
 *   National Independence Day, Independence Day, Labor Day, Columbus Day, Veterans' Day,
 *   Thanksgiving Day, or Christmas Day. (Juneteenth was written into 6(a)(6)(A) later than into
 *   the statute; until then it counted under 6(a)(6)(B), a day declared a holiday by Congress.)
 * - 5 U.S.C. § 6103(a): the dates of those holidays (below, one rule per holiday).
 * - Juneteenth: Pub. L. 117-17, signed June 17, 2021. It is a holiday from 2021 on, and
 *   Friday, June 18, 2021 was its first observed day.
 * - Observed days: 5 U.S.C. § 6103(b) and Executive Order 11582 (1971). A holiday that falls on
 *   a Saturday is observed the Friday before; on a Sunday, the Monday after. So New Year's Day
 *   on a Saturday is observed on December 31 of the year before.
 * - We treat BOTH the actual day and the observed day as legal holidays. The observed day is
 *   the one "set aside by statute" (6(a)(6)(A)); the actual day falls on a weekend anyway, so
 *   counting it too never changes a date but lets the steps name it.
 *
 * Not built in: one-time days off declared by the President (for example a national day of
 * mourning, or an executive order closing offices on Christmas Eve), and Inauguration Day
 * (5 U.S.C. § 6103(c), Washington D.C. area only). Whether such a day is a "holiday" under
 * 6(a)(6)(B) depends on its wording, so the user adds it as a closure.
 *
 * The rules are today's rules (Martin Luther King Jr. Day exists from 1986); dates before
 * 1986 are not historical.
 */
import { addDays, isoFromParts, weekdayNumber } from './isoDate.js';
import type { Closure, Holiday, IsoDate } from './types.js';
import { MONDAY, SATURDAY, SUNDAY, THURSDAY, lastWeekdayOfMonth, nthWeekdayOfMonth } from './weekdayRules.js';

interface FederalHolidayRule {
  name: string;
  /** Fixed-date holidays move to a weekday when they fall on a weekend; Monday holidays never need to. */
  fixedDate: boolean;
  dateIn(year: number): IsoDate | null;
}

const JUNETEENTH_FIRST_YEAR = 2021;

const RULES: FederalHolidayRule[] = [
  { name: "New Year's Day", fixedDate: true, dateIn: (y) => isoFromParts(y, 1, 1) },
  { name: 'Martin Luther King Jr. Day', fixedDate: false, dateIn: (y) => nthWeekdayOfMonth(y, 1, MONDAY, 3) },
  { name: "Washington's Birthday (Presidents' Day)", fixedDate: false, dateIn: (y) => nthWeekdayOfMonth(y, 2, MONDAY, 3) },
  { name: 'Memorial Day', fixedDate: false, dateIn: (y) => lastWeekdayOfMonth(y, 5, MONDAY) },
  {
    name: 'Juneteenth',
    fixedDate: true,
    dateIn: (y) => (y >= JUNETEENTH_FIRST_YEAR ? isoFromParts(y, 6, 19) : null),
  },
  { name: 'Independence Day', fixedDate: true, dateIn: (y) => isoFromParts(y, 7, 4) },
  { name: 'Labor Day', fixedDate: false, dateIn: (y) => nthWeekdayOfMonth(y, 9, MONDAY, 1) },
  { name: 'Columbus Day', fixedDate: false, dateIn: (y) => nthWeekdayOfMonth(y, 10, MONDAY, 2) },
  { name: 'Veterans Day', fixedDate: true, dateIn: (y) => isoFromParts(y, 11, 11) },
  { name: 'Thanksgiving Day', fixedDate: false, dateIn: (y) => nthWeekdayOfMonth(y, 11, THURSDAY, 4) },
  { name: 'Christmas Day', fixedDate: true, dateIn: (y) => isoFromParts(y, 12, 25) },
];

/** 5 U.S.C. § 6103(b), E.O. 11582: Saturday -> Friday before, Sunday -> Monday after. */
export function federalObservedDay(date: IsoDate): IsoDate | null {
  const weekday = weekdayNumber(date);
  if (weekday === SATURDAY) return addDays(date, -1);
  if (weekday === SUNDAY) return addDays(date, 1);
  return null;
}

function holidaysByRuleYear(ruleYear: number): Holiday[] {
  const result: Holiday[] = [];
  for (const rule of RULES) {
    const date = rule.dateIn(ruleYear);
    if (date === null) continue;
    result.push({ date, name: rule.name });
    const observed = rule.fixedDate ? federalObservedDay(date) : null;
    if (observed !== null) result.push({ date: observed, name: `${rule.name}, observed` });
  }
  return result;
}

const byYear = new Map<number, Holiday[]>();
const nameByDate = new Map<IsoDate, string>();

function holidaysFallingIn(year: number): Holiday[] {
  let list = byYear.get(year);
  if (list === undefined) {
    // An observed day can fall in the year before its holiday (New Year's Day on a Saturday).
    list = [year - 1, year, year + 1]
      .flatMap(holidaysByRuleYear)
      .filter((h) => h.date.startsWith(`${year}-`))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    byYear.set(year, list);
    for (const h of list) if (!nameByDate.has(h.date)) nameByDate.set(h.date, h.name);
  }
  return list;
}

/** Every federal legal holiday whose date falls in `year`, actual and observed days, in date order. */
export function federalHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) return [];
  return holidaysFallingIn(year).map((h) => ({ ...h }));
}

export function federalHolidayName(date: IsoDate): string | null {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const year = Number(date.slice(0, 4));
  if (year < 1 || year > 9998) return null;
  holidaysFallingIn(year);
  return nameByDate.get(date) ?? null;
}

/** Federal legal holidays, then the user's closures (Rule 6(a)(6)(B) days, court closures). */
export function legalHolidayName(date: IsoDate, closures: Closure[] = []): string | null {
  const federal = federalHolidayName(date);
  if (federal !== null) return federal;
  const closure = closures.find((c) => c.date === date);
  return closure ? closureName(closure) : null;
}

export function closureName(closure: Closure): string {
  const name = typeof closure.name === 'string' ? closure.name.trim() : '';
  return name === '' ? 'court closed' : name;
}
