import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  LAST_DAY_MEANING,
  PRISON_MAILBOX_RULE,
  addDays,
  formatLongDate,
  parseIsoDate,
  weekdayName,
} from '../../src-main/core/deadlines/index.js';

describe('reading a date (strict YYYY-MM-DD)', () => {
  test('a real date is accepted as written', () => {
    assert.deepEqual(parseIsoDate('2021-05-24'), { ok: true, value: '2021-05-24' });
    assert.deepEqual(parseIsoDate(' 2021-05-24 '), { ok: true, value: '2021-05-24' });
  });

  test('leap day 2024-02-29 is valid and 2023-02-29 is rejected with a human message', () => {
    assert.equal(parseIsoDate('2024-02-29').ok, true);
    assert.deepEqual(parseIsoDate('2023-02-29'), {
      ok: false,
      error: { code: 'bad-date', message: 'February 29, 2023 is not a real date. Please check the day and month.' },
    });
    assert.equal(parseIsoDate('2000-02-29').ok, true);
    assert.equal(parseIsoDate('2100-02-29').ok, false);
  });

  test('February 30, 2021 is not a real date', () => {
    const result = parseIsoDate('2021-02-30');
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.message, 'February 30, 2021 is not a real date. Please check the day and month.');
  });

  test('2021-13-01 is rejected: there is no month 13', () => {
    const result = parseIsoDate('2021-13-01');
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.code, 'bad-date');
      assert.match(result.error.message, /There is no month 13/);
    }
  });

  test('other shapes are rejected with an example of the right one', () => {
    for (const text of ['6/14/2021', '2021-6-14', '20210614', '2021-06-14T00:00:00Z', 'June 14, 2021']) {
      const result = parseIsoDate(text);
      assert.equal(result.ok, false, text);
      if (!result.ok) assert.match(result.error.message, /like 2021-05-24/);
    }
  });

  test('an empty date asks for one', () => {
    const result = parseIsoDate('  ');
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.message, /Please enter a date/);
  });

  test('a year that is almost surely a typo is rejected', () => {
    assert.equal(parseIsoDate('0021-05-24').ok, false);
    assert.equal(parseIsoDate('2021-00-10').ok, false);
    assert.equal(parseIsoDate('2021-01-00').ok, false);
  });

  test('a non-string is rejected, not thrown', () => {
    assert.equal(parseIsoDate(undefined as unknown as string).ok, false);
    assert.equal(parseIsoDate(20210524 as unknown as string).ok, false);
  });
});

describe('writing a date', () => {
  test('formatLongDate writes "Monday, June 14, 2021"', () => {
    assert.equal(formatLongDate('2021-06-14'), 'Monday, June 14, 2021');
    assert.equal(formatLongDate('2024-02-29'), 'Thursday, February 29, 2024');
  });

  test('weekdayName names the day of the week', () => {
    assert.equal(weekdayName('2021-05-24'), 'Monday');
    assert.equal(weekdayName('2021-06-26'), 'Saturday');
  });
});

describe('adding days (UTC arithmetic only)', () => {
  test('adds and subtracts across months, years and leap days', () => {
    assert.equal(addDays('2021-05-24', 21), '2021-06-14');
    assert.equal(addDays('2021-12-31', 1), '2022-01-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-02-28', 1), '2023-03-01');
    assert.equal(addDays('2021-03-01', -1), '2021-02-28');
    assert.equal(addDays('2021-05-24', 0), '2021-05-24');
  });

  test('daylight-saving changes in the computer time zone never add or lose a day', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London']) {
        process.env.TZ = zone;
        assert.equal(addDays('2021-03-13', 1), '2021-03-14', zone);
        assert.equal(addDays('2021-03-14', 1), '2021-03-15', zone);
        assert.equal(addDays('2021-11-07', 1), '2021-11-08', zone);
        assert.equal(addDays('2021-03-28', 1), '2021-03-29', zone);
        assert.equal(formatLongDate('2021-06-14'), 'Monday, June 14, 2021', zone);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  test('a date that does not exist or a fractional day count is a programming error and throws', () => {
    assert.throws(() => addDays('2021-02-30', 1), RangeError);
    assert.throws(() => addDays('2021-05-24', 0.5), RangeError);
  });
});

describe('plain-words explanations', () => {
  test("the last day (Rule 6(a)(4)) ends at midnight in the court's time zone or when the clerk's office closes", () => {
    assert.match(LAST_DAY_MEANING, /midnight in the court's time zone/);
    assert.match(LAST_DAY_MEANING, /clerk's office/);
    assert.match(LAST_DAY_MEANING, /6\(a\)\(4\)/);
  });

  test('the prison mailbox rule cites Houston v. Lack and says it does not change the deadline', () => {
    assert.match(PRISON_MAILBOX_RULE, /Houston v\. Lack, 487 U\.S\. 266 \(1988\)/);
    assert.match(PRISON_MAILBOX_RULE, /hand it to prison staff for mailing/);
    assert.match(PRISON_MAILBOX_RULE, /does not change your deadline/);
  });
});
