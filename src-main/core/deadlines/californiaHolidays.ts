/**
 * California state holidays, for FRCP 6(a)(6)(C): "for periods that are measured after an
 * event, any other day declared a holiday by the state where the district court is located."
 *
 * Which of these a federal court in California honours is unsettled, so they never move the
 * date we tell the user to aim for; they only add a note ("a state holiday might give you
 * until ...", see computeDueDate.ts).
 *
 * Sources, per entry below:
 * - Cal. Gov. Code § 6700(a): the list of holidays in this state. We cite § 6700(a) without
 *   a paragraph number because the paragraphs were renumbered when days were added in 2022.
 * - Cal. Gov. Code § 6701: if January 1, February 12, March 31, July 4, September 9,
 *   November 11 or December 25 falls on a Sunday, the Monday after is a holiday; if November 11
 *   falls on a Saturday, the Friday before is a holiday.
 * - Cal. Code Civ. Proc. § 135: the day after Thanksgiving is a judicial holiday (state courts
 *   close). It is not in § 6700, but it is a day the state declares a holiday by statute.
 *
 * Saturday handling (chosen on purpose): § 6700(b) is not an observance rule (it says union
 * agreements control over § 6700). The statewide Saturday rule is § 6701's, and it moves only
 * Veterans Day (to the Friday before). Other Saturday holidays have no statewide substitute
 * day: § 6701 lets each county pick one for its own employees, and Code Civ. Proc. § 135 lets
 * the Judicial Council pick one for state courts. Those are local choices, not days "declared
 * a holiday by the state", so we do not add them. A user whose court closed can add a closure.
 *
 * Days added in recent years (first year they apply):
 * - Native American Day (fourth Friday in September): added to § 6700 by AB 1973 (2014), from 2015.
 * - Juneteenth (June 19): added by AB 1655 (Stats. 2022, ch. 753), from 2023. It is also a
 *   federal holiday from 2021, so it rarely matters here. § 6701 does not move it off a Sunday.
 * - Genocide Remembrance Day (April 24): added by AB 1801 (2022), from 2023. § 6701 does not
 *   move it off a Sunday. Code Civ. Proc. § 135 says it is not a judicial holiday.
 *
 * Checked against § 6700 as in force for 2026 (issue 10, item 7), from secondary copies of the code
 * text and the bill records; the official leginfo page for the current section was not reachable
 * from here, so the wording of the Diwali paragraph itself is NOT confirmed:
 * - Confirmed in a copy of the current § 6700(a): (4) Lunar New Year (the wording quoted below),
 *   (8) April 24 "Genocide Remembrance Day", (10) June 19 "Juneteenth", (14) the fourth Friday in
 *   September "Native American Day". The bill numbers above (AB 1801, AB 1655, AB 2596, AB 1973)
 *   are as the earlier engineer recorded them; not re-checked here.
 * - Diwali: AB 268 (Stats. 2025, ch. 358, approved October 6, 2025, in force January 1, 2026) amends
 *   § 6700 to add Diwali, and Code Civ. Proc. § 135 to say it is not a judicial holiday. A summary of
 *   the bill (LCW) gives its date as the 15th day of the month of Kartik in the Hindu lunar calendar.
 *   That is a lunisolar date: which day it is depends on the calendar system and the time zone
 *   (news reports gave October 20 for 2025; we found no rule in the statute for other years).
 *   We do not compute it, for the same reason as Lunar New Year. See CALIFORNIA_DAYS_NOT_COUNTED.
 *
 * Why leaving a day out is safe here: state holidays never move the date we tell the person to aim
 * for (computeDueDate.ts); a missing state holiday can only hide the note about a later date.
 *
 * Left out on purpose:
 * - Lunar New Year: added to § 6700 by AB 2596 (Stats. 2022, ch. 792), from 2023, as "the date
 *   corresponding with the second new moon following the winter solstice" (or the third, if an
 *   intercalary month intervenes). The statute does not say in which time zone the new moon is
 *   dated, and in some years California time and China time give different days (2023: the new
 *   moon was January 21 in California, January 22 in China). We will not guess a date the law
 *   leaves open. Code Civ. Proc. § 135 also says it is not a judicial holiday. Users can add it.
 * - Good Friday from noon until 3 p.m.: part of a day; Rule 6(a) counts whole days.
 * - Every Sunday: already skipped as a weekend.
 * - Days appointed by the Governor: one-time, cannot be computed; users add them as closures.
 */
import { addDays, isoFromParts, weekdayNumber } from './isoDate.js';
import type { IsoDate, StateHoliday } from './types.js';
import { FRIDAY, MONDAY, SATURDAY, SUNDAY, THURSDAY, lastWeekdayOfMonth, nthWeekdayOfMonth } from './weekdayRules.js';

const GOV_6700 = 'Cal. Gov. Code § 6700(a)';
const GOV_6701 = 'Cal. Gov. Code § 6701';

interface CaliforniaHolidayRule {
  name: string;
  source: string;
  firstYear?: number;
  dateIn(year: number): IsoDate;
  /** § 6701: the Monday after is a holiday when this date falls on a Sunday. */
  sundayMovesToMonday?: boolean;
  /** § 6701: the Friday before is a holiday when this date falls on a Saturday (Veterans Day only). */
  saturdayMovesToFriday?: boolean;
}

const fixed = (month: number, day: number) => (y: number) => isoFromParts(y, month, day);

const CALIFORNIA_RULES: CaliforniaHolidayRule[] = [
  { name: "New Year's Day", source: GOV_6700, dateIn: fixed(1, 1), sundayMovesToMonday: true },
  { name: 'Martin Luther King Jr. Day', source: GOV_6700, dateIn: (y) => nthWeekdayOfMonth(y, 1, MONDAY, 3) },
  { name: 'Lincoln Day', source: GOV_6700, dateIn: fixed(2, 12), sundayMovesToMonday: true },
  { name: "Presidents' Day", source: GOV_6700, dateIn: (y) => nthWeekdayOfMonth(y, 2, MONDAY, 3) },
  { name: 'Cesar Chavez Day', source: GOV_6700, dateIn: fixed(3, 31), sundayMovesToMonday: true },
  {
    name: 'Genocide Remembrance Day',
    source: `${GOV_6700} (added by AB 1801, 2022)`,
    firstYear: 2023,
    dateIn: fixed(4, 24),
  },
  { name: 'Memorial Day', source: GOV_6700, dateIn: (y) => lastWeekdayOfMonth(y, 5, MONDAY) },
  { name: 'Juneteenth', source: `${GOV_6700} (added by AB 1655, 2022)`, firstYear: 2023, dateIn: fixed(6, 19) },
  { name: 'Independence Day', source: GOV_6700, dateIn: fixed(7, 4), sundayMovesToMonday: true },
  { name: 'Labor Day', source: GOV_6700, dateIn: (y) => nthWeekdayOfMonth(y, 9, MONDAY, 1) },
  { name: 'Admission Day', source: GOV_6700, dateIn: fixed(9, 9), sundayMovesToMonday: true },
  {
    name: 'Native American Day',
    source: `${GOV_6700} (added by AB 1973, 2014)`,
    firstYear: 2015,
    dateIn: (y) => nthWeekdayOfMonth(y, 9, FRIDAY, 4),
  },
  { name: 'Columbus Day', source: GOV_6700, dateIn: (y) => nthWeekdayOfMonth(y, 10, MONDAY, 2) },
  {
    name: 'Veterans Day',
    source: GOV_6700,
    dateIn: fixed(11, 11),
    sundayMovesToMonday: true,
    saturdayMovesToFriday: true,
  },
  {
    name: 'Thanksgiving Day',
    source: `${GOV_6700} (a day appointed by the President)`,
    dateIn: (y) => nthWeekdayOfMonth(y, 11, THURSDAY, 4),
  },
  {
    name: 'Day after Thanksgiving',
    source: 'Cal. Code Civ. Proc. § 135 (judicial holiday)',
    dateIn: (y) => addDays(nthWeekdayOfMonth(y, 11, THURSDAY, 4), 1),
  },
  { name: 'Christmas Day', source: GOV_6700, dateIn: fixed(12, 25), sundayMovesToMonday: true },
];

/** A § 6700 day the law names but the app does not put on the calendar, with why (kept as data so it is tested and shown). */
export interface UncountedHoliday {
  name: string;
  source: string;
  /** The first year the day is in the statute. */
  firstYear: number;
  why: string;
}

export const CALIFORNIA_DAYS_NOT_COUNTED: readonly UncountedHoliday[] = [
  {
    name: 'Lunar New Year',
    source: `${GOV_6700}(4) (added by AB 2596, Stats. 2022, ch. 792)`,
    firstYear: 2023,
    why: 'Set by the second new moon after the winter solstice; the statute does not say in which time zone, and the day differs between California and China in some years.',
  },
  {
    name: 'Diwali',
    source: `${GOV_6700} (added by AB 268, Stats. 2025, ch. 358)`,
    firstYear: 2026,
    why: 'Set by the Hindu lunar calendar (reported as the 15th day of the month of Kartik); the day depends on the calendar system and the time zone, and the exact wording of § 6700 was not confirmed.',
  },
  {
    name: 'Good Friday from 12 noon until 3 p.m.',
    source: GOV_6700,
    firstYear: 1951,
    why: 'Part of a day; Rule 6(a) counts whole days.',
  },
];

export function californiaHolidays(year: number): StateHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [];
  const result: StateHoliday[] = [];
  for (const rule of CALIFORNIA_RULES) {
    if (rule.firstYear !== undefined && year < rule.firstYear) continue;
    const date = rule.dateIn(year);
    result.push({ date, name: rule.name, source: rule.source });
    const weekday = weekdayNumber(date);
    if (weekday === SUNDAY && rule.sundayMovesToMonday) {
      result.push({ date: addDays(date, 1), name: `${rule.name}, observed`, source: GOV_6701 });
    }
    if (weekday === SATURDAY && rule.saturdayMovesToFriday) {
      result.push({ date: addDays(date, -1), name: `${rule.name}, observed`, source: GOV_6701 });
    }
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
