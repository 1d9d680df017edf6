/**
 * An order is explained once per text and settings: the copy each caller gets is its own, and a
 * change to anything that moves a date (the served date here) gives a fresh explanation.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { explainOnce } from '../../src-main/core/caseOrders/explainedOnce.js';
import { explainOrder } from '../../src-main/core/orders/index.js';

const sample = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'orders', 'dickson-v-gomez-order-2021-05-24.txt'), 'utf8');

test('the same order twice: the same explanation as the explainer gives, each caller with its own copy', () => {
  const options = { orderDate: '2021-05-24', servedOn: '2021-05-24', serviceMethod: 'mail' as const };
  const first = explainOnce(sample, options);
  assert.deepEqual(first, explainOrder(sample, options));
  first.requirements[0].summary = 'changed by one screen';
  const second = explainOnce(sample, options);
  assert.notEqual(second.requirements[0].summary, 'changed by one screen');
  assert.deepEqual(second, explainOrder(sample, options));
});

test('a different served date is a different explanation, not the one kept from before', () => {
  const early = explainOnce(sample, { orderDate: '2021-05-24', servedOn: '2021-05-24', serviceMethod: 'mail' });
  const late = explainOnce(sample, { orderDate: '2021-05-24', servedOn: '2021-06-01', serviceMethod: 'mail' });
  const dates = (e: typeof early) => e.requirements.map((r) => r.deadline?.dueDate ?? '').join(',');
  assert.notEqual(dates(early), dates(late));
  assert.equal(dates(late), dates(explainOrder(sample, { orderDate: '2021-05-24', servedOn: '2021-06-01', serviceMethod: 'mail' })));
});
