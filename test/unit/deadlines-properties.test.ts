import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, computeDueDate, legalHolidayName, weekdayName, type DueDate } from '../../src-main/core/deadlines/index.js';

const anyDay = fc.integer({ min: 0, max: 365 * 15 }).map((n) => addDays('2019-01-01', n));
const anyPeriod = fc.integer({ min: 0, max: 400 });

const isOpen = (date: string) => !['Saturday', 'Sunday'].includes(weekdayName(date)) && legalHolidayName(date) === null;

function due(from: string, days: number, more: { direction?: 'after' | 'before'; serviceByMail?: boolean; state?: 'CA' } = {}): DueDate {
  const result = computeDueDate({ from, days, ...more });
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

test('counting forward always ends on an open day, on or after the last day, skipping only closed days', () => {
  fc.assert(
    fc.property(anyDay, anyPeriod, (from, days) => {
      const last = addDays(from, days);
      const { dueDate } = due(from, days);
      assert.ok(isOpen(dueDate));
      assert.ok(dueDate >= last);
      for (let d = last; d < dueDate; d = addDays(d, 1)) assert.ok(!isOpen(d), `${d} was open but skipped`);
    }),
  );
});

test('counting backward always ends on an open day, on or before the last day', () => {
  fc.assert(
    fc.property(anyDay, anyPeriod, (from, days) => {
      const last = addDays(from, -days);
      const { dueDate } = due(from, days, { direction: 'before' });
      assert.ok(isOpen(dueDate));
      assert.ok(dueDate <= last);
      for (let d = last; d > dueDate; d = addDays(d, -1)) assert.ok(!isOpen(d), `${d} was open but skipped`);
    }),
  );
});

test('service by mail gives at least 3 more days than the same period without it', () => {
  fc.assert(
    fc.property(anyDay, anyPeriod, (from, days) => {
      const plain = due(from, days).dueDate;
      const mailed = due(from, days, { serviceByMail: true }).dueDate;
      assert.ok(mailed >= addDays(plain, 3));
      assert.ok(isOpen(mailed));
    }),
  );
});

test('a state never moves dueDate, and its note is only ever later', () => {
  fc.assert(
    fc.property(anyDay, anyPeriod, fc.boolean(), (from, days, serviceByMail) => {
      const federal = due(from, days, { serviceByMail });
      const withState = due(from, days, { serviceByMail, state: 'CA' });
      assert.equal(withState.dueDate, federal.dueDate);
      if (withState.stateHolidayLater) {
        assert.ok(withState.stateHolidayLater.dueDate > federal.dueDate);
        assert.ok(withState.stateHolidayLater.holiday.length > 0);
        assert.ok(withState.stateHolidayLater.source.length > 0);
      }
    }),
  );
});

test('adding days and taking them away returns the same day', () => {
  fc.assert(
    fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
      assert.equal(addDays(addDays(date, n), -n), date);
    }),
  );
});
