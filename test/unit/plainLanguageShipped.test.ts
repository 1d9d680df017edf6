/**
 * Every sentence the order explainer writes, on every test order, at or below grade 8
 * (Flesch–Kincaid). Court words the app underlines and explains (the glossary) are counted as
 * one short word: the person gets their meaning on hover or focus, so they are not what makes
 * a sentence hard. Everything else counts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { LAST_DAY_MEANING, PRISON_MAILBOX_RULE } from '../../src-main/core/deadlines/index.js';
import { explainOrder } from '../../src-main/core/orders/index.js';
import { readingGrade as gradeWithGlossaryExplained } from '../../src-main/core/plainLanguage/index.js';

const dir = new URL('../fixtures/orders/', import.meta.url);
const orders = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));

for (const file of orders) {
  test(`every summary, explanation, counting step and conflict for ${file} reads at grade 8 or below`, () => {
    const e = explainOrder(fs.readFileSync(path.join(dir.pathname, file), 'utf8'), { servedOn: '2021-05-24', serviceMethod: 'mail', conferenceDate: '2021-06-03' });
    const texts: [string, string][] = [];
    for (const r of e.requirements) {
      texts.push([`${r.id} summary`, r.summary], [`${r.id} explanation`, r.explanation]);
      for (const s of r.deadline?.steps ?? []) texts.push([`${r.id} step`, s]);
      if (r.deadline?.pending) texts.push([`${r.id} pending`, r.deadline.pending]);
    }
    for (const c of e.conflicts) texts.push(['conflict', c.message]);
    const hard = texts.map(([where, t]) => ({ where, t, g: gradeWithGlossaryExplained(t) })).filter((x) => x.g > 8);
    assert.deepEqual(hard.map((h) => `${h.where} (grade ${h.g.toFixed(1)}): ${h.t}`), []);
  });
}

test('the fixed notices about the last day and the prison mailbox rule read at grade 8 or below', () => {
  for (const t of [LAST_DAY_MEANING, PRISON_MAILBOX_RULE]) assert.ok(gradeWithGlossaryExplained(t) <= 8, t);
});
