/**
 * Issue 12, item 9: a pasted letter is not kept as an order without asking, and a paper added by
 * mistake can be removed; the file keeps it, with when and why. Real case files through the API.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const LETTER =
  'OFFICE OF THE ATTORNEY GENERAL\nJune 1, 2021\n\nRe: Dickson v. Gomez, Case No. 1:17-cv-00294-DAD-BAM (PC)\n\nDear Mr. Dickson:\n\n' +
  "I write about the Court's order of May 24, 2021. I am available for a call next week through the litigation coordinator. " +
  'Please let me know which days work for you.\n\nSincerely,\nJane Roe\nDeputy Attorney General';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('a paper with nothing found is refused until the person says keep it; a removed paper leaves the lists but stays in the file', async () => {
  const dir = tempDir('remove-order');
  const file = path.join(dir, 'x.casefile');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  ok(await api.call('case.create', { path: file, caption: { side: 'plaintiff' } }));

  const refused = await api.call('orders.add', { source: { name: 'pasted text', text: LETTER } });
  assert.equal(refused.ok, false, JSON.stringify(refused));
  assert.ok(!refused.ok && refused.error.field === 'keepIfNothingFound', JSON.stringify(refused));
  assert.ok(!refused.ok && /found nothing this paper asks/.test(refused.error.message));
  assert.deepEqual(ok(await api.call('orders.list', {})), [], 'nothing was kept');

  const kept = ok(await api.call('orders.add', { source: { name: 'pasted text', text: LETTER }, keepIfNothingFound: true }));
  const order = ok(await api.call('orders.add', { source: { name: 'order.txt', text: SEED_ORDER }, servedDate: '2021-05-24', serviceMethod: 'mail' }));
  assert.equal(ok(await api.call('orders.list', {})).length, 2);

  const noReason = await api.call('orders.remove', { orderId: kept.order.id, reason: '  ' });
  assert.ok(!noReason.ok && noReason.error.code === 'bad-input');
  ok(await api.call('orders.remove', { orderId: kept.order.id, reason: 'It is a letter from the lawyer, not an order.' }));
  assert.deepEqual(ok(await api.call('orders.list', {})).map((o) => o.id), [order.order.id]);
  const removed = ok(await api.call('orders.removed', {}));
  assert.equal(removed.length, 1);
  assert.equal(removed[0].reason, 'It is a letter from the lawyer, not an order.');
  const again = await api.call('orders.remove', { orderId: kept.order.id, reason: 'again' });
  assert.ok(!again.ok);

  // Its words are still in the file, as a voided log entry's are.
  ok(await api.call('case.close', {}));
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT original_text, removed_reason FROM orders WHERE id = ?').get(kept.order.id) as { original_text: string; removed_reason: string };
  db.close();
  assert.equal(row.original_text, LETTER);
  assert.equal(row.removed_reason, 'It is a letter from the lawyer, not an order.');
});
