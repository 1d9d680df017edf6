/**
 * Issue 10, item 8: when the order gives two deadlines for the same act, every place that shows a
 * date for it shows the earlier one (meeting it meets both). The seed order (Dickson v. Gomez, E.D.
 * Cal., ECF No. 70) asks for the Joint Statement "within 7 days" of the conference and "within 30
 * days" of service: with a June 3 conference and mail service on May 24, 2021, June 10 and June 28.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { testApi } from '../support/testApi.js';

const SEED = fs.readFileSync(new URL('../fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', import.meta.url), 'utf8');

test('the later Joint Statement reading shows the safe date (June 10) everywhere, keeping its own June 28 beside it', async () => {
  const { api, file } = testApi();
  assert.ok((await api.call('case.create', { path: file('safe.casefile'), caption: { caseNumber: '1:17-cv-00294', partyName: 'C. Dickson', side: 'plaintiff' } })).ok);
  const added = await api.call('orders.add', { source: { name: 'order.txt', text: SEED }, servedDate: '2021-05-24', serviceMethod: 'mail' });
  assert.ok(added.ok);
  assert.ok((await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', minutes: 20, startedBy: 'them' } })).ok);

  const view = await api.call('orders.get', { orderId: added.value.order.id });
  assert.ok(view.ok);
  const statement = view.value.requirements.filter((r) => r.kind === 'file');
  assert.equal(statement.length, 2);
  assert.deepEqual(statement.map((r) => r.dueDate), ['2021-06-10', '2021-06-10']);
  assert.deepEqual(statement.map((r) => r.ownDueDate).sort(), [null, '2021-06-28'].sort());
  assert.equal(view.value.conflicts[0]?.safeDueDate, '2021-06-10');

  const upcoming = await api.call('deadlines.upcoming', {});
  assert.ok(upcoming.ok);
  assert.ok(!upcoming.value.items.some((i) => i.dueDate === '2021-06-28'), 'no list shows the later reading as the date');
  await api.close();
});

test('a date the person set by hand is theirs: a conflict does not move it', async () => {
  const { api, file } = testApi();
  assert.ok((await api.call('case.create', { path: file('hand.casefile'), caption: { caseNumber: '1:17-cv-00294' } })).ok);
  const added = await api.call('orders.add', { source: { name: 'order.txt', text: SEED }, servedDate: '2021-05-24', serviceMethod: 'mail' });
  assert.ok(added.ok);
  assert.ok((await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', minutes: 20, startedBy: 'them' } })).ok);
  const later = added.value.requirements.find((r) => r.deadline?.trigger === 'service' && r.kind === 'file')!;
  const set = await api.call('orders.setRequirement', { orderId: added.value.order.id, requirementId: later.id, dueDate: '2021-06-25' });
  assert.ok(set.ok);
  const r = set.value.requirements.find((x) => x.id === later.id)!;
  assert.equal(r.dueDate, '2021-06-25');
  assert.equal(r.dueDateSetByHand, true);
  await api.close();
});
