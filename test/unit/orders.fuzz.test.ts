import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanOrderText, explainOrder, extractRequirements, orderSentences } from '../../src-main/core/orders/index.js';
import { assertQuotes, SEED } from '../fixtures/orders/helpers.js';

/** Pieces real orders and broken copies are made of. */
const PIECES = [
  ' ', ' ', '\n', '\t', '\r\n', '\n\n', '. ', ', ', '; ', ': ',
  '1', '2', '3', '17', '18', '19', '28', '29', '(21)', '42 U.S.C. § 1983', 'ECF No. 70', '(ECF No. 70.)', 'No.', 'et al.', 'Fed. R. Civ. P. 37',
  'shall', 'must', 'file', 'serve', 'within', 'twenty-one', 'thirty', 'days', 'of the date of this order', 'after service', 'before the hearing',
  'Plaintiff', 'Defendants', 'Defense counsel', 'The parties', 'the Court', 'IT IS SO ORDERED.', 'IT IS HEREBY ORDERED that:', 'Joint Statement',
  'is stayed', 'is relieved of', 'Failure to comply', 'may result in dismissal', 'No additional filings', 'Electronic signatures are acceptable',
  'May 24, 2021', '5/24/2021', '05/24/21', '2021-05-24', '10:00 a.m.', 'set forth the following:', '(a)', '(b)', 'and (c)',
  '<b>', '</b>', '<ul><li>24</li></ul>', '<!-- x -->', '&amp;', '&#0;', '&#xD800;', '**', '## ', '- ', 'dis-\n', 'twenty-\n',
  'Case 1:17-cv-00294-DAD-BAM Document 71 Filed 05/24/21 Page 2 of 3', 'Page 2 of 3', 'II IS SO ORDERED.', '/s/ Jane Roe',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u2028', '\ufeff', '\ufb01', '\ud83d\ude00', '\ud800', '\udfff',
  'é', 'ß', 'İ', 'Ω', '中文', '—', '“', '”', '’', '§', '¶',
];

const piece = fc.constantFrom(...PIECES);
const fromPieces = fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(''));
const longLine = fc.tuple(piece, fc.integer({ min: 1000, max: 20000 })).map(([p, n]) => p.repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n));
const mutatedSeed = fc
  .array(fc.tuple(fc.nat({ max: SEED.length }), fc.nat({ max: 40 }), fc.oneof(piece, fc.string({ maxLength: 10 }))), { maxLength: 12 })
  .map((edits) => {
    let s = SEED;
    for (const [at, del, ins] of edits) s = s.slice(0, Math.min(at, s.length)) + ins + s.slice(Math.min(at, s.length) + del);
    return s;
  });
const anyText = fc.oneof(
  { weight: 4, arbitrary: fromPieces },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 2, arbitrary: mutatedSeed },
  { weight: 1, arbitrary: longLine },
);

function checkOne(original: string, budgetMs = 1000): void {
  const started = performance.now();
  const cleaned = cleanOrderText(original);
  const { text, map } = cleaned;
  assert.equal(map.length, text.length);
  for (let i = 0; i < map.length; i++) {
    if (map[i] < 0 || map[i] >= original.length) assert.fail(`map[${i}] = ${map[i]} out of range`);
    if (i > 0 && map[i] < map[i - 1]) assert.fail(`map not monotonic at ${i}`);
  }
  for (const s of orderSentences(text)) assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
  const { requirements } = extractRequirements(cleaned);
  assertQuotes(original, requirements);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < budgetMs, `took ${elapsed.toFixed(0)} ms`);
}

test('fuzz: 10,000 random and mutated inputs never throw, stay fast, and keep valid offsets', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      checkOne(s);
    }),
    { numRuns: 10_000, seed: 20210524 },
  );
});

test('fuzz: explainOrder never throws on odd input', () => {
  fc.assert(
    fc.property(fc.oneof(fromPieces, mutatedSeed), fc.constantFrom<'mail' | 'electronic' | null>('mail', 'electronic', null), (s, method) => {
      const e = explainOrder(s, { serviceMethod: method, servedOn: 'not a date', conferenceDate: '2021-02-30' });
      assertQuotes(s, e.requirements);
    }),
    { numRuns: 500, seed: 7 },
  );
});

test('large inputs stay near linear', () => {
  const big = SEED.repeat(200);
  const started = performance.now();
  const { requirements } = extractRequirements(cleanOrderText(big));
  const elapsed = performance.now() - started;
  assert.ok(requirements.length > 0);
  assert.ok(elapsed < 15_000, `1.4 MB took ${elapsed.toFixed(0)} ms`);
  for (const nasty of ['1 '.repeat(100_000), '(a) '.repeat(50_000), 'a.'.repeat(100_000), '-\n'.repeat(100_000), '<'.repeat(100_000), '&'.repeat(100_000), '\n'.repeat(200_000)]) {
    const t0 = performance.now();
    // Catastrophic backtracking takes minutes; a busy CI machine takes a second or two.
    checkOne(nasty, 3000);
    assert.ok(performance.now() - t0 < 3000, `pathological input of ${nasty.length} chars`);
  }
});
