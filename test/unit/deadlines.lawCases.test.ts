/**
 * Due dates checked against the rule text, one table row per case. Every expected date here was
 * worked out by hand from the rule and a printed calendar before the code was run; the title of
 * each row names the rule it checks and ends with the weekday and date the law gives, and the
 * weekday is checked against the date too, so a slip in the hand count shows as its own failure.
 *
 * Sources: FRCP 6(a) (days, hours, "next day" forward and backward, legal holidays), FRCP 6(d)
 * (as amended 2016: "3 days are added after the period would otherwise expire under Rule 6(a)"),
 * 5 U.S.C. § 6103 and E.O. 11582 (holiday dates, Saturday -> Friday, Sunday -> Monday),
 * Pub. L. 117-17 (Juneteenth, from June 2021).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  computeDueDate,
  computeDueTime,
  countCourtDays,
  weekdayName,
  type Closure,
  type CountDirection,
  type ServiceMethod,
} from '../../src-main/core/deadlines/index.js';
import { explainOrder, findDates, findTimes, type ExplainOptions } from '../../src-main/core/orders/index.js';

/** "... lands on Fri 2025-01-03": the weekday in the title must be that date's weekday. */
function checkTitleWeekday(title: string, iso: string): void {
  const m = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2})?$/.exec(title);
  assert.ok(m, `title should end with the weekday and date: ${title}`);
  assert.equal(m[2], iso, 'the title names the expected date');
  assert.equal(weekdayName(iso).slice(0, 3), m[1], `the hand count's weekday for ${iso}`);
}

interface DayCase {
  title: string;
  from: string;
  days: number;
  direction?: CountDirection;
  method?: ServiceMethod;
  closures?: Closure[];
  due: string;
}

function runDayCases(cases: DayCase[]): void {
  for (const c of cases) {
    test(c.title, () => {
      checkTitleWeekday(c.title, c.due);
      const r = computeDueDate({ from: c.from, days: c.days, direction: c.direction ?? 'after', serviceMethod: c.method ?? null, closures: c.closures ?? [] });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
      assert.equal(r.value.dueDate, c.due, r.value.steps.join('\n'));
    });
  }
}

describe('FRCP 6(a)(1): periods in days ending on a weekend or a federal holiday', () => {
  runDayCases([
    { title: 'FRCP 6(a)(1)(C): 14 days from Fri 2024-12-20 lands on Fri 2025-01-03', from: '2024-12-20', days: 14, due: '2025-01-03' },
    { title: 'FRCP 6(a)(1)(C): 14 days from Sat 2024-06-01 ends Sat 2024-06-15, runs to Mon 2024-06-17', from: '2024-06-01', days: 14, due: '2024-06-17' },
    { title: 'FRCP 6(a)(1)(C): 10 days from Thu 2024-06-06 ends Sun 2024-06-16, runs to Mon 2024-06-17', from: '2024-06-06', days: 10, due: '2024-06-17' },
    { title: "FRCP 6(a)(6)(A) New Year's Day: 14 days from 2024-12-18 ends Wed 2025-01-01, runs to Thu 2025-01-02", from: '2024-12-18', days: 14, due: '2025-01-02' },
    { title: 'FRCP 6(a)(6)(A) Martin Luther King Jr. Day: 14 days from 2025-01-06 ends Mon 2025-01-20, runs to Tue 2025-01-21', from: '2025-01-06', days: 14, due: '2025-01-21' },
    { title: "FRCP 6(a)(6)(A) Washington's Birthday: 14 days from 2025-02-03 ends Mon 2025-02-17, runs to Tue 2025-02-18", from: '2025-02-03', days: 14, due: '2025-02-18' },
    { title: 'FRCP 6(a)(6)(A) Memorial Day: 14 days from 2024-05-13 ends Mon 2024-05-27, runs to Tue 2024-05-28', from: '2024-05-13', days: 14, due: '2024-05-28' },
    { title: 'FRCP 6(a)(6)(A) Juneteenth: 14 days from 2024-06-05 ends Wed 2024-06-19, runs to Thu 2024-06-20', from: '2024-06-05', days: 14, due: '2024-06-20' },
    { title: 'Juneteenth only from 2021 (Pub. L. 117-17): 14 days from 2020-06-05 ends on an ordinary Fri 2020-06-19', from: '2020-06-05', days: 14, due: '2020-06-19' },
    { title: 'Juneteenth 2021 (Saturday) observed Friday June 18, its first observed day: 14 days from 2021-06-04 runs to Mon 2021-06-21', from: '2021-06-04', days: 14, due: '2021-06-21' },
    { title: 'Juneteenth 2022 (Sunday) observed Monday June 20: 14 days from 2022-06-05 ends Sun 2022-06-19, runs to Tue 2022-06-21', from: '2022-06-05', days: 14, due: '2022-06-21' },
    { title: 'FRCP 6(a)(6)(A) Independence Day: 14 days from 2024-06-20 ends Thu 2024-07-04, runs to Fri 2024-07-05', from: '2024-06-20', days: 14, due: '2024-07-05' },
    { title: 'Independence Day 2021 (Sunday) observed Monday July 5: 14 days from 2021-06-21 ends on it, runs to Tue 2021-07-06', from: '2021-06-21', days: 14, due: '2021-07-06' },
    { title: 'Chain Sat July 3 + Sun July 4 + observed Mon July 5, 2021: 14 days from 2021-06-19 runs to Tue 2021-07-06', from: '2021-06-19', days: 14, due: '2021-07-06' },
    { title: 'FRCP 6(a)(6)(A) Labor Day: 14 days from 2024-08-19 ends Mon 2024-09-02, runs to Tue 2024-09-03', from: '2024-08-19', days: 14, due: '2024-09-03' },
    { title: 'Chain Saturday + Sunday + Labor Day: 14 days from 2024-08-17 ends Sat 2024-08-31, runs to Tue 2024-09-03', from: '2024-08-17', days: 14, due: '2024-09-03' },
    { title: 'FRCP 6(a)(6)(A) Columbus Day: 14 days from 2024-09-30 ends Mon 2024-10-14, runs to Tue 2024-10-15', from: '2024-09-30', days: 14, due: '2024-10-15' },
    { title: 'FRCP 6(a)(6)(A) Veterans Day: 14 days from 2024-10-28 ends Mon 2024-11-11, runs to Tue 2024-11-12', from: '2024-10-28', days: 14, due: '2024-11-12' },
    { title: 'Veterans Day 2023 (Saturday) observed Friday Nov 10: 14 days from 2023-10-27 ends on it, runs to Mon 2023-11-13', from: '2023-10-27', days: 14, due: '2023-11-13' },
    { title: 'Veterans Day 2018 (Sunday) observed Monday Nov 12: 14 days from 2018-10-28 ends Sunday, runs to Tue 2018-11-13', from: '2018-10-28', days: 14, due: '2018-11-13' },
    { title: 'FRCP 6(a)(6)(A) Thanksgiving: 14 days from 2024-11-14 ends Thu 2024-11-28; the Friday after is no legal holiday: Fri 2024-11-29', from: '2024-11-14', days: 14, due: '2024-11-29' },
    { title: 'FRCP 6(a)(6)(A) Christmas Day: 14 days from 2024-12-11 ends Wed 2024-12-25, runs to Thu 2024-12-26', from: '2024-12-11', days: 14, due: '2024-12-26' },
    { title: 'Christmas 2022 on a Sunday observed Monday Dec 26: 14 days from 2022-12-11 runs to Tue 2022-12-27', from: '2022-12-11', days: 14, due: '2022-12-27' },
    { title: 'Christmas 2021 on a Saturday observed Friday Dec 24: 14 days from 2021-12-10 runs to Mon 2021-12-27', from: '2021-12-10', days: 14, due: '2021-12-27' },
    { title: "New Year's Day 2022 on a Saturday is observed Friday Dec 31, 2021: 14 days from 2021-12-17 runs to Mon 2022-01-03", from: '2021-12-17', days: 14, due: '2022-01-03' },
    { title: "New Year's Day 2023 on a Sunday observed Monday Jan 2: 14 days from 2022-12-18 runs to Tue 2023-01-03", from: '2022-12-18', days: 14, due: '2023-01-03' },
    { title: "New Year's Day 2028 on a Saturday observed Friday Dec 31, 2027: 7 days from 2027-12-24 runs to Mon 2028-01-03", from: '2027-12-24', days: 7, due: '2028-01-03' },
    { title: 'Juneteenth 2026 on a Friday + weekend: 14 days from 2026-06-05 runs to Mon 2026-06-22', from: '2026-06-05', days: 14, due: '2026-06-22' },
  ]);
});

describe('FRCP 6(a)(1)(A)-(B): a period that starts on a weekend or holiday still counts every day', () => {
  runDayCases([
    { title: 'FRCP 6(a)(1)(A): 10 days from Sun 2024-06-02 (trigger day excluded) is Wed 2024-06-12', from: '2024-06-02', days: 10, due: '2024-06-12' },
    { title: 'FRCP 6(a)(1)(B): 14 days from Christmas, Wed 2024-12-25, counting New Year\'s Day inside, is Wed 2025-01-08', from: '2024-12-25', days: 14, due: '2025-01-08' },
    { title: 'FRCP 6(a)(1)(A): 1 day from Thanksgiving, Thu 2024-11-28, is Fri 2024-11-29', from: '2024-11-28', days: 1, due: '2024-11-29' },
    { title: 'FRCP 6(a)(1)(A): 3 days from the observed Independence Day, Fri 2026-07-03, is Mon 2026-07-06', from: '2026-07-03', days: 3, due: '2026-07-06' },
    { title: 'FRCP 6(a)(1)(B): 7 days from Sat 2024-06-08 is Sat 2024-06-15, so it runs to Mon 2024-06-17', from: '2024-06-08', days: 7, due: '2024-06-17' },
  ]);
});

describe('FRCP 6(a)(3), 6(a)(6)(B): days the court was closed chain with holidays', () => {
  runDayCases([
    {
      title: 'Thanksgiving + a court closure on Friday + weekend: 1 day from 2024-11-27 runs to Mon 2024-12-02',
      from: '2024-11-27',
      days: 1,
      closures: [{ date: '2024-11-29', name: 'Court closed' }],
      due: '2024-12-02',
    },
    {
      title: 'A closure on a period\'s last day (6(a)(3)(A)): 7 days from 2025-01-02 ends Thu 2025-01-09 (closed), runs to Fri 2025-01-10',
      from: '2025-01-02',
      days: 7,
      closures: [{ date: '2025-01-09', name: 'National Day of Mourning' }],
      due: '2025-01-10',
    },
  ]);
});

describe('FRCP 6(a)(5): counting backward, the "next day" is the day before', () => {
  runDayCases([
    { title: 'FRCP 6(a)(5): 10 days before a Monday hearing, 2025-07-14, is Friday July 4 (holiday), so Thu 2025-07-03', from: '2025-07-14', days: 10, direction: 'before', due: '2025-07-03' },
    { title: 'FRCP 6(a)(5): 7 days before Mon 2025-09-08 is Labor Day; back past Sunday and Saturday to Fri 2025-08-29', from: '2025-09-08', days: 7, direction: 'before', due: '2025-08-29' },
    { title: 'FRCP 6(a)(5): 11 days before Wed 2025-03-19 is a Saturday, so Fri 2025-03-07', from: '2025-03-19', days: 11, direction: 'before', due: '2025-03-07' },
    { title: 'FRCP 6(a)(5): 21 days before Thu 2024-12-19 is Thanksgiving, so Wed 2024-11-27', from: '2024-12-19', days: 21, direction: 'before', due: '2024-11-27' },
    { title: "FRCP 6(a)(5): 7 days before Fri 2022-01-07 is the observed New Year's Day (Dec 31), so Thu 2021-12-30", from: '2022-01-07', days: 7, direction: 'before', due: '2021-12-30' },
    { title: 'FRCP 6(a)(5) with 6(d): mail adds nothing to a count back; 10 days before Mon 2025-07-14 is still Thu 2025-07-03', from: '2025-07-14', days: 10, direction: 'before', method: 'mail', due: '2025-07-03' },
    { title: 'FRCP 6(a)(5) across the leap day: 7 days before Thu 2024-03-07 is Thu 2024-02-29', from: '2024-03-07', days: 7, direction: 'before', due: '2024-02-29' },
    { title: 'FRCP 6(a)(5) in a common year: 7 days before Tue 2023-03-07 is Tue 2023-02-28', from: '2023-03-07', days: 7, direction: 'before', due: '2023-02-28' },
  ]);
});

describe('FRCP 6(d): 3 days added after the period would otherwise expire under 6(a), then 6(a)(1)(C) again', () => {
  runDayCases([
    { title: 'FRCP 6(d) mail: 14 days from Fri 2024-06-07 ends Fri June 21; +3 is Mon 2024-06-24', from: '2024-06-07', days: 14, method: 'mail', due: '2024-06-24' },
    {
      title: 'FRCP 6(d) after 6(a): 14 days from Sat 2024-06-01 ends Sat June 15, runs to Mon June 17; +3 is Thu 2024-06-20',
      from: '2024-06-01',
      days: 14,
      method: 'mail',
      due: '2024-06-20',
    },
    { title: 'FRCP 6(d) then 6(a)(1)(C): 14 days from 2024-06-17 ends Mon July 1; +3 is July 4, so Fri 2024-07-05', from: '2024-06-17', days: 14, method: 'mail', due: '2024-07-05' },
    { title: 'FRCP 6(d) 5(b)(2)(D) clerk earns the 3 days too: from 2024-06-17, 14 days, Fri 2024-07-05', from: '2024-06-17', days: 14, method: 'clerk', due: '2024-07-05' },
    { title: 'FRCP 6(d) 5(b)(2)(F) other consented means earns the 3 days: from 2024-06-17, 14 days, Fri 2024-07-05', from: '2024-06-17', days: 14, method: 'other', due: '2024-07-05' },
    { title: 'FRCP 6(d) since 2016: electronic service gets no 3 days: from 2024-06-17, 14 days, Mon 2024-07-01', from: '2024-06-17', days: 14, method: 'electronic', due: '2024-07-01' },
    { title: 'FRCP 6(d): hand delivery gets no 3 days: from 2024-06-17, 14 days, Mon 2024-07-01', from: '2024-06-17', days: 14, method: 'hand', due: '2024-07-01' },
    { title: 'FRCP 6(d) then weekend: 14 days from 2024-11-13 ends Wed Nov 27; +3 is Sat Nov 30, so Mon 2024-12-02', from: '2024-11-13', days: 14, method: 'mail', due: '2024-12-02' },
    { title: 'FRCP 6(d) served on Veterans Day: 14 days from 2024-11-11 ends Mon Nov 25; +3 is Thanksgiving, so Fri 2024-11-29', from: '2024-11-11', days: 14, method: 'mail', due: '2024-11-29' },
    {
      title: "FRCP 6(d) after an observed holiday: 21 days from 2021-12-10 ends Fri Dec 31 (observed New Year's), runs to Jan 3; +3 is Thu 2022-01-06",
      from: '2021-12-10',
      days: 21,
      method: 'mail',
      due: '2022-01-06',
    },
    { title: "FRCP 6(d) over the year end: 21 days from 2025-12-08 ends Mon Dec 29; +3 is New Year's Day, so Fri 2026-01-02", from: '2025-12-08', days: 21, method: 'mail', due: '2026-01-02' },
  ]);
});

describe('leap days and year ends (FRCP 6(a)(1)(B): every calendar day counts)', () => {
  runDayCases([
    { title: 'FRCP 6(a)(1)(B) leap year: 30 days from 2024-01-30 is Thu 2024-02-29', from: '2024-01-30', days: 30, due: '2024-02-29' },
    { title: 'FRCP 6(a)(1)(B) common year: 30 days from 2023-01-30 is Wed 2023-03-01', from: '2023-01-30', days: 30, due: '2023-03-01' },
    { title: 'FRCP 6(a)(1)(B): 21 days from 2024-02-22 crosses Feb 29 to Thu 2024-03-14', from: '2024-02-22', days: 21, due: '2024-03-14' },
    { title: 'FRCP 6(a)(1)(B): 21 days from 2023-02-22 (no Feb 29) is Wed 2023-03-15', from: '2023-02-22', days: 21, due: '2023-03-15' },
    { title: 'FRCP 6(a)(1)(A): 1 day from Wed 2024-02-28 is the leap day, Thu 2024-02-29', from: '2024-02-28', days: 1, due: '2024-02-29' },
    { title: 'FRCP 6(a)(1)(B): 365 days from the leap day 2024-02-29 is Fri 2025-02-28', from: '2024-02-29', days: 365, due: '2025-02-28' },
    { title: 'FRCP 6(a)(1)(B): 30 days from Sun 2023-12-03 crosses the year to Tue 2024-01-02', from: '2023-12-03', days: 30, due: '2024-01-02' },
    { title: "FRCP 6(a)(1)(C): 14 days from 2025-12-18 ends on New Year's Day, so Fri 2026-01-02", from: '2025-12-18', days: 14, due: '2026-01-02' },
    { title: 'FRCP 6(a)(1)(B): 0 days from Tue 2024-12-31 is that day, Tue 2024-12-31', from: '2024-12-31', days: 0, due: '2024-12-31' },
  ]);
});

interface HourCase {
  title: string;
  from: string;
  hours: number;
  closures?: Closure[];
  /** The court's time zone (FRCP 6(a)(4)(A) ends the day in it); Los Angeles unless named. */
  timeZone?: string;
  due: string;
}

describe('FRCP 6(a)(2): periods in hours', () => {
  const LA = 'America/Los_Angeles';
  const cases: HourCase[] = [
    { title: 'FRCP 6(a)(2)(C): 48 hours from Fri 2024-06-07 5 pm ends Sunday, so it runs to the same time Mon 2024-06-10T17:00', from: '2024-06-07T17:00', hours: 48, due: '2024-06-10T17:00' },
    { title: 'FRCP 6(a)(2)(C): 12 hours from Fri 2024-06-07 8 pm ends Saturday 8 am, so Mon 2024-06-10T08:00', from: '2024-06-07T20:00', hours: 12, due: '2024-06-10T08:00' },
    { title: 'FRCP 6(a)(2)(C): 2 hours from Fri 2024-06-07 11 pm ends Saturday 1 am, so Mon 2024-06-10T01:00', from: '2024-06-07T23:00', hours: 2, due: '2024-06-10T01:00' },
    { title: 'FRCP 6(a)(2)(C): 24 hours from Wed 2024-11-27 noon ends on Thanksgiving, so Fri 2024-11-29T12:00', from: '2024-11-27T12:00', hours: 24, due: '2024-11-29T12:00' },
    { title: "FRCP 6(a)(2)(C): 48 hours from Mon 2024-12-30 9 am ends on New Year's Day, so Thu 2025-01-02T09:00", from: '2024-12-30T09:00', hours: 48, due: '2025-01-02T09:00' },
    { title: 'FRCP 6(a)(2)(C): 24 hours from Thu 2021-06-17 3 pm ends on the first observed Juneteenth, so Mon 2021-06-21T15:00', from: '2021-06-17T15:00', hours: 24, due: '2021-06-21T15:00' },
    { title: 'FRCP 6(a)(2)(A)-(B): 72 hours from Sat 2024-06-08 10 am start at once and count the weekend: Tue 2024-06-11T10:00', from: '2024-06-08T10:00', hours: 72, due: '2024-06-11T10:00' },
    { title: 'FRCP 6(a)(2)(B) leap year: 24 hours from Wed 2024-02-28 10 am is Thu 2024-02-29T10:00', from: '2024-02-28T10:00', hours: 24, due: '2024-02-29T10:00' },
    { title: 'FRCP 6(a)(2)(B) common year: 24 hours from Tue 2023-02-28 10 am is Wed 2023-03-01T10:00', from: '2023-02-28T10:00', hours: 24, due: '2023-03-01T10:00' },
    {
      title: 'FRCP 6(a)(2)(C) with a closure: 24 hours from Wed 2025-01-08 9 am ends on a closed day, so Fri 2025-01-10T09:00',
      from: '2025-01-08T09:00',
      hours: 24,
      closures: [{ date: '2025-01-09', name: 'National Day of Mourning' }],
      due: '2025-01-10T09:00',
    },
    // Every hour is a real hour, on the court's own clock: the 2024-11-03 change gives Los Angeles an
    // extra hour but not Phoenix (no daylight saving time) or Honolulu.
    { title: 'FRCP 6(a)(2)(B) in the court\'s time zone: 48 hours from Sat 2024-11-02 9 am in Phoenix (no clock change) is Mon 2024-11-04T09:00', from: '2024-11-02T09:00', hours: 48, timeZone: 'America/Phoenix', due: '2024-11-04T09:00' },
    { title: 'FRCP 6(a)(2)(B) in the court\'s time zone: 48 hours from Sat 2024-11-02 9 am in New York (clocks go back) is Mon 2024-11-04T08:00', from: '2024-11-02T09:00', hours: 48, timeZone: 'America/New_York', due: '2024-11-04T08:00' },
    { title: 'FRCP 6(a)(2)(C) in Honolulu: 24 hours from Tue 2024-12-24 10 am ends on Christmas, so Thu 2024-12-26T10:00', from: '2024-12-24T10:00', hours: 24, timeZone: 'Pacific/Honolulu', due: '2024-12-26T10:00' },
    // 6(a)(4) ends a day "at midnight": a period ending at 12:00 AM has two readings (the end of the
    // day before, or the start of the new day, which 6(a)(2)(C) may carry past a weekend). The
    // app gives the earlier; 11:59 PM says it in words nobody can read as the next day.
    { title: 'FRCP 6(a)(2) with 6(a)(4), two readings: 7 hours from Fri 2024-06-07 5 pm ends at the midnight closing Friday, not Monday: Fri 2024-06-07T23:59', from: '2024-06-07T17:00', hours: 7, due: '2024-06-07T23:59' },
    { title: 'FRCP 6(a)(2) with 6(a)(4): 24 hours from Thu 2024-06-06 at 12:00 AM ends at the midnight closing Thursday: Thu 2024-06-06T23:59', from: '2024-06-06T00:00', hours: 24, due: '2024-06-06T23:59' },
    { title: 'FRCP 6(a)(2)(C), midnight after a closed day: 31 hours from Fri 2024-06-07 5 pm ends Sunday 12:00 AM; Saturday is closed too, so Mon 2024-06-10T00:00', from: '2024-06-07T17:00', hours: 31, due: '2024-06-10T00:00' },
  ];
  for (const c of cases) {
    test(c.title, () => {
      checkTitleWeekday(c.title, c.due.slice(0, 10));
      const r = computeDueTime({ from: c.from, hours: c.hours, timeZone: c.timeZone ?? LA, closures: c.closures ?? [] });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
      assert.equal(r.value.due, c.due, r.value.steps.join('\n'));
    });
  }
});

interface CourtDayCase {
  title: string;
  from: string;
  days: number;
  direction: CountDirection;
  due: string;
}

describe('orders that count "court days" or "business days": weekends and holidays are not counted at all', () => {
  const cases: CourtDayCase[] = [
    { title: 'Court days: 5 court days after Wed 2024-11-27 skip Thanksgiving and the weekend: Thu 2024-12-05', from: '2024-11-27', days: 5, direction: 'after', due: '2024-12-05' },
    { title: 'Business days back (6(a)(5) direction): 5 business days before Mon 2025-07-07 skip July 4: Fri 2025-06-27', from: '2025-07-07', days: 5, direction: 'before', due: '2025-06-27' },
    { title: "Court days: 10 court days after Fri 2024-12-20 skip Christmas and New Year's Day: Tue 2025-01-07", from: '2024-12-20', days: 10, direction: 'after', due: '2025-01-07' },
    { title: 'Court days: 3 court days after Thu 2021-12-23 skip the observed Christmas (Dec 24) and the weekend: Wed 2021-12-29', from: '2021-12-23', days: 3, direction: 'after', due: '2021-12-29' },
    { title: 'Court days: 1 court day after Fri 2024-05-24 skips the weekend and Memorial Day: Tue 2024-05-28', from: '2024-05-24', days: 1, direction: 'after', due: '2024-05-28' },
  ];
  for (const c of cases) {
    test(c.title, () => {
      checkTitleWeekday(c.title, c.due);
      assert.equal(countCourtDays(c.from, c.days, c.direction, [], 'the event').dueDate, c.due);
    });
  }
});

describe('dates as orders write them (findDates): odd forms, two-digit years, days that do not exist', () => {
  const cases: { title: string; text: string; dates: string[] }[] = [
    { title: 'Ordinal day: "June 1st, 2021" is 2021-06-01', text: 'file it by June 1st, 2021.', dates: ['2021-06-01'] },
    { title: 'Old form: "the 1st day of June, 2021" is 2021-06-01', text: 'SO ORDERED this the 1st day of June, 2021.', dates: ['2021-06-01'] },
    { title: 'Two-digit year: "6/1/21" is 2021-06-01', text: 'Dated: 6/1/21', dates: ['2021-06-01'] },
    { title: 'Abbreviated month with a period: "Sept. 3, 2021" is 2021-09-03', text: 'on or before Sept. 3, 2021, the parties', dates: ['2021-09-03'] },
    { title: 'Weekday and time around the date: "Monday, June 1, 2021 at 9:00 a.m." is 2021-06-01', text: 'The hearing is set for Monday, June 1, 2021 at 9:00 a.m. in Courtroom 4.', dates: ['2021-06-01'] },
    { title: 'A day that does not exist: "February 30, 2021" is no date at all (never March 2)', text: 'Plaintiff shall file the brief by February 30, 2021.', dates: [] },
    { title: 'A day that does not exist: "2/30/21" is no date at all', text: 'Responses due 2/30/21.', dates: [] },
    { title: 'A day that does not exist: "June 31, 2021" is no date at all (never July 1)', text: 'by June 31, 2021', dates: [] },
    { title: 'Leap day only in a leap year: "2/29/23" is no date, "2/29/24" is 2024-02-29', text: 'first 2/29/23, then 2/29/24', dates: ['2024-02-29'] },
    { title: 'Two-digit year from the last century: "Filed 12/31/99" is 1999-12-31', text: 'Filed 12/31/99', dates: ['1999-12-31'] },
    { title: 'Day before month: "3 June 2021" is 2021-06-03', text: 'served on 3 June 2021', dates: ['2021-06-03'] },
    { title: 'Ordinal without a comma: "September 3rd 2021" is 2021-09-03', text: 'no later than September 3rd 2021', dates: ['2021-09-03'] },
    { title: 'Day "of" month without "day": "the 1st of June, 2021" is 2021-06-01', text: 'on or before the 1st of June, 2021', dates: ['2021-06-01'] },
    { title: 'Ordinal in words: "this twentieth day of December, 2024" is 2024-12-20', text: 'IT IS SO ORDERED this twentieth day of December, 2024.', dates: ['2024-12-20'] },
    { title: 'Ordinal in words: "the twenty-first day of June, 2021" is 2021-06-21', text: 'DATED the twenty-first day of June, 2021', dates: ['2021-06-21'] },
    { title: 'Ordinal in words that does not exist: "the thirty-first day of June, 2021" is no date (never July 1)', text: 'DATED the thirty-first day of June, 2021', dates: [] },
    { title: 'Legal ordinals: "September 3d, 2021" and "June 2d, 2021" are 2021-09-03 and 2021-06-02', text: 'by September 3d, 2021 and June 2d, 2021', dates: ['2021-09-03', '2021-06-02'] },
    { title: "Two-digit year after an apostrophe: \"June 1, '21\" is 2021-06-01", text: "hearing on June 1, '21", dates: ['2021-06-01'] },
  ];
  for (const c of cases) {
    test(c.title, () => {
      assert.deepEqual(findDates(c.text).map((d) => d.iso), c.dates);
    });
  }

  test('Weekday and time: "Monday, June 1, 2021 at 9:00 a.m." keeps its time, 9:00 a.m.', () => {
    assert.deepEqual(findTimes('set for Monday, June 1, 2021 at 9:00 a.m.').map((t) => t.time), ['9:00 a.m.']);
  });
});

describe('orders read end to end (explainOrder): the period, its start, and FRCP 6', () => {
  const dueDates = (text: string, opts: ExplainOptions) => explainOrder(text, opts).requirements.map((r) => r.deadline?.dueDate).filter((d): d is string => d !== undefined);

  test('FRCP 6(a)(1)(C) from an order: "within fourteen (14) days of the date of this order" dated Fri 2024-12-20 is Fri 2025-01-03', () => {
    const text = 'ORDER\nPlaintiff shall file an amended complaint within fourteen (14) days of the date of this order.';
    assert.deepEqual(dueDates(text, { orderDate: '2024-12-20' }), ['2025-01-03']);
  });

  test('FRCP 6(a)(5) from an order: "no later than ten (10) days before the hearing" on Mon 2025-07-14 is Thu 2025-07-03', () => {
    const text = 'ORDER\nA hearing is set for July 14, 2025 at 10:00 a.m. Plaintiff shall file a reply brief no later than ten (10) days before the hearing on July 14, 2025.';
    assert.ok(dueDates(text, { orderDate: '2025-06-02' }).includes('2025-07-03'));
  });

  test('FRCP 6(d) from an order: "within fourteen (14) days after service of this order", served by mail Mon 2024-06-17, is Fri 2024-07-05', () => {
    const text = 'ORDER\nDefendant shall file a response within fourteen (14) days after service of this order.';
    assert.deepEqual(dueDates(text, { orderDate: '2024-06-14', servedOn: '2024-06-17', serviceMethod: 'mail' }), ['2024-07-05']);
  });

  test('FRCP 6(d) does not reach an extension to a date certain: "extended to July 1, 2024", served by mail, stays Mon 2024-07-01', () => {
    const text = "ORDER\nPlaintiff's motion for an extension of time is GRANTED. Plaintiff shall file the opposition on or before July 1, 2024.";
    assert.deepEqual(dueDates(text, { orderDate: '2024-06-14', servedOn: '2024-06-17', serviceMethod: 'mail' }), ['2024-07-01']);
  });

  test('FRCP 6(d) on an extension counted from service: "an additional fourteen (14) days after service of this order", by mail from 2024-11-13, is Mon 2024-12-02', () => {
    const text = 'ORDER\nThe motion for an extension of time is GRANTED. Plaintiff is granted an additional fourteen (14) days after service of this order to file the opposition.';
    assert.deepEqual(dueDates(text, { orderDate: '2024-11-12', servedOn: '2024-11-13', serviceMethod: 'mail' }), ['2024-12-02']);
  });

  test('FRCP 6(a)(2) from an order: "within 48 hours of the date of this order" dated Fri 2024-06-07 ends Sunday, so Mon 2024-06-10', () => {
    const text = 'ORDER\nDefendant shall file a notice within 48 hours of the date of this order.';
    assert.deepEqual(dueDates(text, { orderDate: '2024-06-07' }), ['2024-06-10']);
  });

  test('Court days from an order: "within five (5) court days of the date of this order" dated Wed 2024-11-27 is Thu 2024-12-05', () => {
    const text = 'ORDER\nThe parties shall file a joint status report within five (5) court days of the date of this order.';
    assert.deepEqual(dueDates(text, { orderDate: '2024-11-27' }), ['2024-12-05']);
  });

  test('Business days back from an order: "five (5) business days before the hearing" on Mon 2025-07-07 is Fri 2025-06-27', () => {
    const text = 'ORDER\nA status conference is set for July 7, 2025 at 9:00 a.m. The parties shall file a joint statement no later than five (5) business days before the status conference on July 7, 2025.';
    assert.ok(dueDates(text, { orderDate: '2025-06-02' }).includes('2025-06-27'));
  });

  test('Order date in old form: "Dated this 20th day of December, 2024" and 14 days is Fri 2025-01-03', () => {
    const text = 'ORDER\nPlaintiff shall file an amended complaint within fourteen (14) days of the date of this order.\nDated this 20th day of December, 2024.';
    assert.deepEqual(dueDates(text, {}), ['2025-01-03']);
  });

  test('Order date in words: "IT IS SO ORDERED this twentieth day of December, 2024" and 14 days is Fri 2025-01-03', () => {
    const text = 'ORDER\nPlaintiff shall file an amended complaint within fourteen (14) days of the date of this order.\nIT IS SO ORDERED this twentieth day of December, 2024.';
    checkTitleWeekday('is Fri 2025-01-03', '2025-01-03');
    assert.deepEqual(dueDates(text, {}), ['2025-01-03']);
  });

  test('A date that does not exist never becomes March 2: "by February 30, 2021" gives no date', () => {
    const text = 'ORDER\nPlaintiff shall file the brief by February 30, 2021.\nDated: February 1, 2021';
    const e = explainOrder(text, {});
    const shown = [...e.requirements.map((r) => r.deadline?.dueDate), ...e.otherDates.map((o) => o.date)];
    assert.ok(!shown.includes('2021-03-02'), JSON.stringify(shown));
    assert.ok(!shown.includes('2021-03-01'), JSON.stringify(shown));
    const brief = e.requirements.find((r) => /February 30/.test(r.quote.text));
    assert.match(brief?.deadline?.pending ?? '', /"February 30, 2021", but there is no such day\. We did not guess a date\./, 'the person is told, not left with a card without a date');
    assert.equal(brief?.deadline?.dueDate, undefined);
  });
});

describe('an order that names the weekday with the date: "Monday, June 1, 2021" (June 1, 2021 was a Tuesday)', () => {
  const card = (text: string, kind?: string) => {
    const e = explainOrder(`ORDER\n${text}`, { orderDate: '2021-05-03' });
    return e.requirements.filter((r) => r.deadline !== undefined && (kind === undefined || r.kind === kind));
  };

  test('FRCP 6(a)(1) from a named day with its weekday: "within fourteen (14) days after Monday, June 7, 2021" is Mon 2021-06-21', () => {
    const cards = card('Plaintiff shall file a reply within fourteen (14) days after Monday, June 7, 2021.');
    assert.deepEqual(cards.map((r) => r.deadline?.dueDate), ['2021-06-21'], 'one card, counted from June 7 (the weekday\'s comma does not cut the date off)');
  });

  test('Two readings of a deadline, the earlier shown: "no later than Monday, June 1, 2021" gives the Monday before, Mon 2021-05-31, and says why', () => {
    const [due] = card('Plaintiff shall file the opposition no later than Monday, June 1, 2021.');
    assert.equal(due.deadline?.dueDate, '2021-05-31');
    assert.ok(due.deadline?.steps.some((s) => /says Monday, June 1, 2021, but that day is a Tuesday/.test(s) && /Ask the clerk/.test(s)), due.deadline?.steps.join('\n'));
  });

  test('FRCP 6(a)(5) from a hearing with two readings: 7 days before "the hearing on Monday, June 1, 2021" counts from May 31: Mon 2021-05-24', () => {
    const [due] = card('Plaintiff shall file a reply no later than seven (7) days before the hearing on Monday, June 1, 2021.');
    assert.equal(due.deadline?.dueDate, '2021-05-24');
    assert.ok(due.deadline?.steps.some((s) => /counted from the earlier day, Monday, May 31, 2021/.test(s)), due.deadline?.steps.join('\n'));
  });

  test('"before Monday, June 1, 2021": the last day is the day before the earlier reading, Sun 2021-05-30', () => {
    const [due] = card('If Plaintiff does not file a motion to reopen prior to Monday, June 1, 2021, the case will be closed.');
    assert.equal(due.deadline?.dueDate, '2021-05-30');
  });

  test('A hearing keeps the date written, with the warning: "set for Monday, June 1, 2021 at 9:00 a.m." stays Tue 2021-06-01', () => {
    const [hearing] = card('A hearing is set for Monday, June 1, 2021 at 9:00 a.m. in Courtroom 4.', 'appearance');
    checkTitleWeekday('stays Tue 2021-06-01', '2021-06-01');
    assert.equal(hearing.deadline?.dueDate, '2021-06-01');
    assert.ok(hearing.deadline?.steps.some((s) => /but that day is a Tuesday/.test(s)), hearing.deadline?.steps.join('\n'));
  });

  test('A weekday that matches changes nothing: "on or before Friday, December 6, 2024" is Fri 2024-12-06 with no warning', () => {
    const [due] = card('Defendant shall file the answer on or before Friday, December 6, 2024.');
    assert.equal(due.deadline?.dueDate, '2024-12-06');
    assert.ok(!due.deadline?.steps.some((s) => /Ask the clerk/.test(s)));
  });
});
