import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeDueDate, type ComputeInput, type DueDate } from '../../src-main/core/deadlines/index.js';

function due(input: ComputeInput): DueDate {
  const result = computeDueDate(input);
  if (!result.ok) assert.fail(`expected a date, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const allSteps = (value: DueDate) => value.steps.join(' ');

describe('the seed order (Dickson v. Gomez, dated Monday, May 24, 2021)', () => {
  test("21 days from the order's date is Monday, June 14, 2021", () => {
    const value = due({ from: '2021-05-24', days: 21, fromLabel: "the order's date" });
    assert.equal(value.dueDate, '2021-06-14');
    assert.deepEqual(value.steps, [
      "May 24, 2021 is the order's date. We do not count that day.",
      '21 days later is Monday, June 14, 2021.',
      'That day is not a weekend or a legal holiday, so the deadline is Monday, June 14, 2021.',
    ]);
  });

  test('30 days from service is Wednesday, June 23, 2021', () => {
    assert.equal(due({ from: '2021-05-24', days: 30 }).dueDate, '2021-06-23');
  });

  test('30 days from service by mail: +3 lands on Saturday June 26 and rolls to Monday June 28', () => {
    const value = due({ from: '2021-05-24', days: 30, serviceByMail: true, fromLabel: 'the day the order was served' });
    assert.equal(value.dueDate, '2021-06-28');
    assert.deepEqual(value.steps, [
      'May 24, 2021 is the day the order was served. We do not count that day.',
      '30 days later is Wednesday, June 23, 2021.',
      'That day is not a weekend or a legal holiday, so the period ends on Wednesday, June 23, 2021.',
      'Service was by mail, so Rule 6(d) adds 3 days: Saturday, June 26, 2021.',
      'June 26, 2021 is a Saturday. June 27, 2021 is a Sunday. When the last day falls on a weekend or legal holiday, the deadline moves to the next day the court is open: Monday, June 28, 2021.',
    ]);
  });
});

describe('weekends and legal holidays at the end of a period (Rule 6(a)(1)(C))', () => {
  test('a period ending on Saturday July 4, 2026 (observed Friday July 3) runs to Monday July 6', () => {
    const value = due({ from: '2026-06-04', days: 30 });
    assert.equal(value.dueDate, '2026-07-06');
    assert.match(allSteps(value), /July 4, 2026 is a Saturday and a legal holiday \(Independence Day\)/);
  });

  test('a period ending on the observed Friday, July 3, 2026, also runs to Monday July 6', () => {
    const value = due({ from: '2026-06-03', days: 30 });
    assert.equal(value.dueDate, '2026-07-06');
    assert.match(allSteps(value), /Friday, July 3, 2026 is a legal holiday \(Independence Day, observed\)/);
  });

  test('a period ending on a Sunday before Memorial Day runs to Tuesday', () => {
    const value = due({ from: '2021-05-20', days: 10 });
    assert.equal(value.dueDate, '2021-06-01');
    assert.match(allSteps(value), /May 30, 2021 is a Sunday/);
    assert.match(allSteps(value), /Monday, May 31, 2021 is a legal holiday \(Memorial Day\)/);
  });

  test('a period ending on Christmas Day runs to the next day', () => {
    const value = due({ from: '2024-11-25', days: 30 });
    assert.equal(value.dueDate, '2024-12-26');
    assert.match(allSteps(value), /Christmas Day/);
  });

  test("a period ending on December 31, 2021 (New Year's Day observed) crosses into 2022", () => {
    const value = due({ from: '2021-12-01', days: 30 });
    assert.equal(value.dueDate, '2022-01-03');
    assert.match(allSteps(value), /Friday, December 31, 2021 is a legal holiday \(New Year's Day, observed\)/);
    assert.match(allSteps(value), /January 1, 2022 is a Saturday and a legal holiday \(New Year's Day\)/);
  });

  test('Juneteenth does not move a 2020 deadline but does move a 2021 one', () => {
    assert.equal(due({ from: '2020-06-09', days: 10 }).dueDate, '2020-06-19');
    const value2021 = due({ from: '2021-06-08', days: 10 });
    assert.equal(value2021.dueDate, '2021-06-21');
    assert.match(allSteps(value2021), /Juneteenth, observed/);
    assert.equal(due({ from: '2024-06-09', days: 10 }).dueDate, '2024-06-20');
  });

  test('a period ending on Thanksgiving runs to Friday (federal holidays only)', () => {
    const value = due({ from: '2025-10-28', days: 30 });
    assert.equal(value.dueDate, '2025-11-28');
    assert.match(allSteps(value), /Thursday, November 27, 2025 is a legal holiday \(Thanksgiving Day\)/);
  });

  test('a user-added court closure on the last day moves the deadline and is named', () => {
    const value = due({
      from: '2021-05-24',
      days: 21,
      closures: [{ date: '2021-06-14', name: 'Court closed (power outage)' }],
    });
    assert.equal(value.dueDate, '2021-06-15');
    assert.match(allSteps(value), /Court closed \(power outage\)/);
  });

  test('a closure in the middle of a period does not change the count (Rule 6(a)(1)(B))', () => {
    const value = due({ from: '2021-05-24', days: 21, closures: [{ date: '2021-06-01', name: 'Closed' }] });
    assert.equal(value.dueDate, '2021-06-14');
  });

  test('a closure with an impossible date is rejected with a human message', () => {
    const result = computeDueDate({ from: '2021-05-24', days: 21, closures: [{ date: '2021-02-30', name: 'Snow day' }] });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.code, 'bad-date');
      assert.match(result.error.message, /Snow day/);
      assert.match(result.error.message, /February 30, 2021 is not a real date/);
    }
  });
});

describe('counting backward (Rule 6(a)(5))', () => {
  test('7 days before a hearing that lands on a holiday moves to the court day before', () => {
    const value = due({ from: '2021-07-12', days: 7, direction: 'before', fromLabel: 'the hearing date' });
    assert.equal(value.dueDate, '2021-07-02');
    assert.match(allSteps(value), /7 days before that is Monday, July 5, 2021/);
    assert.match(allSteps(value), /moves back to the nearest earlier day the court is open: Friday, July 2, 2021/);
  });

  test('7 days before a hearing that lands on a Sunday moves to Friday', () => {
    assert.equal(due({ from: '2021-06-13', days: 7, direction: 'before' }).dueDate, '2021-06-04');
  });

  test('counting back past a weekend holiday also skips its observed Friday', () => {
    // June 20, 2021 is a Sunday; June 19 is Juneteenth (Saturday); June 18 is its observed day.
    assert.equal(due({ from: '2021-06-21', days: 1, direction: 'before' }).dueDate, '2021-06-17');
  });

  test('mail days are not added to a backward count', () => {
    const value = due({ from: '2021-07-12', days: 7, direction: 'before', serviceByMail: true });
    assert.equal(value.dueDate, '2021-07-02');
    assert.match(allSteps(value), /does not apply here/);
  });

  test('a backward count gets no state-holiday note', () => {
    // 2021-03-31 (Cesar Chavez Day) is 7 days before 2021-04-07.
    const value = due({ from: '2021-04-07', days: 7, direction: 'before', state: 'CA' });
    assert.equal(value.dueDate, '2021-03-31');
    assert.equal(value.stateHolidayLater, undefined);
  });
});

describe('Rule 6(d): three days added after the Rule 6(a) period ends', () => {
  test('the 3 days are added after the weekend roll of the 6(a) period, then rolled again', () => {
    // 30 days from 2021-06-05 is Monday, July 5, 2021 (Independence Day, observed): 6(a) ends Tuesday July 6.
    // +3 is Friday July 9, an open day. (Adding 3 to July 5 first would wrongly give Thursday July 8.)
    const value = due({ from: '2021-06-05', days: 30, serviceByMail: true });
    assert.equal(value.dueDate, '2021-07-09');
    assert.match(allSteps(value), /the period runs to the next day the court is open: Tuesday, July 6, 2021/);
    assert.match(allSteps(value), /Rule 6\(d\) adds 3 days: Friday, July 9, 2021/);
  });

  test('the 3 days landing on a Sunday roll to Monday', () => {
    // 6(a) ends Thursday 2024-12-19; +3 is Sunday 12-22, so the deadline is Monday 12-23.
    assert.equal(due({ from: '2024-11-19', days: 30, serviceByMail: true }).dueDate, '2024-12-23');
  });

  test('the 3 days landing on Christmas roll to the next day', () => {
    // 6(a) ends Monday 2025-12-22; +3 is Thursday 12-25 (Christmas), so the deadline is Friday 12-26.
    const value = due({ from: '2025-11-22', days: 30, serviceByMail: true });
    assert.equal(value.dueDate, '2025-12-26');
    assert.match(allSteps(value), /Thursday, December 25, 2025 is a legal holiday \(Christmas Day\)/);
  });
});

describe('zero days', () => {
  test('a 0-day period ends on the trigger day itself when the court is open', () => {
    const value = due({ from: '2021-06-14', days: 0 });
    assert.equal(value.dueDate, '2021-06-14');
    assert.match(allSteps(value), /The period is 0 days/);
    assert.doesNotMatch(allSteps(value), /We do not count that day/);
  });

  test('a 0-day period on a Saturday rolls to Monday', () => {
    assert.equal(due({ from: '2021-06-26', days: 0 }).dueDate, '2021-06-28');
  });
});

describe('bad input', () => {
  test('2023-02-29 is rejected with a human message', () => {
    const result = computeDueDate({ from: '2023-02-29', days: 21 });
    assert.deepEqual(result, {
      ok: false,
      error: { code: 'bad-date', message: 'February 29, 2023 is not a real date. Please check the day and month.' },
    });
  });

  test('leap day 2024-02-29 is accepted', () => {
    assert.equal(due({ from: '2024-02-29', days: 1 }).dueDate, '2024-03-01');
  });

  test('2021-13-01 is rejected', () => {
    const result = computeDueDate({ from: '2021-13-01', days: 21 });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.code, 'bad-date');
      assert.match(result.error.message, /month/);
    }
  });

  test('negative, fractional, too large and non-number days are rejected', () => {
    for (const days of [-1, 1.5, 3651, Number.NaN, Number.POSITIVE_INFINITY, '21' as unknown as number]) {
      const result = computeDueDate({ from: '2021-05-24', days });
      assert.equal(result.ok, false, `days=${String(days)}`);
      if (!result.ok) {
        assert.equal(result.error.code, 'bad-days');
        assert.match(result.error.message, /whole number from 0 to 3650/);
      }
    }
  });

  test('the largest period, 3650 days, is accepted', () => {
    assert.equal(computeDueDate({ from: '2021-05-24', days: 3650 }).ok, true);
  });
});

describe('California state holidays (Rule 6(a)(6)(C)) never move dueDate', () => {
  test('Cesar Chavez Day as the last day: dueDate stays, stateHolidayLater gives the next day with name and source', () => {
    const value = due({ from: '2021-03-10', days: 21, state: 'CA', fromLabel: "the order's date" });
    assert.equal(value.dueDate, '2021-03-31');
    const note = value.stateHolidayLater;
    assert.ok(note, 'expected a state-holiday note');
    assert.equal(note.dueDate, '2021-04-01');
    assert.equal(note.holiday, 'Cesar Chavez Day');
    assert.match(note.source, /Cal\. Gov\. Code § 6700/);
    const noteText = note.steps.join(' ');
    assert.match(noteText, /Thursday, April 1, 2021/);
    assert.match(noteText, /earlier date: Wednesday, March 31, 2021/);
  });

  test('without a state there is no stateHolidayLater', () => {
    const value = due({ from: '2021-03-10', days: 21 });
    assert.equal(value.dueDate, '2021-03-31');
    assert.equal('stateHolidayLater' in value, false);
  });

  test('with a state but no state holiday in the way there is no stateHolidayLater', () => {
    assert.equal(due({ from: '2021-05-24', days: 21, state: 'CA' }).stateHolidayLater, undefined);
  });

  test('the day after Thanksgiving gives a later date with the state', () => {
    const value = due({ from: '2025-10-28', days: 30, state: 'CA' });
    assert.equal(value.dueDate, '2025-11-28');
    assert.equal(value.stateHolidayLater?.dueDate, '2025-12-01');
    assert.equal(value.stateHolidayLater?.holiday, 'Day after Thanksgiving');
  });

  test('a state holiday on the 6(a) end date also shifts the mail-day date', () => {
    // 6(a) ends Friday 2023-03-31 (Cesar Chavez Day). Federal: +3 = Monday 04-03.
    // With the state: the period runs to Monday 04-03; +3 = Thursday 04-06.
    const value = due({ from: '2023-03-01', days: 30, serviceByMail: true, state: 'CA' });
    assert.equal(value.dueDate, '2023-04-03');
    assert.equal(value.stateHolidayLater?.dueDate, '2023-04-06');
  });

  test('a state holiday whose later date is erased by the mail days gives no note', () => {
    // 6(a) ends Wednesday 2021-03-31. Federal: +3 = Saturday 04-03 -> Monday 04-05.
    // With the state: Thursday 04-01 + 3 = Sunday 04-04 -> Monday 04-05. Same date.
    assert.equal(due({ from: '2021-03-01', days: 30, serviceByMail: true, state: 'CA' }).stateHolidayLater, undefined);
  });
});

describe('the steps', () => {
  test('mention the trigger label and the final date', () => {
    const value = due({ from: '2021-05-24', days: 30, serviceByMail: true, fromLabel: 'the day the order was served' });
    assert.match(value.steps[0], /the day the order was served/);
    assert.match(value.steps.at(-1)!, /Monday, June 28, 2021\.$/);
  });

  test('use a plain default label when none is given', () => {
    assert.match(due({ from: '2021-05-24', days: 21 }).steps[0], /^May 24, 2021 is the starting day\./);
  });

  test('say "1 day", not "1 days"', () => {
    assert.match(allSteps(due({ from: '2021-05-24', days: 1 })), /1 day later is Tuesday, May 25, 2021/);
  });
});
