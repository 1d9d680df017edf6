import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fleschKincaidGrade,
  readingReport,
  readingSentences,
} from '../../src-main/core/plainLanguage/index.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed order: a copy in test/fixtures/orders if there is one, else ../shared/orders beside the repo. */
function loadSeedOrder(): string {
  const name = 'dickson-v-gomez-order-2021-05-24.txt';
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const candidates = [path.join(root, 'test', 'fixtures', 'orders', name), path.join(root, '..', 'shared', 'orders', name)];
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) throw new Error(`Seed order not found; looked in:\n${candidates.join('\n')}`);
  return readFileSync(found, 'utf8');
}

const fk = (words: number, sentences: number, syllables: number) =>
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: got ${actual}, expected ${expected}`);

test('one short sentence, by hand: 6 words, 1 sentence, 6 syllables', () => {
  // The(1) cat(1) sat(1) on(1) the(1) mat(1): 0.39*6 + 11.8*1 - 15.59 = -1.45
  const r = readingReport('The cat sat on the mat.');
  assert.deepEqual(
    { words: r.words, sentences: r.sentences, syllables: r.syllables, longestSentenceWords: r.longestSentenceWords },
    { words: 6, sentences: 1, syllables: 6, longestSentenceWords: 6 },
  );
  close(r.grade, -1.45, 'grade');
});

test('two sentences, by hand: 10 words, 2 sentences, 11 syllables', () => {
  // The court filed the order(2). The judge will read it. 0.39*5 + 11.8*1.1 - 15.59 = -0.66
  const r = readingReport('The court filed the order. The judge will read it.');
  assert.equal(r.words, 10);
  assert.equal(r.sentences, 2);
  assert.equal(r.syllables, 11);
  assert.equal(r.longestSentenceWords, 5);
  close(r.grade, -0.66, 'grade');
});

test('a citation and a date stay in one sentence: 9 words, 13 syllables', () => {
  // File(1) it(1) under(2) 42(1) U.S.C.(3) §(2) 1983(1) by(1) [May 24, 2021](1)
  const text = 'File it under 42 U.S.C. § 1983 by May 24, 2021.';
  const r = readingReport(text);
  assert.equal(r.sentences, 1);
  assert.equal(r.words, 9);
  assert.equal(r.syllables, 13);
  close(r.grade, fk(9, 1, 13), 'grade');
  close(fleschKincaidGrade(text), 0.39 * 9 + (11.8 * 13) / 9 - 15.59, 'fleschKincaidGrade');
});

test('a harder sentence, by hand', () => {
  // Complete(2), accurate(3), and(1) truthful(2) discovery(4) responses(3) are(1) required(2).
  // 8 words, 18 syllables: 0.39*8 + 11.8*18/8 - 15.59 = 14.08
  const r = readingReport('Complete, accurate, and truthful discovery responses are required.');
  assert.equal(r.words, 8);
  assert.equal(r.syllables, 18);
  close(r.grade, 14.08, 'grade');
});

test('sentences do not end at U.S.C., No., e.g., a.m., v., initials or Fed. R. Civ. P.', () => {
  assert.deepEqual(readingSentences('See 42 U.S.C. § 1983. The court agrees.'), [
    'See 42 U.S.C. § 1983.',
    'The court agrees.',
  ]);
  assert.equal(readingSentences('Plaintiff filed a motion (ECF No. 70.) Under the rules, no reply is due.').length, 2);
  assert.equal(readingSentences('Bring papers, e.g. Your letters. Call at 9 a.m. Monday.').length, 2);
  assert.equal(readingSentences('Dickson v. Gomez is the case. Barbara A. McAuliffe signed it.').length, 2);
  assert.equal(readingSentences('See Fed. R. Civ. P. 26. It applies.').length, 2);
  assert.equal(readingSentences('The answer is no. The judge agreed.').length, 2);
  assert.equal(readingSentences('Is it due? Yes! File it now.').length, 3);
  assert.equal(readingSentences('He said "stop." Then he left.').length, 2);
});

test('blank lines and list items start new sentences', () => {
  const text = 'The statement shall set forth the following:\n- (a) the dates\n- (b) the result\n\nThat is all';
  assert.equal(readingSentences(text).length, 4);
});

test('dates and numbers count as one short word; list markers and (30) are not read', () => {
  assert.equal(readingReport('It was filed on May 24, 2021.').words, 5);
  assert.equal(readingReport('It was filed on 5/24/2021.').words, 5);
  assert.equal(readingReport('It was filed on 2021-05-24.').words, 5);
  assert.equal(readingReport('It was filed on June 14.').words, 5);
  const days = readingReport('File it within thirty (30) days.');
  assert.equal(days.words, 5);
  assert.equal(days.syllables, 1 + 1 + 2 + 2 + 1);
  const list = readingReport('(a) a statement');
  assert.equal(list.words, 2);
});

test('an empty text has grade 0 and no words', () => {
  assert.deepEqual(readingReport(''), { grade: 0, words: 0, sentences: 0, syllables: 0, longestSentenceWords: 0 });
  assert.equal(fleschKincaidGrade('  —  '), 0);
});

test('a text with no final period is one sentence', () => {
  const r = readingReport('Call the clerk');
  assert.equal(r.sentences, 1);
  assert.equal(r.words, 3);
});

test('the seed order reads well above grade 8 (court writing is hard)', () => {
  const r = readingReport(loadSeedOrder());
  assert.ok(r.grade > 10, `grade ${r.grade}`);
  assert.ok(r.sentences > 20 && r.words > 500, JSON.stringify(r));
});
