import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED } from '../fixtures/orders/helpers.js';
import { cleanOrderText, findLineNumbers, toOriginalSpan } from '../../src-main/core/orders/index.js';


const clean = (s: string) => cleanOrderText(s).text;

function assertMapValid(original: string, map: ArrayLike<number>, textLength: number): void {
  assert.equal(map.length, textLength);
  for (let i = 0; i < map.length; i++) {
    assert.ok(map[i] >= 0 && map[i] < original.length, `map[${i}] in range`);
    if (i > 0) assert.ok(map[i] >= map[i - 1], `map is monotonic at ${i}`);
  }
}

test('pleading line numbers inside sentences are removed', () => {
  assert.equal(clean('This action proceeds 18 19 against Defendants'), 'This action proceeds against Defendants');
  assert.equal(clean('1\tAccordingly, IT IS HEREBY ORDERED that:\n2\t1. The parties are ordered'), 'Accordingly, IT IS HEREBY ORDERED that:\n1. The parties are ordered');
  const page = '16 17 Plaintiff is a state prisoner. This action proceeds 18 19 against Defendants Gomez and Rios 20 and against Duncan. 21 On May 21, 2021, Plaintiff filed a motion.';
  assert.equal(clean(page), 'Plaintiff is a state prisoner. This action proceeds against Defendants Gomez and Rios and against Duncan. On May 21, 2021, Plaintiff filed a motion.');
});

test('real numbers stay', () => {
  for (const s of [
    'This action arises under 42 U.S.C. § 1983.',
    'Plaintiff filed a motion (ECF No. 70) and ECF No. 12 was denied.',
    'within twenty-one (21) days of the date of this order',
    'Dated: May 24, 2021',
    'Federal Rules of Civil Procedure 26 and 37 apply.',
    'Defendants shall respond within 14 days.',
  ]) {
    assert.equal(clean(s), s);
  }
  // "1." after a line number is the order's own list number.
  assert.match(clean('5\tIT IS ORDERED:\n6\t1. The parties shall meet.\n7\t2. Plaintiff shall file.'), /^IT IS ORDERED:\n1\. The parties shall meet\.\n2\. Plaintiff shall file\.$/);
});

test('the seed order: every pleading number, tag and duplicate goes; the words stay', () => {
  const { text, map } = cleanOrderText(SEED);
  assertMapValid(SEED, map, text.length);
  assert.ok(text.startsWith('UNITED STATES DISTRICT COURT EASTERN DISTRICT OF CALIFORNIA CHRISTOPHER DICKSON, Case No. 1:17-cv-00294-DAD-BAM (PC) Plaintiff.'));
  assert.match(text, /This action proceeds against Defendants Gomez/);
  assert.match(text, /the parties are relieved of the requirement in Federal Rules of Civil Procedure 26 and 37, and Local Rule 251, to attempt to confer/);
  assert.match(text, /within twenty-one \(21\) days of the date of this order/);
  assert.match(text, /Within seven \(7\) days of the parties' conference/);
  assert.match(text, /3\. Within thirty \(30\) days of the date of service/);
  assert.doesNotMatch(text, /<|>|\*\*|##/);
  assert.equal(text.match(/SO ORDERED/g)?.length, 1);
  assert.equal(text.match(/MAGISTRATE JUDGE/g)?.length, 1);
  assert.ok(text.endsWith('Dated: May 24, 2021 /s/ Barbara A. McAuliffe UNITED STATES MAGISTRATE JUDGE'));
  assert.doesNotMatch(text, /\b2[2-8]\s*$/);
});

test('HTML, markdown, entities and bullets are removed', () => {
  assert.equal(clean('Within <b>thirty</b> (30) days'), 'Within thirty (30) days');
  assert.equal(clean('Within **seven** (7) **days**'), 'Within seven (7) days');
  assert.equal(clean('## ORDER\n- (a) a statement'), 'ORDER\n(a) a statement');
  assert.equal(clean('Smith &amp; Jones&nbsp;LLP'), 'Smith & Jones LLP');
  assert.equal(clean('23\tfoo\n<ul><li>24</li><li>25</li></ul>\t\n26\t\n27\t\n28'), 'foo');
});

test('page headers and footers are removed', () => {
  const t = 'the parties shall\nCase 1:17-cv-00294-DAD-BAM Document 71 Filed 05/24/21 Page 2 of 3\nmeet and confer.\nPage 2 of 3\n- 3 -';
  assert.equal(clean(t), 'the parties shall\nmeet and confer.');
});

test('OCR duplicates and repeated lines are removed', () => {
  assert.equal(clean('IT IS SO ORDERED.\nII IS SO ORDERED.\nDated: May 24, 2021'), 'IT IS SO ORDERED.\nDated: May 24, 2021');
  assert.equal(clean('/s/ Jane Roe UNITED STATES MAGISTRATE JUDGE\nUNITED STATES MAGISTRATE JUDGE'), '/s/ Jane Roe UNITED STATES MAGISTRATE JUDGE');
  const running = ['ROE v. DOE', 'First page.', 'ROE v. DOE', 'Second page.', 'ROE v. DOE', 'Third page.'].join('\n');
  assert.equal(clean(running), 'ROE v. DOE\nFirst page.\nSecond page.\nThird page.');
});

test('words hyphenated across lines are joined; real hyphens stay', () => {
  assert.equal(clean('compel dis-\ncovery responses'), 'compel discovery responses');
  assert.equal(clean('an in-\nperson meeting'), 'an in-person meeting');
  assert.equal(clean('within twenty-\none (21) days'), 'within twenty-one (21) days');
  assert.equal(clean('11  Plaintiff shall file it with-\n12  in fourteen days\n13  of service.'), 'Plaintiff shall file it within fourteen days\nof service.');
});

test('whitespace collapses; control characters go', () => {
  assert.equal(clean('  a \t b\u0000c\u0007d \r\n\r\n\r\n e  '), 'a bcd\n\ne');
  assert.equal(clean('\u201Cquoted\u201D \u2018x\u2019 a\u00A0b'), '"quoted" \'x\' a b');
  assert.equal(clean(''), '');
  assert.equal(clean('\u0000\u0001'), '');
});

test('a cleaned span maps back to the original words', () => {
  const original = '1\tDefense counsel is directed to contact Plaintiff within **twenty-one** (21) days\n2\tof the date of this order.';
  const c = cleanOrderText(original);
  const s = c.text.indexOf('Defense');
  const e = c.text.indexOf('order.') + 'order.'.length;
  const span = toOriginalSpan(c.map, s, e, original.length);
  assert.equal(original.slice(span.start, span.end), 'Defense counsel is directed to contact Plaintiff within **twenty-one** (21) days\n2\tof the date of this order.');
  assertMapValid(original, c.map, c.text.length);
});

test('line-number detection needs a run, not a lone number', () => {
  assert.deepEqual(findLineNumbers('He owes 5 dollars.'), []);
  assert.equal(findLineNumbers('a 3 b 4 c 5 d').length, 3);
});
