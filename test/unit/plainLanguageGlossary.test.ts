import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GLOSSARY,
  NOT_LEGAL_ADVICE,
  NOT_LEGAL_ADVICE_SHORT,
  NotPlainError,
  SELF_HELP,
  SELF_HELP_STEPS,
  analyzeSentences,
  assertPlain,
  formTokens,
  formsOf,
  lookupGlossary,
  readingReport,
} from '../../src-main/core/plainLanguage/index.js';

const MAX_GRADE = 8;

test('every glossary meaning reads at grade 8 or below', () => {
  const failing: string[] = [];
  let hardest = { term: '', grade: -Infinity };
  for (const entry of GLOSSARY) {
    const { grade } = readingReport(entry.plain);
    if (grade > hardest.grade) hardest = { term: entry.term, grade };
    if (grade > MAX_GRADE) failing.push(`${entry.term} (grade ${grade.toFixed(1)})`);
  }
  console.log(`glossary: ${GLOSSARY.length} terms; hardest "${hardest.term}" at grade ${hardest.grade.toFixed(1)}`);
  assert.deepEqual(failing, [], `too hard to read: ${failing.join(', ')}`);
});

test('every glossary example reads at grade 8 or below', () => {
  const failing = GLOSSARY.filter((e) => e.example !== undefined && readingReport(e.example).grade > MAX_GRADE).map(
    (e) => `${e.term} (grade ${readingReport(e.example ?? '').grade.toFixed(1)})`,
  );
  assert.deepEqual(failing, [], `examples too hard to read: ${failing.join(', ')}`);
});

test('every meaning is one or two sentences', () => {
  const failing = GLOSSARY.filter((e) => {
    const n = analyzeSentences(e.plain).length;
    return n < 1 || n > 2;
  }).map((e) => `${e.term}: ${analyzeSentences(e.plain).length} sentences`);
  assert.deepEqual(failing, []);
});

test('the fixed sentences read at grade 8 or below', () => {
  const texts: Record<string, string> = {
    NOT_LEGAL_ADVICE,
    NOT_LEGAL_ADVICE_SHORT,
    SELF_HELP,
    ...Object.fromEntries(SELF_HELP_STEPS.map((s, i) => [`SELF_HELP_STEPS[${i}]`, s])),
  };
  const failing = Object.entries(texts)
    .filter(([, text]) => readingReport(text).grade > MAX_GRADE)
    .map(([name, text]) => `${name} (grade ${readingReport(text).grade.toFixed(1)})`);
  assert.deepEqual(failing, [], `too hard to read: ${failing.join(', ')}`);
});

test('the fixed sentences say what they must', () => {
  assert.ok(NOT_LEGAL_ADVICE.startsWith('This is not legal advice.'));
  assert.equal(NOT_LEGAL_ADVICE_SHORT, 'This is not legal advice.');
  assert.match(SELF_HELP, /clerk’s office/);
  assert.match(SELF_HELP, /web site/);
  assert.match(SELF_HELP, /pro se/);
  assert.match(SELF_HELP, /representing yourself/);
  assert.match(SELF_HELP, /legal aid/);
});

test('no phone number, web address, e-mail or street address anywhere', () => {
  const phone = /\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|\b1-8\d\d\b/;
  const web = /https?:|www\.|\b[\w-]+\.(?:gov|org|com|net|us|edu|info)\b/i;
  const email = /@/;
  const street = /\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Suite|Room)\b|\bP\.?\s?O\.? Box\b/i;
  const texts = [
    NOT_LEGAL_ADVICE,
    SELF_HELP,
    ...SELF_HELP_STEPS,
    ...GLOSSARY.flatMap((e) => [e.term, e.plain, e.example ?? '', ...e.aliases]),
  ];
  for (const text of texts) {
    for (const [name, re] of [['phone number', phone], ['web address', web], ['e-mail', email], ['street address', street]] as const) {
      assert.doesNotMatch(text, re, `${name} in: ${text}`);
    }
  }
});

test('ids are unique and no two entries claim the same wording', () => {
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const entry of GLOSSARY) {
    assert.ok(!ids.has(entry.id), `duplicate id ${entry.id}`);
    ids.add(entry.id);
    assert.match(entry.id, /^[a-z0-9-]+$/);
    for (const form of formsOf(entry)) {
      const key = formTokens(form).join(' ');
      assert.notEqual(key, '', `${entry.id}: "${form}" has no words`);
      const owner = owners.get(key);
      assert.ok(owner === undefined || owner === entry.id, `"${form}" belongs to both ${owner} and ${entry.id}`);
      owners.set(key, entry.id);
    }
  }
});

test('the glossary has every term the brief asked for', () => {
  const required = [
    'pro se', 'in forma pauperis', '§ 1983', '42 U.S.C. § 1983', 'civil rights action', 'motion',
    'motion to compel', 'discovery', 'discovery request', 'request for production', 'interrogatory',
    'request for admission', 'meet and confer', 'good faith', 'ECF No.', 'docket', 'stayed', 'stay',
    'briefing', 'boilerplate objection', 'objection', 'privilege', 'narrowly construed', 'sanctions',
    'dismissal', 'dismissal of the action', 'joint statement', 'magistrate judge', 'district judge',
    'wet signature', 'electronic signature', 'service', 'served', 'plaintiff', 'defendant',
    'defense counsel', 'opposing counsel', 'opposing party', 'order', 'further order', 'local rule',
    'Federal Rules of Civil Procedure', 'deposition', 'excessive force', 'due process', 'hearing',
    'scheduling order', 'protective order', 'order to show cause', 'prisoner', 'state prisoner',
    'litigation coordinator', 'certificate of service', 'declaration under penalty of perjury',
    '28 U.S.C. § 1746', 'prison mailbox rule', 'calendar days', 'court days', 'clerk of court',
    'pleading', 'caption', 'case number', 'exhibit', 'summarily overruled',
  ];
  const missing = required.filter((t) => lookupGlossary(t) === undefined);
  assert.deepEqual(missing, []);
  assert.equal(lookupGlossary('42 U.S.C. § 1983')?.id, 'section-1983');
  assert.equal(lookupGlossary('stayed')?.id, 'stay');
  assert.equal(lookupGlossary('served')?.id, 'service');
  assert.equal(lookupGlossary('state prisoner')?.id, 'prisoner');
  assert.equal(lookupGlossary('the motion'), undefined, 'a phrase with more than the term is not a lookup');
});

test('assertPlain passes plain text and names the hardest sentence of hard text', () => {
  const report = assertPlain('File the paper by Monday. Keep a copy.');
  assert.ok(report.grade <= MAX_GRADE);
  const hard =
    'Call the clerk. Complete, accurate, and truthful discovery responses are required, and boilerplate objections will be summarily overruled.';
  assert.throws(
    () => assertPlain(hard, 8, 'Sample'),
    (err: unknown) =>
      err instanceof NotPlainError &&
      /^Sample reads at grade \d+\.\d, above 8\./.test(err.message) &&
      err.message.includes('boilerplate objections') &&
      !err.message.includes('"Call the clerk."'),
  );
  assert.doesNotThrow(() => assertPlain(hard, 20));
});
