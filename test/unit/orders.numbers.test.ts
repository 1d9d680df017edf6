import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, findDurations, findTimes, parseDate, parseNumberWords } from '../../src-main/core/orders/index.js';

test('number words', () => {
  assert.equal(parseNumberWords('twenty-one'), 21);
  assert.equal(parseNumberWords('thirty'), 30);
  assert.equal(parseNumberWords('fourteen'), 14);
  assert.equal(parseNumberWords('seven'), 7);
  assert.equal(parseNumberWords('sixty'), 60);
  assert.equal(parseNumberWords('one hundred and twenty'), 120);
  assert.equal(parseNumberWords('forty five'), 45);
  assert.equal(parseNumberWords('banana'), null);
});

test('periods of time in the forms orders use', () => {
  const one = (s: string) => {
    const d = findDurations(s);
    assert.equal(d.length, 1, s);
    return d[0];
  };
  assert.deepEqual([one('within twenty-one (21) days of').value, one('within 21 days').value, one('fourteen days').value], [21, 21, 14]);
  assert.equal(one('seven (7) days').value, 7);
  const cal = one('thirty (30) calendar days');
  assert.equal(cal.value, 30);
  assert.equal(cal.dayKind, 'calendar');
  assert.equal(one('five court days').dayKind, 'court');
  assert.equal(one('a 14-day period').value, 14);
  assert.equal(one('two weeks').unit, 'week');
  const mismatch = one('twenty (21) days');
  assert.equal(mismatch.value, 21);
  assert.deepEqual(mismatch.mismatch, { words: 20, digits: 21 });
  const s = 'within twenty-one (21) days';
  const d = one(s);
  assert.equal(s.slice(d.start, d.end), 'twenty-one (21) days');
});

test('dates', () => {
  assert.equal(parseDate('Dated: May 24, 2021'), '2021-05-24');
  assert.equal(parseDate('on 5/24/2021'), '2021-05-24');
  assert.equal(parseDate('Filed 05/24/21'), '2021-05-24');
  assert.equal(parseDate('by June 3rd, 2021'), '2021-06-03');
  assert.equal(parseDate('2021-05-24'), '2021-05-24');
  assert.equal(parseDate('this 24th day of May, 2021'), '2021-05-24');
  assert.equal(parseDate('Sept. 9, 2024'), '2024-09-09');
  assert.equal(parseDate('February 30, 2021'), null);
  assert.equal(parseDate('13/45/2021'), null);
  assert.equal(parseDate('No additional filings may be made'), null);
  const text = 'hearing on April 7, 2025 at 10:00 a.m. and 6/2/2025';
  assert.deepEqual(findDates(text).map((d) => text.slice(d.start, d.end)), ['April 7, 2025', '6/2/2025']);
});

test('times of day', () => {
  assert.deepEqual(findTimes('at 10:00 a.m. or 1:30 PM or 9 a.m. or noon').map((t) => t.time), ['10:00 a.m.', '1:30 p.m.', '9:00 a.m.', '12:00 p.m.']);
});

test('a web copy that split the year ("August 27, 20 14") still reads the date; "May 5, 20 14 days later" is no date', () => {
  assert.deepEqual(findDates('Supp Expert Disclosure: August 27, 20 14, Expert Discovery').map((d) => d.iso), ['2014-08-27']);
  assert.deepEqual(findDates('on May 5, 20 14 days later').map((d) => d.iso), []);
});

test('a scanned copy that reads the comma as a period ("November 9.2007", "March 11. 2008") still reads the date; "May 5. Then 2008" is no date', () => {
  assert.deepEqual(findDates('on November 9.2007, and on March 11. 2008. at 10').map((d) => d.iso), ['2007-11-09', '2008-03-11']);
  assert.deepEqual(findDates('May 5. Then 2008 came').map((d) => d.iso), []);
});
