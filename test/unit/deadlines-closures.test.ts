/**
 * Days the court was closed: FRCP 6(a)(3) (clerk's office inaccessible) and 6(a)(6)(B) (a day
 * declared a holiday) count like legal holidays, and FRCP 6(a)(5) moves a backward count to the
 * next earlier open day. The case: "7 days before" a hearing on Thursday 2033-01-27 in
 * D.D.C., with Inauguration Day (Thursday 2033-01-20) closed, is Wednesday 2033-01-19.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { computeDueDate, type ComputeInput } from '../../src-main/core/deadlines/index.js';
import { cli } from '../support/runCli.js';
import { testApi } from '../support/testApi.js';
import { tempDir } from '../support/tempDir.js';

const due = (input: ComputeInput) => {
  const r = computeDueDate(input);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
  return r.value;
};

test('FRCP 6(a)(3) and 6(a)(5): 7 days before a hearing on 2033-01-27, with 2033-01-20 closed, is 2033-01-19', () => {
  const open = due({ from: '2033-01-27', days: 7, direction: 'before' });
  assert.equal(open.dueDate, '2033-01-20', 'without the closure the count lands on Thursday the 20th');
  const closed = due({ from: '2033-01-27', days: 7, direction: 'before', closures: [{ date: '2033-01-20', name: 'Inauguration Day' }] });
  assert.equal(closed.dueDate, '2033-01-19');
  assert.ok(closed.steps.some((s) => /Inauguration Day/.test(s) && /nearest earlier day the court is open: Wednesday, January 19, 2033/.test(s)), closed.steps.join('\n'));
});

test('FRCP 6(a)(3): a closure on the last day of a forward count moves it to the next open day', () => {
  // 21 days after Monday 2021-05-24 is Monday 2021-06-14; closed that day, so Tuesday the 15th.
  assert.equal(due({ from: '2021-05-24', days: 21, closures: [{ date: '2021-06-14', name: 'snow' }] }).dueDate, '2021-06-15');
});

test('cli deadline --before --closed (repeatable) gives 2033-01-19, and --closed with a bad date is refused', () => {
  const r = cli(['deadline', '--from', '2033-01-27', '--days', '7', '--before', '--closed', '2033-01-20', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).dueDate, '2033-01-19');
  const two = cli(['deadline', '--from', '2033-01-27', '--days', '7', '--before', '--closed', '2033-01-20', '--closed', '2033-01-19']);
  assert.equal(two.code, 0, two.stderr);
  assert.match(two.stdout, /^Due: Tuesday, January 18, 2033/);
  const bad = cli(['deadline', '--from', '2033-01-27', '--days', '7', '--closed', '2033-02-30']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /does not exist/);
});

test('cli explain --closed moves an order date that lands on the closed day', () => {
  const order = 'test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt';
  const plain = JSON.parse(cli(['explain', order, '--json']).stdout);
  assert.ok(plain.requirements.some((r: { deadline?: { dueDate?: string } }) => r.deadline?.dueDate === '2021-06-14'));
  const r = cli(['explain', order, '--closed', '2021-06-14', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const dates = JSON.parse(r.stdout).requirements.map((x: { deadline?: { dueDate?: string } }) => x.deadline?.dueDate);
  assert.ok(!dates.includes('2021-06-14') && dates.includes('2021-06-15'), dates.join(','));
});

test('cli closure add|list|remove keeps the days in the case file, and the order dates follow them', async () => {
  const dir = tempDir('closures');
  const file = `${dir}/case.casefile`;
  assert.equal(cli(['new', file, '--case-number', '1:17-cv-00294', '--plaintiff', 'A', '--defendant', 'B']).code, 0);
  let r = cli(['closure', 'add', file, '2021-06-14', '--reason', 'Snow day']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2021-06-14 {2}Monday, June 14, 2021 — Snow day/);
  r = cli(['closure', 'list', file, '--json']);
  assert.deepEqual(JSON.parse(r.stdout), [{ date: '2021-06-14', name: 'Snow day' }]);

  const { api } = testApi();
  assert.ok((await api.call('case.open', { path: file })).ok);
  const added = await api.call('orders.add', { source: { name: 'order.txt', text: fs.readFileSync('test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', 'utf8') } });
  assert.ok(added.ok);
  assert.equal(added.value.requirements.find((x) => x.kind === 'contact')?.dueDate, '2021-06-15', 'the closure moved the 21-day date');
  await api.close();

  r = cli(['closure', 'remove', file, '2021-06-14']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /No days the court was closed/);
  r = cli(['closure', 'remove', file, '2021-06-14']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not on this case file's list/);
});
