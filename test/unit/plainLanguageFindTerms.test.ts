import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { GLOSSARY, findGlossaryTerms, type TermSpan } from '../../src-main/core/plainLanguage/index.js';

/** The seed order: a copy in test/fixtures/orders if there is one, else ../shared/orders beside the repo. */
function loadSeedOrder(): string {
  const name = 'dickson-v-gomez-order-2021-05-24.txt';
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const candidates = [path.join(root, 'test', 'fixtures', 'orders', name), path.join(root, '..', 'shared', 'orders', name)];
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) throw new Error(`Seed order not found; looked in:\n${candidates.join('\n')}`);
  return readFileSync(found, 'utf8');
}

const found = (text: string) => findGlossaryTerms(text).map((s) => ({ text: text.slice(s.start, s.end), term: s.term }));

function assertWellFormed(text: string, spans: TermSpan[]): void {
  const terms = new Set(GLOSSARY.map((e) => e.term));
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= last, `spans sorted and apart at ${s.start}`);
    assert.ok(s.end > s.start && s.end <= text.length, `span inside the text at ${s.start}`);
    assert.ok(terms.has(s.term), `known term ${s.term}`);
    last = s.end;
  }
}

test('finds the terms the seed order uses', () => {
  const order = loadSeedOrder();
  const spans = findGlossaryTerms(order);
  assertWellFormed(order, spans);
  const byText = new Map<string, string>();
  for (const s of spans) byText.set(order.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' '), s.term);
  const terms = new Set(spans.map((s) => s.term));

  const expected: Array<[text: string, term: string]> = [
    ['pro se', 'pro se'],
    ['in forma pauperis', 'in forma pauperis'],
    ['42 u.s.c. § 1983', '§ 1983'],
    ['motion to compel', 'motion to compel'],
    ['discovery', 'discovery'],
    ['meet and confer', 'meet and confer'],
    ['ecf no.', 'ECF No.'],
    ['stayed', 'stay'],
    ['boilerplate objections', 'boilerplate objection'],
    ['privileges', 'privilege'],
    ['sanctions', 'sanctions'],
    ['dismissal of the action', 'dismissal'],
    ['joint statement', 'joint statement'],
    ['united states magistrate judge', 'magistrate judge'],
    ['good faith', 'good faith'],
    ['wet signature', 'wet signature'],
    ['date of service', 'service'],
  ];
  const missing = expected.filter(([text, term]) => byText.get(text) !== term).map(([text, term]) => `${text} -> ${term}`);
  assert.deepEqual(missing, []);
  for (const term of ['§ 1983', 'magistrate judge', 'service', 'dismissal', 'narrowly construed', 'summarily overruled',
    'defense counsel', 'opposing party', 'further order', 'electronic signature', 'Federal Rules of Civil Procedure',
    'local rule', 'prisoner', 'civil rights action', 'excessive force', 'due process',
    'scheduling order', 'hearing', 'discovery request', 'et al.', 'case number']) {
    assert.ok(terms.has(term), `seed order: ${term}`);
  }
  console.log(`seed order: ${spans.length} spans, ${terms.size} distinct terms`);
});

test('the longest term wins', () => {
  assert.deepEqual(found('Plaintiff filed a motion to compel.'), [
    { text: 'Plaintiff', term: 'plaintiff' },
    { text: 'filed', term: 'filing' },
    { text: 'motion to compel', term: 'motion to compel' },
  ]);
  assert.deepEqual(found('under 42 U.S.C. § 1983, and §1983, and 42 USC 1983'), [
    { text: '42 U.S.C. § 1983', term: '§ 1983' },
    { text: '§1983', term: '§ 1983' },
    { text: '42 USC 1983', term: '§ 1983' },
  ]);
  assert.deepEqual(found('a 28 U.S.C. § 1746 declaration'), [
    { text: '28 U.S.C. § 1746', term: '28 U.S.C. § 1746' },
    { text: 'declaration', term: 'declaration under penalty of perjury' },
  ]);
  assert.deepEqual(found('until further order of the Court'), [{ text: 'further order of the Court', term: 'further order' }]);
  // Longest overall first, not leftmost: the shorter term before it still gets its word.
  assert.deepEqual(found('a discovery request for admission'), [
    { text: 'discovery', term: 'discovery' },
    { text: 'request for admission', term: 'request for admission' },
  ]);
});

test('case does not matter; word boundaries do', () => {
  assert.deepEqual(found('MOTION TO COMPEL'), [{ text: 'MOTION TO COMPEL', term: 'motion to compel' }]);
  assert.deepEqual(found('a promotion, emotions, and a commotion'), []);
  assert.deepEqual(found('Ordered. Orders. ordering'), [{ text: 'Orders', term: 'order' }]);
  assert.deepEqual(found('in forma pauperis'), [{ text: 'in forma pauperis', term: 'in forma pauperis' }]);
});

test('plurals, hyphens, line breaks, apostrophes, abbreviations', () => {
  assert.deepEqual(found('two interrogatories and three motions to compel'), [
    { text: 'interrogatories', term: 'interrogatory' },
    { text: 'motions to compel', term: 'motion to compel' },
  ]);
  assert.deepEqual(found('the meet-and-confer process'), [{ text: 'meet-and-confer', term: 'meet and confer' }]);
  assert.deepEqual(found('meet and\n  confer'), [{ text: 'meet and\n  confer', term: 'meet and confer' }]);
  assert.deepEqual(found('Defendants’ counsel'), [{ text: 'Defendants’ counsel', term: 'defense counsel' }]);
  assert.deepEqual(found('See Fed. R. Civ. P. 26'), [{ text: 'Fed. R. Civ. P.', term: 'Federal Rules of Civil Procedure' }]);
  assert.deepEqual(found('(ECF No. 70)'), [{ text: 'ECF No.', term: 'ECF No.' }]);
  assert.deepEqual(found('/s/ Barbara A. McAuliffe'), [{ text: '/s/', term: 'electronic signature' }]);
});

test('a sentence break is not a gap inside a term', () => {
  assert.deepEqual(found('He called the defense. Counsel did not answer.'), [{ text: 'Counsel', term: 'counsel' }]);
});

test('spans are sorted, apart and inside the text for any text', () => {
  const words = ['motion', 'to', 'compel', 'order', 'further', 'of', 'the', 'court', '§', '1983', '42', 'U.S.C.',
    'meet', 'and', 'confer', 'ECF', 'No.', 'discovery', 'request', 'for', 'admission', 'pro', 'se', '-', '.', '\n', 'x'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.constantFrom(' ', '', '  ', '-'), (parts, sep) => {
      const text = parts.join(sep);
      assertWellFormed(text, findGlossaryTerms(text));
    }),
    { numRuns: 300 },
  );
});

test('a 40-page order (~100 KB) takes well under 50 ms', () => {
  const order = loadSeedOrder();
  let big = '';
  while (big.length < 100_000) big += `${order}\n\n`;
  const t0 = performance.now();
  const first = findGlossaryTerms(big);
  const firstMs = performance.now() - t0;
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    findGlossaryTerms(big);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const median = runs[3];
  console.log(
    `findGlossaryTerms: ${(big.length / 1024).toFixed(0)} KB, ${first.length} spans; ` +
      `first call ${firstMs.toFixed(1)} ms, median of 7 ${median.toFixed(1)} ms`,
  );
  assertWellFormed(big, first);
  assert.ok(median < 50, `median ${median.toFixed(1)} ms`);
  assert.ok(firstMs < 50 * 3, `first call ${firstMs.toFixed(1)} ms (includes building the term index)`);
});
