/**
 * The explainer on real court texts it was not written for: the orders and docket entries in
 * test/fixtures/orders/{real,docket,added}, keyed by careful reading (see each folder's README).
 * Holds the floor the issue sets: at least 95% of keyed deadlines found on the first two sets
 * (90% on the newest, least-tuned one), no date later than the key's, no deadline on a date the
 * order only recites, every date in the text accounted for, and the summaries at an average
 * grade of 8 or below with none above 10. `npm run score:orders` prints the detail.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { explainOrder, validateOrderText } from '../../src-main/core/orders/index.js';
import { readingGrade } from '../../src-main/core/plainLanguage/index.js';
import { fixtureSets, scoreSet } from '../../scripts/orderScore.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FLOOR: Record<string, number> = { real: 0.95, docket: 0.95, added: 0.9 };
const CEILING: Record<string, { wrongActors: number; extras: number }> = {
  real: { wrongActors: 3, extras: 6 },
  // Sets H to N (187 docket entries, 126 orders, keyed blind) came with more of both; most wrong actors left
  // there are a bankruptcy clerk's dates for the debtor or the creditors, read as "the order does not say who".
  docket: { wrongActors: 80, extras: 18 },
  added: { wrongActors: 46, extras: 100 },
};

for (const dir of fixtureSets(root)) {
  const name = path.basename(dir);
  test(`${name}: deadlines found, none late, none on a recited past date, no date dropped`, () => {
    const s = scoreSet(dir);
    assert.ok(s.files.length >= 15, `${name} has its texts`);
    const missed = s.files.flatMap((f) => f.missed.map((m) => `${f.file}: ${m.trigger} ${m.days ?? ''} ${m.dueDate ?? ''} ${m.what ?? ''}`));
    assert.ok(s.found / s.expected >= (FLOOR[name] ?? 0.95), `${name}: found ${s.found}/${s.expected}; missed:\n${missed.join('\n')}`);
    assert.deepEqual(s.files.flatMap((f) => f.late.map((l) => `${f.file}: ${l.given.dueDate} > ${l.expected.dueDate}`)), []);
    // One known disagreement in the newest set, kept visible rather than hidden: N.C. Gardner's discussion says the
    // certificate "should be filed by July 12, 2022" (the local-rule default); the order then stays the case and sets
    // September 2. The app still lists July 12, the earlier and so the safe reading; the key calls it superseded.
    const allowed = name === 'added' ? 1 : 0;
    const onPast = s.files.flatMap((f) => f.onPastDates.map((p) => `${f.file}: ${p.dueDate} ${p.label}`));
    assert.ok(onPast.length <= allowed, `deadlines on dates the order only recites:\n${onPast.join('\n')}`);
    assert.deepEqual(s.files.flatMap((f) => f.droppedDates.map((d) => `${f.file}: ${d}`)), []);
  });

  // Who must act, and nothing invented: held at what the explainer reads today, so a change that
  // tells the person the court (or the other side) will do their task shows up here. The counts may only go down.
  test(`${name}: wrong actors and unexpected deadlines do not grow`, () => {
    const s = scoreSet(dir);
    const ceiling = CEILING[name] ?? { wrongActors: 0, extras: 0 };
    const list = (pick: (f: (typeof s.files)[number]) => string[]) => s.files.flatMap(pick).join('\n');
    assert.ok(s.wrongActors <= ceiling.wrongActors, `${name}: ${s.wrongActors} wrong actors (at most ${ceiling.wrongActors}):\n${list((f) => f.wrongActors.map((w) => `${f.file}: expected ${w.expected.actor}, got ${w.given.actor}: ${w.given.label}`))}`);
    assert.ok(s.extras <= ceiling.extras, `${name}: ${s.extras} unexpected deadlines (at most ${ceiling.extras}):\n${list((f) => f.extras.map((g) => `${f.file}: ${g.label}`))}`);
  });

  test(`${name}: every summary reads at grade 8 or below on average, none above 10`, () => {
    const grades: { g: number; where: string }[] = [];
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const e = explainOrder(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const r of e.requirements) grades.push({ g: readingGrade(r.summary), where: `${f} ${r.id}: ${r.summary}` });
      // The reasons under "Other dates in this order" are fixed sentences: each at grade 8 or below.
      for (const o of e.otherDates) assert.ok(readingGrade(o.why) <= 8, `${f} other date ${o.date}: ${o.why}`);
    }
    const avg = grades.reduce((a, x) => a + x.g, 0) / grades.length;
    assert.ok(avg <= 8, `average grade ${avg.toFixed(2)}`);
    assert.deepEqual(grades.filter((x) => x.g > 10).map((x) => `${x.g.toFixed(1)} ${x.where}`), []);
  });
}

test('every real order and docket entry is accepted as a court text, not refused as "not a court order"', () => {
  for (const dir of fixtureSets(root)) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const r = validateOrderText(fs.readFileSync(path.join(dir, f), 'utf8'));
      assert.ok(r.ok, `${path.basename(dir)}/${f}: ${r.ok ? '' : r.error.message}`);
    }
  }
});

test('quotes point into the original text of every real order, markup-free summaries', () => {
  for (const dir of fixtureSets(root)) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const e = explainOrder(text);
      for (const r of e.requirements) {
        for (const q of [r.quote, ...(r.alsoQuoted ?? [])]) assert.equal(text.slice(q.start, q.end), q.text, `${f} ${r.id}`);
        assert.doesNotMatch(r.summary, /\*\*|<\/?[a-z]+>|\bIf you has\b/, `${f} ${r.id}`);
      }
      for (const o of e.otherDates) assert.equal(text.slice(o.quote.start, o.quote.end), o.quote.text, `${f} other date ${o.date}`);
    }
  }
});
