import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  federalHolidays,
  legalHolidayName,
  stateHolidays,
  weekdayName,
} from '../../src-main/core/deadlines/index.js';

interface HolidayFixture {
  source: string;
  years: Record<string, string[]>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/federal-holidays-2020-2030.json', import.meta.url), 'utf8'),
) as HolidayFixture;

const isWeekday = (date: string) => !['Saturday', 'Sunday'].includes(weekdayName(date));

describe('federal legal holidays (FRCP 6(a)(6)(A), 5 U.S.C. § 6103)', () => {
  test('every date in the 2020-2030 fixture is a legal holiday by our rules', () => {
    for (const [year, dates] of Object.entries(fixture.years)) {
      const ours = new Set(federalHolidays(Number(year)).map((h) => h.date));
      for (const date of dates) {
        assert.ok(ours.has(date), `${date} is in the fixture but not in federalHolidays(${year})`);
        assert.notEqual(legalHolidayName(date), null, `${date} has no holiday name`);
      }
    }
  });

  test('our rules produce no weekday holiday that the 2020-2030 fixture lacks', () => {
    for (let year = 2020; year <= 2030; year++) {
      const expected = new Set(fixture.years[String(year)]);
      const weekdayHolidays = federalHolidays(year).filter((h) => isWeekday(h.date));
      for (const h of weekdayHolidays) {
        assert.ok(expected.has(h.date), `${h.date} (${h.name}) is not in the fixture for ${year}`);
      }
      assert.equal(weekdayHolidays.length, expected.size, `count for ${year}`);
    }
  });

  test('both the actual day and the observed day of a weekend holiday count', () => {
    assert.equal(legalHolidayName('2021-07-04'), 'Independence Day');
    assert.equal(legalHolidayName('2021-07-05'), 'Independence Day, observed');
    assert.equal(legalHolidayName('2026-07-04'), 'Independence Day');
    assert.equal(legalHolidayName('2026-07-03'), 'Independence Day, observed');
  });

  test("New Year's Day on a Saturday is observed on December 31 of the year before", () => {
    assert.equal(legalHolidayName('2022-01-01'), "New Year's Day");
    assert.equal(legalHolidayName('2021-12-31'), "New Year's Day, observed");
    assert.ok(federalHolidays(2021).some((h) => h.date === '2021-12-31'));
    assert.ok(!federalHolidays(2022).some((h) => h.date === '2021-12-31'));
  });

  test('Juneteenth is not a holiday in 2020 but is from 2021 on', () => {
    assert.equal(legalHolidayName('2020-06-19'), null);
    assert.equal(legalHolidayName('2021-06-18'), 'Juneteenth, observed');
    assert.equal(legalHolidayName('2024-06-19'), 'Juneteenth');
  });

  test('Thanksgiving is the fourth Thursday of November and the day after is not a federal holiday', () => {
    assert.equal(legalHolidayName('2025-11-27'), 'Thanksgiving Day');
    assert.equal(legalHolidayName('2025-11-28'), null);
    assert.equal(legalHolidayName('2024-11-28'), 'Thanksgiving Day');
  });

  test('a user closure counts as a legal holiday, and a federal holiday keeps its own name', () => {
    const closures = [
      { date: '2021-06-14', name: 'Court closed (power outage)' },
      { date: '2021-07-05', name: 'Something else' },
    ];
    assert.equal(legalHolidayName('2021-06-14', closures), 'Court closed (power outage)');
    assert.equal(legalHolidayName('2021-06-14'), null);
    assert.equal(legalHolidayName('2021-07-05', closures), 'Independence Day, observed');
  });

  test('federalHolidays is sorted, and changing its result does not change the rules', () => {
    const list = federalHolidays(2027);
    assert.deepEqual([...list].sort((a, b) => a.date.localeCompare(b.date)), list);
    list[0].name = 'changed';
    list.length = 0;
    assert.equal(federalHolidays(2027)[0].name, "New Year's Day");
  });

  test('legalHolidayName of something that is not a date is null, not an error', () => {
    assert.equal(legalHolidayName('not a date'), null);
    assert.deepEqual(federalHolidays(2021.5), []);
  });
});

describe('California state holidays (FRCP 6(a)(6)(C), Cal. Gov. Code §§ 6700, 6701)', () => {
  const byDate = (year: number) => new Map(stateHolidays('CA', year).map((h) => [h.date, h]));

  test('Cesar Chavez Day, Lincoln Day, Admission Day and Native American Day are listed with a source', () => {
    const y2021 = byDate(2021);
    assert.equal(y2021.get('2021-03-31')?.name, 'Cesar Chavez Day');
    assert.match(y2021.get('2021-03-31')!.source, /§ 6700/);
    assert.equal(y2021.get('2021-02-12')?.name, 'Lincoln Day');
    assert.equal(y2021.get('2021-09-09')?.name, 'Admission Day');
    assert.equal(y2021.get('2021-09-24')?.name, 'Native American Day');
    for (const h of stateHolidays('CA', 2021)) assert.ok(h.source.length > 0, `${h.name} has a source`);
  });

  test('the day after Thanksgiving is listed, citing Code of Civil Procedure § 135', () => {
    const h = byDate(2025).get('2025-11-28');
    assert.equal(h?.name, 'Day after Thanksgiving');
    assert.match(h.source, /Civ\. Proc\. § 135/);
  });

  test('a Sunday state holiday is observed the Monday after (§ 6701)', () => {
    // March 31, 2024 is a Sunday.
    const h = byDate(2024).get('2024-04-01');
    assert.equal(h?.name, 'Cesar Chavez Day, observed');
    assert.match(h.source, /§ 6701/);
  });

  test('only Veterans Day moves to Friday when it falls on a Saturday (§ 6701)', () => {
    // November 11, 2023 and February 12, 2022 are Saturdays.
    assert.equal(byDate(2023).get('2023-11-10')?.name, 'Veterans Day, observed');
    assert.equal(byDate(2022).get('2022-02-11'), undefined);
  });

  test('Juneteenth and Genocide Remembrance Day start in 2023; Lunar New Year is left out', () => {
    assert.equal(byDate(2022).get('2022-04-24'), undefined);
    assert.equal(byDate(2022).get('2022-06-19'), undefined);
    assert.equal(byDate(2023).get('2023-04-24')?.name, 'Genocide Remembrance Day');
    assert.equal(byDate(2023).get('2023-06-19')?.name, 'Juneteenth');
    assert.ok(!stateHolidays('CA', 2024).some((h) => /lunar/i.test(h.name)));
  });

  test('Native American Day starts in 2015', () => {
    assert.ok(!stateHolidays('CA', 2014).some((h) => h.name === 'Native American Day'));
    assert.ok(stateHolidays('CA', 2015).some((h) => h.name === 'Native American Day'));
  });
});
