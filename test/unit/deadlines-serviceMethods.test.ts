/**
 * FRCP 5(b)(2) service methods and the 3 days of FRCP 6(d): added for (C) mail, (D) leaving it with
 * the clerk and (F) other means consented to in writing; not for (A)/(B) hand delivery or (E)
 * electronic service (taken out of 6(d) by the 2016 amendment).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { computeDueDate, SERVICE_METHODS, type ServiceMethod } from '../../src-main/core/deadlines/index.js';
import { addsThreeDays } from '../../src-main/core/deadlines/rule6d.js';
import { migrations } from '../../src-main/core/db/migrations/index.js';
import { explainOrder } from '../../src-main/core/orders/index.js';
import { cli } from '../support/runCli.js';

const due = (method: ServiceMethod | null) => {
  const r = computeDueDate({ from: '2021-05-24', days: 30, serviceMethod: method });
  assert.ok(r.ok);
  return r.value;
};

test('FRCP 6(d): 3 days for 5(b)(2)(C) mail, (D) clerk and (F) other consented means only', () => {
  assert.deepEqual(
    SERVICE_METHODS.filter((m) => addsThreeDays(m)),
    ['mail', 'clerk', 'other'],
  );
  assert.equal(addsThreeDays(''), false, 'not sure: no extra days, the earlier and safe date');
  assert.equal(addsThreeDays(null), false);
});

test('30 days from service on Monday 2021-05-24: hand (5(b)(2)(A)) and electronic (5(b)(2)(E)) give June 23; mail, clerk, other give June 28', () => {
  assert.equal(due(null).dueDate, '2021-06-23');
  assert.equal(due('hand').dueDate, '2021-06-23');
  assert.equal(due('electronic').dueDate, '2021-06-23');
  // June 23 + 3 = Saturday June 26, which rolls to Monday June 28 (6(a)(1)(C) after 6(d)).
  assert.equal(due('mail').dueDate, '2021-06-28');
  assert.equal(due('clerk').dueDate, '2021-06-28');
  assert.equal(due('other').dueDate, '2021-06-28');
});

test('the steps name the way it was served', () => {
  assert.ok(due('clerk').steps.some((s) => s.startsWith('Service was by leaving it with the court clerk, so Rule 6(d) adds 3 days')));
  assert.ok(due('mail').steps.some((s) => s.startsWith('Service was by mail, so Rule 6(d) adds 3 days')));
  assert.ok(!due('electronic').steps.some((s) => /6\(d\) adds/.test(s)));
});

test('the order explainer uses the same rule: 30 days after service of the seed order, left with the clerk', () => {
  const text = 'IT IS HEREBY ORDERED that Plaintiff shall file a response within thirty (30) days from the date of service of this order.';
  const dates = (m: ServiceMethod) => explainOrder(text, { servedOn: '2021-05-24', serviceMethod: m }).requirements.map((r) => r.deadline?.dueDate).filter(Boolean);
  assert.deepEqual(dates('clerk'), ['2021-06-28']);
  assert.deepEqual(dates('electronic'), ['2021-06-23']);
});

test('migration 4 lets an order say clerk or other, and keeps orders, notes and added requirements', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, 3)) db.exec(m);
  db.exec(`INSERT INTO orders VALUES (1, 'Order', '70', '2021-05-24', '2021-05-24', 'mail', 'text', 'x.txt', 'abc', '2021-05-25T00:00:00Z');
    INSERT INTO requirement_notes VALUES (1, 'r1', 'done', NULL, NULL, '2021-05-25T00:00:00Z');
    INSERT INTO added_requirements VALUES (1, 1, 'Call them', 'plaintiff', '', 'confirmed', '2021-05-25T00:00:00Z');`);
  assert.throws(() => db.exec("UPDATE orders SET service_method = 'clerk'"), /CHECK/);
  db.transaction(() => db.exec(migrations[3])).immediate();
  db.exec("UPDATE orders SET service_method = 'clerk'");
  assert.equal((db.prepare('SELECT service_method FROM orders').get() as { service_method: string }).service_method, 'clerk');
  assert.equal((db.prepare('SELECT count(*) AS n FROM requirement_notes').get() as { n: number }).n, 1);
  assert.equal((db.prepare('SELECT count(*) AS n FROM added_requirements').get() as { n: number }).n, 1);
  assert.throws(() => db.exec("UPDATE orders SET service_method = 'pigeon'"), /CHECK/);
  assert.throws(() => db.exec("INSERT INTO requirement_notes VALUES (9, 'r1', 'done', NULL, NULL, 'x')"), /FOREIGN KEY/);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
});

test('cli deadline --service takes every method and refuses others', () => {
  for (const [method, expected] of [['clerk', '2021-06-28'], ['other', '2021-06-28'], ['hand', '2021-06-23'], ['electronic', '2021-06-23']] as const) {
    const r = cli(['deadline', '--from', '2021-05-24', '--days', '30', '--service', method, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).dueDate, expected, method);
  }
  const bad = cli(['deadline', '--from', '2021-05-24', '--days', '30', '--service', 'pigeon']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /mail, electronic, hand, clerk, other/);
});
