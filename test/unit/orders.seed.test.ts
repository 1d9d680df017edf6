import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanOrderText, explainOrder, extractRequirements, type Requirement } from '../../src-main/core/orders/index.js';
import { fleschKincaidGrade } from '../../src-main/core/plainLanguage/index.js';
import { assertQuotes, SEED } from '../fixtures/orders/helpers.js';

const extraction = extractRequirements(cleanOrderText(SEED));
const reqs = extraction.requirements;
const byKind = (k: Requirement['kind']) => reqs.filter((r) => r.kind === k);
const one = (k: Requirement['kind']) => {
  const list = byKind(k);
  assert.equal(list.length, 1, `one ${k}`);
  return list[0];
};

test('seed: the expected set of requirements, and no more', () => {
  const kinds = reqs.map((r) => r.kind).sort();
  assert.deepEqual(kinds, ['conduct', 'contact', 'contents', 'file', 'file', 'meet-and-confer', 'other', 'prohibition', 'relief', 'signature', 'stay', 'warning']);
  assert.deepEqual(
    reqs.map((r) => r.id),
    ['meet-and-confer-1', 'contact-1', 'stay-1', 'relief-1', 'conduct-1', 'file-1', 'signature-1', 'contents-1', 'other-1', 'prohibition-1', 'file-2', 'warning-1'],
  );
  assertQuotes(SEED, reqs);
});

test('seed: defense counsel contacts the plaintiff within 21 days of the order, by phone or in person', () => {
  const c = one('contact');
  assert.equal(c.actor, 'defense-counsel');
  assert.equal(c.act, 'contact');
  assert.deepEqual(c.rule, { days: 21, direction: 'after', trigger: 'order-date', triggerWords: 'the date of this order' });
  assert.deepEqual(c.means, ['phone', 'in-person']);
  assert.match(c.quote.text, /^Defense counsel is directed to contact Plaintiff by telephone/);
  assert.match(c.summary, /^Defense counsel .* must call you or set up an in-person meeting\. This must be done within 21 days of the order's date\.$/);
});

test('seed: the parties meet and confer in good faith, by phone or in person; the closing list repeats it', () => {
  const m = one('meet-and-confer');
  assert.equal(m.actor, 'all-parties');
  assert.deepEqual(m.means, ['phone', 'in-person']);
  assert.match(m.summary, /meet and confer in good faith, by phone or in person/);
  assert.ok(m.alsoQuoted?.some((q) => /The parties are ordered to meet and confer/.test(q.text)));
});

test('seed: briefing is stayed, and defendants need not respond until further order', () => {
  const s = one('stay');
  assert.match(s.quote.text, /^Briefing on the motion to compel is stayed/);
  assert.match(s.summary, /on hold/);
  const r = one('relief');
  assert.equal(r.actor, 'defendant');
  assert.match(r.summary, /^The defendants do not have to respond to the motion until the court says otherwise\.$/);
  assert.ok(r.alsoQuoted?.some((q) => /Defendants are relieved of the obligation/.test(q.text)));
});

test('seed: discovery conduct is one grouped requirement', () => {
  const c = one('conduct');
  assert.equal(c.actor, 'all-parties');
  const items = (c.items ?? []).map((i) => i.text).join(' ');
  for (const re of [/good faith/, /complete, accurate, and truthful/, /boilerplate/, /privileged/, /not be allowed at a hearing/]) assert.match(items, re);
  assert.match(c.quote.text, /^In conducting the meet and confer conference[\s\S]*excluded from use at a hearing, motion, or trial\.$/);
});

test('seed: the Joint Statement, its signatures and its contents', () => {
  const [seven, thirty] = byKind('file');
  assert.equal(seven.actor, 'defense-counsel');
  assert.equal(seven.act, 'file:joint-statement');
  assert.deepEqual(seven.rule, { days: 7, direction: 'after', trigger: 'conference', triggerWords: "the parties' conference" });
  assert.ok(thirty.actor === 'unknown' || thirty.actor === 'all-parties');
  assert.equal(thirty.act, 'file:joint-statement');
  assert.equal(thirty.rule?.days, 30);
  assert.equal(thirty.rule?.trigger, 'service');
  assert.deepEqual(thirty.relatedTo, [seven.id]);

  const sig = one('signature');
  assert.equal(sig.actor, 'all-parties');
  assert.match(sig.quote.text, /All parties shall participate[\s\S]*a wet signature is not required\.$/);
  assert.match(sig.summary, /help write the Joint Statement and sign it/);
  assert.equal(extraction.electronicSignaturesAllowed, true);

  const contents = one('contents');
  assert.equal(contents.act, 'contents:joint-statement');
  assert.deepEqual((contents.items ?? []).map((i) => i.label), ['a', 'b', 'c']);
  assert.match(contents.items?.[0].text ?? '', /^Say that the parties met and conferred in good faith .* by phone or in person/);
  assert.match(contents.items?.[1].text ?? '', /^Explain whether the motion to compel was resolved/);
  assert.match(contents.items?.[2].text ?? '', /^If any issues from the motion remain unresolved, point the court to each specific discovery request/);
});

test('seed: no more filings, the court acts next, and the warning', () => {
  const p = one('prohibition');
  assert.equal(p.act, 'prohibition:filings');
  assert.match(p.summary, /^No one may file anything more about the motion to compel unless the court asks for it\.$/);
  const court = one('other');
  assert.equal(court.actor, 'court');
  assert.match(court.summary, /court will issue another order about the motion to compel/);
  const w = one('warning');
  assert.equal(w.actor, 'all-parties');
  assert.match(w.summary, /meet and confer in good faith/);
  assert.match(w.summary, /dismiss \(end\) the case/);
});

test('seed: computed dates (order dated Monday 2021-05-24)', () => {
  const e = explainOrder(SEED);
  assert.equal(e.caption.orderDate, '2021-05-24');
  const get = (id: string) => e.requirements.find((r) => r.id === id);
  assert.equal(get('contact-1')?.deadline?.dueDate, '2021-06-14');
  assert.equal(get('contact-1')?.deadline?.dueDateText, 'Monday, June 14, 2021');
  const thirty = get('file-2')?.deadline;
  assert.equal(thirty?.dueDate, '2021-06-23');
  assert.ok(thirty?.steps.some((s) => /counted from the order's date, because no service date is entered/.test(s)), 'the step says the order date stood in for the service date');
  const seven = get('file-1')?.deadline;
  assert.equal(seven?.dueDate, undefined);
  assert.equal(seven?.pending, '7 days after your conference (not held yet).');
  // Sorted by date, undated last in their original order.
  assert.deepEqual(e.requirements.slice(0, 2).map((r) => r.id), ['contact-1', 'file-2']);
  assert.ok(e.notices.some((n) => /not legal advice/i.test(n)));
  assert.ok(e.notices.some((n) => /prison mailbox rule/.test(n)));
  assert.deepEqual(e.localRules, ['Local Rule 251']);
  assert.equal(e.electronicSignaturesAllowed, true);
  assert.ok(e.cleanedText.startsWith('UNITED STATES DISTRICT COURT'));
});

test('seed: served by mail adds 3 days and rolls off the weekend (Rule 6(d))', () => {
  const e = explainOrder(SEED, { servedOn: '2021-05-24', serviceMethod: 'mail' });
  const thirty = e.requirements.find((r) => r.id === 'file-2')?.deadline;
  assert.equal(thirty?.dueDate, '2021-06-28');
  assert.ok(thirty?.steps.some((s) => /Rule 6\(d\)/.test(s)));
  // Mail service does not touch deadlines counted from the order's date.
  assert.equal(e.requirements.find((r) => r.id === 'contact-1')?.deadline?.dueDate, '2021-06-14');
});

test('seed: the two Joint Statement deadlines conflict', () => {
  const before = explainOrder(SEED);
  assert.equal(before.conflicts.length, 1);
  const c = before.conflicts[0];
  assert.equal(c.act, 'file:joint-statement');
  assert.deepEqual([...c.requirementIds].sort(), ['file-1', 'file-2']);
  assert.match(c.message, /two deadlines/);
  assert.match(c.message, /not held yet/);
  assert.equal(c.safeDueDate, '2021-06-23');

  const held = explainOrder(SEED, { conferenceDate: '2021-06-01' });
  assert.equal(held.requirements.find((r) => r.id === 'file-1')?.deadline?.dueDate, '2021-06-08');
  assert.equal(held.conflicts[0].earlierId, 'file-1');
  assert.equal(held.conflicts[0].safeDueDate, '2021-06-08');
  assert.match(held.conflicts[0].message, /The earlier one is June 8, 2021/);

  const late = explainOrder(SEED, { conferenceDate: '2021-06-20' });
  assert.equal(late.conflicts[0].earlierId, 'file-2');
});

test('seed: an orderDate option overrides the caption date', () => {
  const e = explainOrder(SEED, { orderDate: '2021-05-25' });
  assert.equal(e.caption.orderDate, '2021-05-25');
  assert.equal(e.requirements.find((r) => r.id === 'contact-1')?.deadline?.dueDate, '2021-06-15');
});

test('seed: summaries are short and plain', () => {
  const grades = reqs.map((r) => fleschKincaidGrade(r.summary));
  const avg = grades.reduce((a, b) => a + b, 0) / grades.length;
  assert.ok(avg <= 8.5, `average grade ${avg.toFixed(1)}`);
  for (const r of reqs) {
    assert.ok(r.summary.split(/\s+/).length <= 40, `${r.id} summary is short`);
    assert.match(r.summary, /^[A-Z].*[.]$/);
    const sentences = r.explanation.split(/(?<=[.])\s+/).length;
    assert.ok(sentences >= 2 && sentences <= 4, `${r.id} explanation has 2-4 sentences`);
    assert.ok(fleschKincaidGrade(r.explanation) <= 8.5, `${r.id} explanation is plain`);
  }
});
