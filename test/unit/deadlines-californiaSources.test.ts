/**
 * Issue 10, item 7: California's list checked against Cal. Gov. Code § 6700 as in force for 2026.
 * Days the statute names but the app cannot date without guessing are kept as data with their
 * source and first year, and never appear on the calendar.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CALIFORNIA_DAYS_NOT_COUNTED, computeDueDate, stateHolidays } from '../../src-main/core/deadlines/index.js';

test('Diwali (AB 268, Stats. 2025, ch. 358, from 2026) is recorded with its source but not put on a date', () => {
  const diwali = CALIFORNIA_DAYS_NOT_COUNTED.find((d) => d.name === 'Diwali');
  assert.ok(diwali);
  assert.equal(diwali.firstYear, 2026);
  assert.match(diwali.source, /§ 6700/);
  assert.match(diwali.source, /AB 268, Stats\. 2025, ch\. 358/);
  for (const year of [2026, 2027]) assert.ok(!stateHolidays('CA', year).some((h) => /diwali|lunar/i.test(h.name)));
});

test('every uncounted day says where it comes from and why it is left out', () => {
  for (const d of CALIFORNIA_DAYS_NOT_COUNTED) {
    assert.match(d.source, /§ 6700/, d.name);
    assert.ok(d.why.length > 20, d.name);
    assert.ok(Number.isInteger(d.firstYear), d.name);
  }
});

test('confirmed § 6700(a) days for 2026: Genocide Remembrance Day (Apr 24), Juneteenth (Jun 19), Native American Day (fourth Friday of Sept.)', () => {
  const days = new Map(stateHolidays('CA', 2026).map((h) => [h.date, h.name]));
  assert.equal(days.get('2026-04-24'), 'Genocide Remembrance Day');
  assert.equal(days.get('2026-06-19'), 'Juneteenth');
  assert.equal(days.get('2026-09-25'), 'Native American Day');
});

test('FRCP 6(a)(6)(C): a state holiday never moves the date to aim for; around Diwali 2026 nothing is added', () => {
  // 30 days from 2026-10-09 is Sunday November 8 -> Monday November 9; no state day is guessed in between.
  const r = computeDueDate({ from: '2026-10-09', days: 30, state: 'CA' });
  assert.ok(r.ok);
  assert.equal(r.value.dueDate, '2026-11-09');
});
