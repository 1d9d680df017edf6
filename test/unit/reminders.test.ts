import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remindersToShow } from '../../src-main/core/caseOrders/reminders.js';
import type { UpcomingDeadline } from '../../src-main/core/caseOrders/orderView.js';

const item = (over: Partial<UpcomingDeadline>): UpcomingDeadline => ({
  kind: 'file', met: false, orderId: 1, orderTitle: 'Order', requirementId: 'file-1', summary: 'File the Joint Statement.', actor: 'all-parties',
  dueDate: '2021-06-23', pending: null, daysLeft: 2, status: 'new', quote: null, ...over,
});

test('a deadline 3 days away or less is shown once a day, not again the same day', () => {
  const first = remindersToShow([item({})], '2021-06-21', {});
  assert.equal(first.show.length, 1);
  assert.match(first.show[0].title, /due in 2 days/);
  assert.match(first.show[0].body, /not legal advice/);
  const again = remindersToShow([item({})], '2021-06-21', first.lastShown);
  assert.equal(again.show.length, 0);
  const tomorrow = remindersToShow([item({ daysLeft: 1 })], '2021-06-22', again.lastShown);
  assert.equal(tomorrow.show.length, 1);
});

test('no reminder for far, done, dismissed, met or undated deadlines; a passed one is reminded', () => {
  const r = remindersToShow(
    [item({ daysLeft: 10 }), item({ status: 'done', requirementId: 'a' }), item({ status: 'dismissed', requirementId: 'b' }), item({ met: true, requirementId: 'c' }), item({ daysLeft: null, dueDate: null, requirementId: 'd' }), item({ daysLeft: -2, requirementId: 'e' })],
    '2021-06-21',
    {},
  );
  assert.equal(r.show.length, 1);
  assert.match(r.show[0].title, /was due 2 days ago/);
});
