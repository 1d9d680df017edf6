/**
 * A date the order names that falls on a day the clerk's office is closed. FRCP 6(a)(1)(C) moves
 * the last day of a counted period; it may not move a date the court names, so the app keeps the
 * date (never later) and, per FRCP 6(a)(4), says when to file on paper to be safe.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateCertainOnClosedDay } from '../../src-main/core/deadlines/index.js';
import { explainOrder } from '../../src-main/core/orders/index.js';
import { readingGrade } from '../../src-main/core/plainLanguage/index.js';

test('FRCP 6(a)(4): a named Sunday, Sun 2024-03-17, keeps its date and says to file on paper by Fri 2024-03-15', () => {
  const note = dateCertainOnClosedDay('2024-03-17');
  assert.ok(note !== null);
  assert.match(note, /That day is a Sunday\./);
  assert.match(note, /file by Friday, March 15, 2024/);
  for (const s of note.split(/(?<=\.)\s+/)) assert.ok(readingGrade(s) <= 8, s);
});

test('FRCP 6(a)(6)(A): a named Memorial Day, Mon 2024-05-27, says to file on paper by Fri 2024-05-24; an open Tuesday needs no note', () => {
  assert.match(dateCertainOnClosedDay('2024-05-27') ?? '', /legal holiday \(Memorial Day\).*file by Friday, May 24, 2024/);
  assert.equal(dateCertainOnClosedDay('2024-05-28'), null);
});

test('from an order: the paper due on a Sunday keeps the Sunday as its date, with the note; a hearing set that day gets no filing note', () => {
  const e = explainOrder('ORDER\nPlaintiff shall file his response on or before Sunday, March 17, 2024. A hearing is set for March 17, 2024 at 9:00 a.m.\nDated: March 1, 2024');
  const paper = e.requirements.find((r) => r.kind !== 'appearance' && r.deadline?.dueDate !== undefined);
  assert.equal(paper?.deadline?.dueDate, '2024-03-17', JSON.stringify(e.requirements.map((r) => [r.kind, r.deadline?.dueDate])));
  assert.ok(paper?.deadline?.steps.some((s) => /file by Friday, March 15, 2024/.test(s)));
  const hearing = e.requirements.find((r) => r.kind === 'appearance');
  assert.ok(hearing !== undefined && !hearing.deadline?.steps.some((s) => /file by/.test(s)));
});
