/**
 * Every card summary on every real text in test/fixtures/orders reads as a sentence: no doubled
 * words where two phrasings met ("by by", "must must", "a an"), no "must have 30 days" (the duty is
 * the verb after it), no doubled full stop after "a.m.", and no "The court must act" on a dated card
 * (the court sets dates; it is not told to meet them).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { explainOrder } from '../../src-main/core/orders/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'orders');
const BROKEN: [RegExp, string][] = [
  [/\b(by|must|the|to|of|and)\s+\1\b/i, 'a doubled word'],
  [/\b(?:a|an)\s+(?:a|an|the)\b/i, 'two articles'],
  [/\bmust have (?:\d+|[a-z]+(?:-[a-z]+)?) (?:calendar |court |business )?days\b/i, '"must have N days"'],
  [/\.\.(?:\s|$)/, 'a doubled full stop'],
  [/^The court must act\b/, '"The court must act"'],
];

test('card summaries on every real text read as sentences', () => {
  const problems: string[] = [];
  for (const set of ['real', 'docket', 'added']) {
    const dir = path.join(root, set);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const r of explainOrder(fs.readFileSync(path.join(dir, file), 'utf8')).requirements) {
        for (const [re, what] of BROKEN) if (re.test(r.summary)) problems.push(`${set}/${file}: ${what}: ${r.summary}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
