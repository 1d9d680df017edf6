/**
 * A person's notes on a requirement (done, their own wording, a date set by hand) stay on the
 * words of the order they were about, even when a better reader numbers the cards differently.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { notesByPassage } from '../../src-main/core/caseOrders/orderView.js';
import type { RequirementNote } from '../../src-main/core/caseOrders/orderRepository.js';
import type { Requirement } from '../../src-main/core/orders/types.js';
import { testApi } from '../support/testApi.js';

const SEED = fs.readFileSync(new URL('../fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', import.meta.url), 'utf8');

function req(id: string, start: number, end: number): Requirement {
  return { id, kind: 'file', actor: 'plaintiff', act: 'file:x', summary: id, explanation: '', quote: { start, end, text: 'x'.repeat(end - start) } };
}

function note(requirementId: string, anchor: { start: number; end: number } | null, summary: string): RequirementNote {
  return { requirementId, status: 'done', summary, dueDate: null, updatedAt: '2026-01-01T00:00:00Z', anchor };
}

test('a note follows its passage when the reader renumbers the requirements', () => {
  // The note was made on "file-1" about words 100-150; the new reader calls those words "file-2".
  const notes = new Map([['file-1', note('file-1', { start: 100, end: 150 }, 'mine')]]);
  const matched = notesByPassage(notes, [req('file-1', 10, 40), req('file-2', 100, 150)]);
  assert.equal(matched.get('file-2')?.summary, 'mine');
  assert.equal(matched.has('file-1'), false, 'the card now called file-1 is about other words: no note');
});

test('a note follows its passage when the new quote is longer than the old one', () => {
  const notes = new Map([['other-3', note('other-3', { start: 220, end: 260 }, 'mine')]]);
  const matched = notesByPassage(notes, [req('file-1', 200, 300)]);
  assert.equal(matched.get('file-1')?.summary, 'mine');
});

test('a note from before anchors is matched by its id; a note whose passage is gone shows on no card', () => {
  const notes = new Map([
    ['file-1', note('file-1', null, 'old')],
    ['file-9', note('file-9', { start: 5000, end: 5100 }, 'gone')],
  ]);
  const matched = notesByPassage(notes, [req('file-1', 10, 40)]);
  assert.equal(matched.get('file-1')?.summary, 'old');
  assert.equal([...matched.values()].some((n) => n.summary === 'gone'), false);
});

test('orders.setRequirement stores the words the note is about, and a second change updates the same note', async () => {
  const { api, file } = testApi();
  const path = file('anchor.casefile');
  assert.ok((await api.call('case.create', { path, caption: { caseNumber: '1:17-cv-00294' } })).ok);
  const added = await api.call('orders.add', { source: { name: 'order.txt', text: SEED } });
  assert.ok(added.ok);
  const target = added.value.requirements.find((r) => r.kind === 'contact')!;
  assert.ok((await api.call('orders.setRequirement', { orderId: added.value.order.id, requirementId: target.id, status: 'done' })).ok);
  const again = await api.call('orders.setRequirement', { orderId: added.value.order.id, requirementId: target.id, summary: 'Their lawyer must call me by June 14.' });
  assert.ok(again.ok);
  const card = again.value.requirements.find((r) => r.id === target.id)!;
  assert.equal(card.status, 'done');
  assert.equal(card.summary, 'Their lawyer must call me by June 14.');
  await api.close();
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT requirement_id, anchor_start, anchor_end FROM requirement_notes').all() as { requirement_id: string; anchor_start: number; anchor_end: number }[];
  db.close();
  assert.equal(rows.length, 1);
  assert.equal(rows[0].anchor_start, target.quote!.start);
  assert.equal(rows[0].anchor_end, target.quote!.end);
});
