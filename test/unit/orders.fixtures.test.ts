import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainOrder, type ExplainOptions, type Requirement, type RequirementKind, type Actor, type Trigger } from '../../src-main/core/orders/index.js';
import { fleschKincaidGrade } from '../../src-main/core/plainLanguage/index.js';
import { assertQuotes, fixture } from '../fixtures/orders/helpers.js';

/** What a test order must yield: one entry per requirement, in the order's own sequence. */
interface Expected {
  kind: RequirementKind;
  actor: Actor;
  act?: string;
  days?: number;
  trigger?: Trigger;
  direction?: 'after' | 'before';
  fixedDate?: string;
  dueDate?: string;
  optional?: boolean;
  summary?: RegExp;
}

interface Case {
  file: string;
  opts?: ExplainOptions;
  expected: Expected[];
  conflicts?: number;
}

const CASES: Case[] = [
  {
    // N.D. Cal. magistrate judge: in-person/video meeting, then a joint letter of five pages at most.
    file: 'ndcal-joint-letter.txt',
    expected: [
      { kind: 'meet-and-confer', actor: 'all-parties', days: 10, trigger: 'order-date', dueDate: '2025-02-13', summary: /in person or by video\. This must be done within 10 calendar days/ },
      { kind: 'conduct', actor: 'all-parties', summary: /does not count/ },
      { kind: 'file', actor: 'all-parties', act: 'file:joint-letter', days: 5, trigger: 'conference', summary: /^If any disputes remain/ },
      { kind: 'contents', actor: 'unknown', act: 'contents:joint-letter', summary: /no longer than five pages and must include these 3 things/ },
      { kind: 'other', actor: 'plaintiff', optional: true },
    ],
  },
  {
    // E.D. Cal. Local Rule 251 with a hearing date: the joint statement counts back from the hearing.
    file: 'edcal-lr251-hearing.txt',
    expected: [
      { kind: 'appearance', actor: 'all-parties', act: 'appear:hearing:2025-04-07', trigger: 'fixed-date', fixedDate: '2025-04-07', summary: /^Plan to be at the hearing\. It is set for Monday, April 7, 2025 at 10:00 a\.m\.$/ },
      { kind: 'meet-and-confer', actor: 'all-parties' },
      { kind: 'contact', actor: 'defense-counsel', trigger: 'fixed-date', fixedDate: '2025-03-17', dueDate: '2025-03-17', summary: /call you or set up a video meeting by March 17, 2025/ },
      { kind: 'file', actor: 'all-parties', act: 'file:joint-statement', days: 7, direction: 'before', trigger: 'conference', dueDate: '2025-03-31' },
      { kind: 'signature', actor: 'all-parties' },
      { kind: 'file', actor: 'plaintiff', act: 'file:declaration', optional: true, summary: /^If defendants do not cooperate/ },
      { kind: 'prohibition', actor: 'defendant', summary: /must not file a separate opposition brief/ },
      { kind: 'warning', actor: 'all-parties', summary: /may punish/ },
    ],
  },
  {
    // Order to show cause: respond in 14 days or the case may be dismissed.
    file: 'osc-response.txt',
    expected: [
      { kind: 'respond', actor: 'plaintiff', act: 'respond:order', days: 14, trigger: 'order-date', dueDate: '2024-11-26', summary: /written response .* why the case should not be dismissed\. This must be done within 14 days/ },
      { kind: 'other', actor: 'plaintiff', optional: true },
      { kind: 'warning', actor: 'plaintiff', summary: /^If you do not file a response to this Order on time, the court will dismiss \(end\) the case\.$/ },
      { kind: 'serve', actor: 'court', summary: /mail a copy of this Order to you at your address/ },
    ],
  },
  {
    // A scheduling order: fixed dates, in words and as 6/2/2025.
    file: 'scheduling-fixed-dates.txt',
    expected: [
      { kind: 'file', actor: 'unknown', act: 'file:motion-to-join', trigger: 'fixed-date', fixedDate: '2025-01-17' },
      { kind: 'other', actor: 'all-parties', trigger: 'fixed-date', fixedDate: '2025-03-03', summary: /^All fact discovery must be completed by March 3, 2025\.$/ },
      { kind: 'other', actor: 'all-parties', trigger: 'fixed-date', fixedDate: '2025-04-14' },
      { kind: 'file', actor: 'unknown', act: 'file:dispositive-motions', fixedDate: '2025-06-02', summary: /June 2, 2025/ },
      { kind: 'appearance', actor: 'all-parties', fixedDate: '2025-05-08', summary: /Mandatory Settlement Conference\. It is set for Thursday, May 8, 2025 at 9:30 a\.m\./i },
      { kind: 'file', actor: 'all-parties', act: 'file:settlement-statement', fixedDate: '2025-05-01' },
      { kind: 'warning', actor: 'all-parties' },
    ],
  },
  {
    // Pleading paper: line numbers, page stamps, a page number, words split across lines.
    file: 'pleading-noise.txt',
    expected: [
      { kind: 'respond', actor: 'defendant', days: 21, trigger: 'service', dueDate: '2022-09-06', summary: /file an opposition\. This must be done within 21 days/ },
      { kind: 'respond', actor: 'plaintiff', days: 14, trigger: 'filing', optional: true },
      { kind: 'warning', actor: 'all-parties', summary: /throw out \(strike\) papers/ },
      { kind: 'file', actor: 'plaintiff', act: 'file:notice-of-change-of-address', days: 7, trigger: 'order-date', dueDate: '2022-08-23' },
    ],
  },
  {
    // A numbered list with dates written 6/7/2021 and 06/21/21.
    file: 'numbered-list-dates.txt',
    expected: [
      { kind: 'other', actor: 'all-parties', fixedDate: '2021-06-07', summary: /by June 7, 2021/ },
      { kind: 'respond', actor: 'defendant', act: 'respond:complaint', fixedDate: '2021-06-21' },
      { kind: 'serve', actor: 'plaintiff', fixedDate: '2021-08-02', summary: /to the defendant\. This must be done by August 2, 2021/ },
      { kind: 'appearance', actor: 'all-parties', act: 'appear:telephone-status-conference:2021-09-13', fixedDate: '2021-09-13' },
      { kind: 'other', actor: 'all-parties', act: 'call-in' },
      { kind: 'file', actor: 'all-parties', act: 'file:joint-status-report', days: 14, direction: 'before', trigger: 'conference', dueDate: '2021-08-30' },
      { kind: 'file', actor: 'plaintiff', act: 'file:notice', days: 7, trigger: 'other' },
    ],
  },
  {
    // A prisoner case with two deadlines for the same response.
    file: 'prisoner-case.txt',
    opts: { servedOn: '2023-02-16', serviceMethod: 'mail' },
    conflicts: 1,
    expected: [
      { kind: 'respond', actor: 'defendant', act: 'respond:motion', days: 21, trigger: 'order-date', dueDate: '2023-03-07' },
      { kind: 'respond', actor: 'plaintiff', days: 14, trigger: 'filing', optional: true },
      { kind: 'respond', actor: 'defendant', act: 'respond:motion', days: 30, trigger: 'service', dueDate: '2023-03-23' },
      { kind: 'other', actor: 'plaintiff', summary: /^You must keep the court informed of your current address\.$/ },
      { kind: 'file', actor: 'plaintiff', act: 'file:notice-of-change-of-address', days: 10, trigger: 'other' },
    ],
  },
];

function check(r: Requirement & { deadline?: { dueDate?: string } }, e: Expected, where: string): void {
  assert.equal(r.kind, e.kind, `${where}: kind`);
  assert.equal(r.actor, e.actor, `${where}: actor`);
  if (e.act !== undefined) assert.equal(r.act, e.act, `${where}: act`);
  if (e.days !== undefined) assert.equal(r.rule?.days, e.days, `${where}: days`);
  if (e.trigger !== undefined) assert.equal(r.rule?.trigger, e.trigger, `${where}: trigger`);
  if (e.direction !== undefined) assert.equal(r.rule?.direction, e.direction, `${where}: direction`);
  if (e.fixedDate !== undefined) assert.equal(r.rule?.fixedDate, e.fixedDate, `${where}: fixed date`);
  if (e.dueDate !== undefined) assert.equal(r.deadline?.dueDate, e.dueDate, `${where}: due date`);
  if (e.optional !== undefined) assert.equal(r.optional === true, e.optional, `${where}: optional`);
  if (e.summary !== undefined) assert.match(r.summary, e.summary, `${where}: summary`);
}

for (const c of CASES) {
  test(`fixture ${c.file}: expected requirements`, () => {
    const original = fixture(c.file);
    const e = explainOrder(original, c.opts ?? {});
    // Compare in the order's own sequence (ids are numbered that way), not by date.
    const inText = [...e.requirements].sort((a, b) => a.quote.start - b.quote.start);
    assert.deepEqual(
      inText.map((r) => `${r.kind}/${r.actor}`),
      c.expected.map((x) => `${x.kind}/${x.actor}`),
      'the same requirements in the same order',
    );
    c.expected.forEach((x, i) => check(inText[i], x, `${c.file} #${i + 1}`));
    assertQuotes(original, e.requirements);
    assert.equal(e.conflicts.length, c.conflicts ?? 0, 'conflicts');
    for (const r of e.requirements) {
      assert.ok(fleschKincaidGrade(r.summary) <= 14, `${r.id} summary reads at grade ${fleschKincaidGrade(r.summary).toFixed(1)}: ${r.summary}`);
      assert.ok(!/\b(?:shall|hereby|pursuant|forthwith)\b/i.test(r.summary), `${r.id} summary has no legalese: ${r.summary}`);
    }
    const dated = e.requirements.map((r) => r.deadline?.dueDate).filter((d): d is string => d !== undefined);
    assert.deepEqual(dated, [...dated].sort(), 'dated requirements come first, earliest first');
  });
}

test('fixture pleading-noise: the cleaned text has no page furniture', () => {
  const e = explainOrder(fixture('pleading-noise.txt'));
  const t = e.cleanedText;
  assert.match(t, /motion to compel discovery responses from defendants/);
  assert.match(t, /file an opposition to plaintiff's motion within twenty-one \(21\) days after service/);
  assert.match(t, /sanctions, including the striking of any late-filed brief/);
  assert.doesNotMatch(t, /Document 33|Page \d of 2/);
  assert.doesNotMatch(t, /(?:^|\s)(?:1[0-9]|2[0-8])\s/);
});

test('fixture prisoner-case: the conflict names the earlier deadline; the prison mailbox rule is explained', () => {
  const e = explainOrder(fixture('prisoner-case.txt'), { servedOn: '2023-02-16', serviceMethod: 'mail' });
  const c = e.conflicts[0];
  assert.equal(c.act, 'respond:motion');
  assert.equal(c.earlierId, 'respond-1');
  assert.equal(c.safeDueDate, '2023-03-07');
  assert.match(c.message, /The earlier one is March 7, 2023/);
  assert.equal(e.caption.prisoner.isPrisoner, true);
  assert.ok(e.notices.some((n) => /prison mailbox rule/.test(n)));
  const r = e.requirements.find((x) => x.id === 'respond-3');
  assert.deepEqual(r?.relatedTo, ['respond-1']);
});

test('fixture edcal: local rules and the hearing time are kept', () => {
  const e = explainOrder(fixture('edcal-lr251-hearing.txt'));
  assert.deepEqual(e.localRules, ['Local Rule 251', 'Local Rule 251(b)']);
  const js = e.requirements.find((r) => r.act === 'file:joint-statement');
  assert.equal(js?.rule?.triggerDate, '2025-04-07');
  assert.equal(js?.rule?.time, '10:00 a.m.');
  assert.equal(e.electronicSignaturesAllowed, false);
});

test('a "within N days" without a starting point counts from the order and says so', () => {
  const text = 'UNITED STATES DISTRICT COURT\nIT IS ORDERED that Plaintiff shall file an amended complaint within thirty (30) days.\nDated: March 1, 2024';
  const e = explainOrder(text);
  const r = e.requirements[0];
  assert.equal(r.kind, 'file');
  assert.equal(r.rule?.triggerAssumed, true);
  assert.equal(r.deadline?.dueDate, '2024-04-01');
  assert.ok(r.deadline?.steps.some((s) => /does not say when the days start/.test(s)));
});

test('two commands in one sentence become two requirements; "thereafter" waits for the step before', () => {
  const text = 'UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\nAny opposition shall be filed within 21 days of the date of this order; any reply shall be filed within 7 days thereafter.\nDated: May 1, 2024';
  const e = explainOrder(text);
  const [opp, reply] = [...e.requirements].sort((a, b) => a.quote.start - b.quote.start);
  assert.equal(opp.act, 'respond');
  assert.equal(opp.deadline?.dueDate, '2024-05-22');
  assert.match(opp.quote.text, /^Any opposition shall be filed within 21 days of the date of this order$/);
  assert.equal(reply.rule?.trigger, 'filing');
  assert.equal(reply.deadline?.dueDate, undefined);
  assert.match(reply.deadline?.pending ?? '', /^7 days after/);
  assertQuotes(text, e.requirements);
});

test('state holidays and court closures reach the date computation', () => {
  const text = 'UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nPlaintiff shall file a status report within seven (7) days of the date of this order.\nDated: March 24, 2025';
  const plainDate = explainOrder(text).requirements[0].deadline;
  assert.equal(plainDate?.dueDate, '2025-03-31');
  assert.equal(plainDate?.stateHolidayLater, undefined);
  const ca = explainOrder(text, { state: 'CA' }).requirements[0].deadline;
  assert.equal(ca?.dueDate, '2025-03-31');
  assert.equal(ca?.stateHolidayLater?.dueDate, '2025-04-01');
  const closed = explainOrder(text, { closures: [{ date: '2025-03-31', name: 'Court closed' }] }).requirements[0].deadline;
  assert.equal(closed?.dueDate, '2025-04-01');
});

test('words in capitals and warnings to one party', () => {
  const text = 'UNITED STATES DISTRICT COURT\nPLAINTIFF IS WARNED THAT FAILURE TO FILE AN OPPOSITION WILL RESULT IN DISMISSAL OF THIS ACTION.\nDated: May 1, 2024';
  const [w] = explainOrder(text).requirements;
  assert.equal(w.kind, 'warning');
  assert.equal(w.actor, 'plaintiff');
  assert.equal(w.summary, 'If you do not file an opposition, the court will dismiss (end) the case.');
});
