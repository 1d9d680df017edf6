/**
 * FRCP 6(a)(2): periods stated in hours start at once, count every hour (weekends and holidays
 * too), and when they end on a Saturday, Sunday or legal holiday run to the same time on the next
 * day that is none of these. Each test names the case it checks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeDueTime, type HoursInput } from '../../src-main/core/deadlines/index.js';
import { cli } from '../support/runCli.js';

const LA = 'America/Los_Angeles';
const due = (input: HoursInput) => {
  const r = computeDueTime(input);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
  return r.value;
};

test('6(a)(2)(A)-(B): 24 hours from Tuesday 2021-06-15 at 5:00 PM is Wednesday at 5:00 PM', () => {
  const v = due({ from: '2021-06-15T17:00', hours: 24, timeZone: LA });
  assert.equal(v.due, '2021-06-16T17:00');
  assert.ok(v.steps.at(-1)!.includes('5:00 PM on Wednesday, June 16, 2021'));
});

test('6(a)(2)(C): 48 hours from Thursday 2021-06-17 at 9:30 AM ends Saturday, so it runs to Monday 2021-06-21 at 9:30 AM', () => {
  const v = due({ from: '2021-06-17T09:30', hours: 48, timeZone: LA });
  assert.equal(v.due, '2021-06-21T09:30');
  assert.ok(v.steps.some((s) => /Saturday/.test(s) && /same time on the next day the court is open: 9:30 AM on Monday, June 21, 2021/.test(s)), v.steps.join('\n'));
});

test('6(a)(2)(C) with 6(a)(6)(A): 24 hours from Wednesday 2024-07-03 at 10:00 AM ends on Independence Day, so Friday July 5 at 10:00 AM', () => {
  assert.equal(due({ from: '2024-07-03T10:00', hours: 24, timeZone: LA }).due, '2024-07-05T10:00');
});

test('6(a)(2)(B) counts hours inside weekends: 72 hours from Friday 2021-06-18 at 8:00 AM is Monday at 8:00 AM', () => {
  assert.equal(due({ from: '2021-06-18T08:00', hours: 72, timeZone: LA }).due, '2021-06-21T08:00');
});

test('6(a)(2)(B) every hour is a real hour: across the autumn clock change (2024-11-03), 48 hours from Saturday 9:00 AM ends Monday at 8:00 AM', () => {
  // Counting clock hours would say 9:00 AM, one hour later than the law gives.
  assert.equal(due({ from: '2024-11-02T09:00', hours: 48, timeZone: LA }).due, '2024-11-04T08:00');
  // And in spring (2024-03-10) the clock skips an hour: 48 real hours from Saturday 9:00 AM is Monday 10:00 AM.
  assert.equal(due({ from: '2024-03-09T09:00', hours: 48, timeZone: LA }).due, '2024-03-11T10:00');
});

test('a start time the clock skipped is asked about, not guessed; one that happened twice counts from the first', () => {
  const skipped = computeDueTime({ from: '2021-03-14T02:30', hours: 24, timeZone: LA });
  assert.ok(!skipped.ok);
  assert.equal(skipped.error.code, 'bad-date');
  assert.equal(skipped.error.message, 'On Sunday, March 14, 2021, clocks in America/Los_Angeles jumped ahead, so 2:30 AM did not happen that day. Please check the time.');
  // London's 01:30 happened twice on 2020-10-25 (summer time, then winter time). Counting from
  // the first is never later: 24 real hours after 00:30 UTC is 00:30 on Monday's clock.
  assert.equal(due({ from: '2020-10-25T01:30', hours: 24, timeZone: 'Europe/London' }).due, '2020-10-26T00:30');
  assert.equal(due({ from: '2021-11-07T01:30', hours: 24, timeZone: LA }).due, '2021-11-08T00:30');
});

test('6(a)(3): a day the court was closed counts like a holiday for hours too', () => {
  assert.equal(due({ from: '2021-06-14T09:00', hours: 24, timeZone: LA, closures: [{ date: '2021-06-15', name: 'snow' }] }).due, '2021-06-16T09:00');
});

test('bad inputs get plain words, not a date', () => {
  for (const input of [
    { from: '2021-06-14', hours: 24, timeZone: LA },
    { from: '2021-02-30T09:00', hours: 24, timeZone: LA },
    { from: '2021-06-14T25:00', hours: 24, timeZone: LA },
    { from: '2021-06-14T09:00', hours: -1, timeZone: LA },
    { from: '2021-06-14T09:00', hours: 1.5, timeZone: LA },
    { from: '2021-06-14T09:00', hours: 24, timeZone: 'Mars/Olympus' },
  ]) {
    const r = computeDueTime(input);
    assert.equal(r.ok, false, JSON.stringify(input));
  }
});

test('cli deadline --from YYYY-MM-DDTHH:mm --hours N prints the due date and time', () => {
  const r = cli(['deadline', '--from', '2021-06-17T09:30', '--hours', '48', '--time-zone', LA]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Due: Monday, June 21, 2021 at 9:30 AM \(America\/Los_Angeles time\)/);
  assert.match(r.stdout, /This is not legal advice\./);
  const json = cli(['deadline', '--from', '2021-06-14T09:00', '--hours', '24', '--time-zone', LA, '--closed', '2021-06-15', '--json']);
  assert.equal(JSON.parse(json.stdout).due, '2021-06-16T09:00');
  const both = cli(['deadline', '--from', '2021-06-14T09:00', '--hours', '24', '--days', '3']);
  assert.equal(both.code, 1);
});
