/**
 * Issue 12, item 16: practice mode. The demo case with every date moved by whole weeks to near
 * today; deadlines counted afresh with the holidays of the moved dates; labelled practice on papers.
 * Real case files, the real order reader and deadline counter.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { listOrders } from '../../src-main/core/caseOrders/orderRepository.js';
import { orderView } from '../../src-main/core/caseOrders/orderView.js';
import { listEntries } from '../../src-main/core/contacts/contactLog.js';
import { closeCaseFile, createCaseFile } from '../../src-main/core/db/openCaseFile.js';
import { weekdayNumber } from '../../src-main/core/deadlines/isoDate.js';
import { fillDemoCase } from '../../src-main/core/demo/demoCase.js';
import { DEMO_ORDER_DATE, practiceShiftDays, shiftDatesInText } from '../../src-main/core/demo/practiceDates.js';
import { previewPaper } from '../../src-main/core/papers/index.js';
import { exportCalendar } from '../../src-main/core/papers/index.js';
import { PRACTICE_WATERMARK } from '../../src-main/core/papers/orderFacts.js';
import { tempDir } from '../support/tempDir.js';

const dir = tempDir('practice');
let n = 0;

function practiceCase(today: string) {
  const db = createCaseFile(path.join(dir, `p${++n}.casefile`), '0.0.0-test');
  fillDemoCase(db, { practiceToday: today });
  return db;
}

test('dates move by whole weeks: the order stays a Monday about two weeks ago, and nothing is logged after today', () => {
  for (const today of ['2026-11-30', '2027-02-17', '2030-07-05']) {
    const shift = practiceShiftDays(today);
    assert.equal(shift % 7, 0);
    const db = practiceCase(today);
    try {
      const [order] = listOrders(db);
      assert.equal(weekdayNumber(order.signedDate), weekdayNumber(DEMO_ORDER_DATE));
      const age = (Date.parse(today) - Date.parse(order.signedDate)) / 86_400_000;
      assert.ok(age >= 11 && age <= 17, `order is ${age} days old`);
      assert.ok(order.originalText.includes(`Dated: ${shiftDatesInText('May 24, 2021', shift)}`));
      assert.ok(!order.originalText.includes('2021'), 'no 2021 date is left in the practice order');
      for (const e of listEntries(db, { order: 'oldest', includeVoid: true }).entries) assert.ok(e.content.at.slice(0, 10) <= today, e.content.at);
      const view = orderView(db, order.id, today);
      for (const r of view.requirements) if (r.daysLeft !== null && !r.metBy) assert.ok(r.daysLeft > -30, `${r.summary}: ${r.daysLeft} days`);
    } finally {
      closeCaseFile(db);
    }
  }
});

test('holidays are those of the moved dates: a 21-day period that ends on Labor Day 2027 moves to the Tuesday', () => {
  // The order lands on Monday, August 16, 2027; 21 days later is Monday, September 6, 2027 (Labor Day).
  const db = practiceCase('2027-08-30');
  try {
    const [order] = listOrders(db);
    assert.equal(order.signedDate, '2027-08-16');
    const contact = orderView(db, order.id, '2027-08-30').requirements.find((r) => r.kind === 'contact');
    assert.equal(contact?.dueDate, '2027-09-07');
  } finally {
    closeCaseFile(db);
  }
});

test('every paper and the calendar say practice', () => {
  const db = practiceCase('2026-11-30');
  try {
    for (const paper of ['joint-statement', 'letter', 'contact-log', 'checklist'] as const) {
      const p = previewPaper(db, paper, { today: '2026-11-30' });
      assert.equal(p.model.draftWatermark, PRACTICE_WATERMARK, paper);
    }
    const cal = exportCalendar(db);
    const summaries = cal.text.split(/\r?\n/).filter((l) => l.startsWith('SUMMARY:'));
    assert.ok(summaries.length > 0);
    for (const s of summaries) assert.ok(s.startsWith('SUMMARY:PRACTICE (not real): '), s);
  } finally {
    closeCaseFile(db);
  }
});
