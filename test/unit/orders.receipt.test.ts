/**
 * Orders that count "from receipt": the case file keeps the day the order reached the person, and
 * the deadline counts from it with no FRCP 6(d) mail days (6(d) covers periods after service).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApi } from '../support/testApi.js';

const ORDER = 'JANE DOE, Plaintiff, v. ACME CORP., Defendant. Case No. 3:24-cv-05555\nORDER TO SHOW CAUSE\nPlaintiff shall file a written response to this order within thirty days of receipt of this order.\nIT IS SO ORDERED.\nDated: March 1, 2024';

test('a period from receipt waits for the day it arrived, then counts from it without mail days', async () => {
  const { api, file } = testApi();
  assert.ok((await api.call('case.create', { path: file('receipt.casefile'), caption: { caseNumber: '3:24-cv-05555' } })).ok);
  const added = await api.call('orders.add', { source: { name: 'osc.txt', text: ORDER }, servedDate: '2024-03-01', serviceMethod: 'mail' });
  assert.ok(added.ok);
  const before = added.value.requirements.find((r) => r.deadline?.days === 30)!;
  assert.equal(before.dueDate, null);
  assert.match(before.deadline?.pending ?? '', /Enter the day it reached you/);
  const updated = await api.call('orders.update', { orderId: added.value.order.id, patch: { receivedDate: '2024-03-06' } });
  assert.ok(updated.ok);
  assert.equal(updated.value.order.receivedDate, '2024-03-06');
  assert.equal(updated.value.requirements.find((r) => r.deadline?.days === 30)!.dueDate, '2024-04-05');
  const bad = await api.call('orders.update', { orderId: added.value.order.id, patch: { receivedDate: '2024-02-30' } });
  assert.equal(bad.ok, false, 'a date that does not exist is refused');
  await api.close();
});
