/**
 * Issue 10's property: over every order in the test fixtures, with random service dates and
 * methods and a random conference day, no date the app shows for an act is later than the
 * earliest date the order's words and FRCP 6 give for that act. "Shows" is what the screens
 * show: the requirement's date after a conflict's safe date is applied (caseOrders/safeDates).
 * The FRCP 6 count here is written again, by hand, apart from the app's: 6(a)(1) exclude the
 * trigger day, count every day, roll a weekend or legal holiday forward (backward for 6(a)(5));
 * 6(d) adds 3 days for mail, clerk and other consented means, then rolls. Legal holidays come
 * from the app's table, which deadlines-holidays.test.ts checks against the published list.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { applySafeDates } from '../../src-main/core/caseOrders/safeDates.js';
import { addDays, legalHolidayName, weekdayName } from '../../src-main/core/deadlines/index.js';
import { explainOrder, type ExplainOptions } from '../../src-main/core/orders/index.js';

const dirs = ['', 'real', 'docket', 'added'].map((d) => path.join('test/fixtures/orders', d));
const orders = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `${path.basename(d)}/${f}`, text: fs.readFileSync(path.join(d, f), 'utf8') })));
const METHODS = ['mail', 'electronic', 'hand', 'clerk', 'other'] as const;

const open = (d: string) => !['Saturday', 'Sunday'].includes(weekdayName(d)) && legalHolidayName(d) === null;
function rollForward(d: string): string {
  let x = d;
  while (!open(x)) x = addDays(x, 1);
  return x;
}
function rollBack(d: string): string {
  let x = d;
  while (!open(x)) x = addDays(x, -1);
  return x;
}

test('no date shown for an act is later than the earliest date its readings and FRCP 6 give', () => {
  assert.ok(orders.length >= 100, `${orders.length} fixture orders`);
  for (const o of orders) {
    const base = explainOrder(o.text).caption.orderDate ?? '2021-05-24';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...METHODS), fc.integer({ min: 0, max: 60 }), (servedAfter, method, conferenceAfter) => {
        const opts: ExplainOptions = { servedOn: addDays(base, servedAfter), serviceMethod: method, conferenceDate: addDays(base, conferenceAfter) };
        const e = explainOrder(o.text, opts);
        const orderDate = e.caption.orderDate ?? base;
        // What the law and the words give for each requirement, counted here by hand.
        const lawful = new Map<string, string>();
        for (const r of e.requirements) {
          const rule = r.rule;
          if (rule === undefined || r.deadline?.dueDate === undefined) continue;
          const days = rule.days ?? (rule.hours !== undefined && rule.hours % 24 === 0 ? rule.hours / 24 : undefined);
          if (rule.trigger === 'fixed-date' && rule.fixedDate !== undefined) lawful.set(r.id, rule.fixedDate);
          else if (rule.dayKind === 'court' || days === undefined) continue;
          else if (rule.direction === 'before' && rule.triggerDate !== undefined) lawful.set(r.id, rollBack(addDays(rule.triggerDate, -days)));
          else if (rule.trigger === 'order-date') lawful.set(r.id, rollForward(addDays(orderDate, days)));
          else if (rule.trigger === 'service') {
            const end = rollForward(addDays(opts.servedOn!, days));
            lawful.set(r.id, ['mail', 'clerk', 'other'].includes(method) ? rollForward(addDays(end, 3)) : end);
          } else if (rule.trigger === 'conference' && rule.triggerDate === undefined) lawful.set(r.id, rollForward(addDays(opts.conferenceDate!, days)));
          else if (rule.triggerDate !== undefined) lawful.set(r.id, rollForward(addDays(rule.triggerDate, days)));
        }
        // Each reading is never later than its own count ...
        for (const r of e.requirements) {
          const law = lawful.get(r.id);
          if (law !== undefined) assert.ok(r.deadline!.dueDate! <= law, `${o.name} ${r.id}: ${r.deadline!.dueDate} > ${law}`);
        }
        // ... and what the screens show for an act is never later than its earliest reading.
        const shown = applySafeDates(
          e.requirements.map((r) => ({ id: r.id, dueDate: r.deadline?.dueDate ?? null, dueDateSetByHand: false, daysLeft: null, ownDueDate: null })),
          e.conflicts,
          () => 0,
        );
        for (const r of e.requirements) {
          const same = e.requirements.filter((x) => x.act === r.act && x.actor === r.actor && lawful.has(x.id));
          const earliest = same.map((x) => lawful.get(x.id)!).sort()[0];
          const mine = shown.find((s) => s.id === r.id)?.dueDate;
          if (earliest !== undefined && mine !== null && mine !== undefined && lawful.has(r.id)) assert.ok(mine <= earliest, `${o.name} ${r.id} (${r.act}): shows ${mine}, earliest reading ${earliest}`);
        }
      }),
      { numRuns: 6, seed: 20261130 },
    );
  }
});
