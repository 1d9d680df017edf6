import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables } from '../../src-main/core/plainLanguage/index.js';

/**
 * Dictionary counts: Merriam-Webster's syllable breaks; where its pronunciations differ,
 * the count most people say (which is also a CMU Pronouncing Dictionary count).
 * Choices worth knowing: "every" = 2 (MW \ˈev-rē\, CMU 2 or 3); "privilege" = 3
 * (MW priv·i·lege; CMU says 2).
 */
const KNOWN: ReadonlyArray<readonly [string, number]> = [
  // the words the brief named
  ['the', 1], ['court', 1], ['order', 2], ['deadline', 2], ['lawyer', 2], ['evidence', 3],
  ['sanctions', 2], ['dismissal', 3], ['discovery', 4], ['privilege', 3], ['interrogatory', 6],
  ['statement', 2], ['conference', 3], ['telephone', 3], ['every', 2],
  // words from court orders
  ['interrogatories', 6], ['plaintiff', 2], ['defendant', 3], ['defendants', 3], ['counsel', 2],
  ['magistrate', 3], ['judge', 1], ['motion', 2], ['compel', 2], ['request', 2],
  ['production', 3], ['admission', 3], ['boilerplate', 3], ['objection', 3], ['objections', 3],
  ['summarily', 4], ['overruled', 3], ['privileges', 4], ['narrowly', 3], ['construed', 2],
  ['disfavored', 3], ['signature', 3], ['electronic', 4], ['service', 2], ['served', 1],
  ['stayed', 1], ['briefing', 2], ['hearing', 2], ['deposition', 4], ['excessive', 3],
  ['procedure', 3], ['federal', 3], ['perjury', 3], ['coordinator', 5], ['litigation', 4],
  ['certificate', 4], ['declaration', 4], ['calendar', 3], ['pleading', 2], ['caption', 2],
  ['exhibit', 3], ['scheduling', 3], ['protective', 3], ['docket', 2], ['pursuant', 3],
  ['prisoner', 3], ['proceeding', 3], ['violations', 4], ['requirement', 3], ['compelling', 3],
  ['voluntary', 4], ['compliance', 3], ['encouraged', 3], ['reimposed', 3], ['appropriate', 4],
  ['referenced', 3], ['directed', 3], ['obligation', 4], ['complete', 2], ['accurate', 3],
  ['truthful', 2], ['responses', 3], ['violate', 3], ['incomplete', 3], ['generally', 4],
  ['properly', 3], ['disclosed', 2], ['excluded', 3], ['trial', 2], ['participate', 4],
  ['preparation', 4], ['acceptable', 4], ['unresolved', 3], ['accordingly', 4],
  ['imposition', 4], ['ordered', 2], ['conferred', 2], ['relieved', 2], ['hereby', 2],
  ['issue', 2], ['issues', 2], ['review', 2], ['further', 2], ['rights', 1], ['joint', 1],
  ['opposing', 3], ['California', 4], ['retaliation', 5], ['opinion', 3], ['foregoing', 3],
  // everyday words with the usual traps
  ['table', 2], ['tables', 2], ['handled', 2], ['rules', 1], ['judges', 2], ['filed', 1],
  ['needed', 2], ['boxes', 2], ['makes', 1], ['being', 2], ['going', 2], ['trying', 2],
  ['saying', 2], ['quiet', 2], ['client', 2], ['patient', 2], ['earlier', 3], ['science', 2],
  ['people', 2], ['area', 3], ['idea', 3], ['create', 2], ['created', 3], ['great', 1],
  ['league', 1], ['argue', 2], ['value', 2], ['actual', 3], ['usual', 3], ['language', 2],
  ['question', 2], ['equal', 2], ['unique', 2], ['someone', 2], ['everyone', 3],
  ['therefore', 2], ['whereas', 2], ['timeline', 2], ['likely', 2], ['lately', 2],
  ['safety', 2], ['yes', 1], ['you', 1], ['beyond', 2], ['employee', 3], ['eye', 1],
  ['period', 3], ['prior', 2], ['video', 3], ['theory', 3], ['surgeon', 2], ['fashion', 2],
  ['continuous', 4], ['criticism', 4], ['hundred', 2], ['business', 2], ['wednesday', 2],
  ['family', 3], ['several', 3], ['different', 3], ['a', 1], ['I', 1], ['by', 1], ['they', 1],
];

test('syllable counts match the dictionary for at least 90% of known words', () => {
  assert.ok(KNOWN.length >= 60, 'the list has at least 60 words');
  const misses = KNOWN.filter(([w, n]) => countSyllables(w) !== n).map(
    ([w, n]) => `${w}: dictionary ${n}, counted ${countSyllables(w)}`,
  );
  const exact = (KNOWN.length - misses.length) / KNOWN.length;
  console.log(`syllables: ${KNOWN.length - misses.length}/${KNOWN.length} exact (${(exact * 100).toFixed(1)}%)`);
  if (misses.length > 0) console.log(`  misses: ${misses.join('; ')}`);
  assert.ok(exact >= 0.9, `only ${(exact * 100).toFixed(1)}% exact: ${misses.join('; ')}`);
});

test('the words the brief named are all exact', () => {
  for (const [w, n] of KNOWN.slice(0, 15)) assert.equal(countSyllables(w), n, w);
});

test('abbreviations are read letter by letter; numbers are one short word', () => {
  assert.equal(countSyllables('U.S.C.'), 3);
  assert.equal(countSyllables('U.S.'), 2);
  assert.equal(countSyllables('ECF'), 3);
  assert.equal(countSyllables('FRCP'), 4);
  assert.equal(countSyllables('PC'), 2);
  assert.equal(countSyllables('e.g.'), 2);
  assert.equal(countSyllables('i.e.,'), 2);
  assert.equal(countSyllables('a.m.'), 2);
  assert.equal(countSyllables('L.R.'), 2);
  assert.equal(countSyllables('v.'), 1);
  assert.equal(countSyllables('No.'), 1);
  assert.equal(countSyllables('Fed.'), 1);
  assert.equal(countSyllables('Civ.'), 1);
  assert.equal(countSyllables('Mr.'), 2);
  assert.equal(countSyllables('21'), 1);
  assert.equal(countSyllables('2021'), 1);
  assert.equal(countSyllables('1,000'), 1);
  assert.equal(countSyllables('26(b)(1)'), 1);
  assert.equal(countSyllables('1:17-cv-00294-DAD-BAM'), 1);
  assert.equal(countSyllables('§'), 2);
  assert.equal(countSyllables('&'), 1);
});

test('upper case words that are not abbreviations are read as words', () => {
  assert.equal(countSyllables('ORDER'), 2);
  assert.equal(countSyllables('MAGISTRATE'), 3);
  assert.equal(countSyllables('UNITED'), 3);
  assert.equal(countSyllables('DAD'), 1);
});

test('hyphens, slashes, apostrophes and punctuation', () => {
  assert.equal(countSyllables('in-person'), 3);
  assert.equal(countSyllables('set-up'), 2);
  assert.equal(countSyllables('twenty-one'), 3);
  assert.equal(countSyllables('copy-and-paste'), 4);
  assert.equal(countSyllables('and/or'), 2);
  assert.equal(countSyllables("Plaintiff's"), 2);
  assert.equal(countSyllables('parties’'), 2);
  assert.equal(countSyllables('"order,"'), 2);
  assert.equal(countSyllables('(ECF'), 3);
  assert.equal(countSyllables('McAuliffe'), 3);
  assert.equal(countSyllables(''), 0);
  assert.equal(countSyllables('—'), 0);
  assert.equal(countSyllables('...'), 0);
});

test('every word of one letter or more counts at least one syllable', () => {
  for (const w of ['b', 'th', 'hmm', 'shh', 'se', 'be', 'she', 'ye', 'Zürich', 'naïve']) {
    assert.ok(countSyllables(w) >= 1, w);
  }
});
