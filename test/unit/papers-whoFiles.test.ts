/**
 * Issue 12, items 1 and 2: the joint statement says who files it and who signs it from the
 * order's own words, the "send by" day is earlier than the filing deadline, and the declaration
 * of service names the prison from its own field (not the first line of the mailing address).
 * Real case files, real orders read by the app.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { OrderView } from '../../src-main/core/api/contract.js';
import { createApi } from '../../src-main/core/api/createApi.js';
import { weekdayNumber } from '../../src-main/core/deadlines/isoDate.js';
import { filingPlan } from '../../src-main/core/papers/filingPlan.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const WORK = tempDir('who-files');
let n = 0;

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const orderWith = (sentence: string) =>
  'UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nJOHN SMITH, Plaintiff, v. JONES, Defendant.\nCase No. 2:20-cv-01111\n\nORDER\n\n' +
  `The parties shall meet and confer about Plaintiff's motion to compel. ${sentence}\n\nIT IS SO ORDERED.\nDated: March 1, 2024`;

async function caseWith(text: string, caption: Record<string, unknown> = {}) {
  const dir = path.join(WORK, `c${++n}`);
  fs.mkdirSync(dir);
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  ok(await api.call('case.create', { path: path.join(dir, 'x.casefile'), caption: { side: 'plaintiff', partyName: 'John Smith', ...caption } }));
  const view: OrderView = ok(await api.call('orders.add', { source: { name: 'order.txt', text }, servedDate: '2024-03-01', serviceMethod: 'electronic' }));
  return { api, view };
}

test('the sample order: defense counsel files, all parties sign; the paper and the next step say so', async () => {
  const { api, view } = await caseWith(SEED_ORDER, { inPrison: true });
  const plan = filingPlan(view, 'plaintiff', '2021-05-25');
  assert.equal(plan.filer, 'other-side');
  assert.equal(plan.allSign, true);
  assert.ok(plan.deadline && plan.sendBy && plan.sendBy < plan.deadline, 'send-by is earlier than the filing deadline');
  assert.match(plan.nextStep, /the defendants' lawyer files this paper/);
  assert.match(plan.nextStep, new RegExp('days before the filing deadline'));
  const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
  const intro = p.parts.find((x) => x.id === 'intro')!.text;
  assert.doesNotMatch(intro, /files this part/);
  assert.match(intro, /directs counsel for Defendants to file the Joint Statement and all parties to sign it\./);
  assert.ok(p.nextStep.length > 0);
});

test('who files is read from the words: "the parties shall file", "Plaintiff shall file", and not at all', async () => {
  const parties = filingPlan((await caseWith(orderWith('Within fourteen days of the date of this order, the parties shall file a joint statement.'))).view, 'plaintiff', '2024-03-02');
  assert.equal(parties.filer, 'parties');
  assert.match(parties.nextStep, /Agree with the other side's lawyer who files it/);

  const you = await caseWith(orderWith('Within fourteen days of the date of this order, Plaintiff shall file a joint statement.'));
  const plan = filingPlan(you.view, 'plaintiff', '2024-03-02');
  assert.equal(plan.filer, 'you');
  assert.equal(plan.sendBy, null);
  const intro = ok(await you.api.call('papers.preview', { paper: 'joint-statement' })).parts.find((x) => x.id === 'intro')!.text;
  assert.match(intro, /has no lawyer and files this Joint Statement/);

  // Seen from the other side of the same order, the plaintiff files.
  assert.equal(filingPlan(you.view, 'defendant', '2024-03-02').filer, 'other-side');

  const unknown = filingPlan((await caseWith(orderWith('Within fourteen days of the date of this order, a joint statement shall be filed.'))).view, 'plaintiff', '2024-03-02');
  assert.equal(unknown.filer, 'unknown');
  assert.match(unknown.nextStep, /does not say who files this paper/);
});

test('the send-by day is never on or after the deadline, lands on a weekday, and says when time is short or gone', async () => {
  const { view } = await caseWith(orderWith('Within fourteen days of the date of this order, defense counsel shall file a joint statement.'));
  for (const today of ['2024-03-01', '2024-03-05', '2024-03-10', '2024-03-14', '2024-03-20']) {
    const plan = filingPlan(view, 'plaintiff', today);
    assert.ok(plan.deadline && plan.sendBy);
    assert.ok(plan.sendBy < plan.deadline);
    assert.notEqual(weekdayNumber(plan.sendBy), 0);
    assert.notEqual(weekdayNumber(plan.sendBy), 6);
    if (today > plan.deadline) assert.match(plan.nextStep, /has passed/);
    else if (today > plan.sendBy) assert.match(plan.nextStep, /today if you can/);
    else assert.match(plan.nextStep, new RegExp('by [A-Z][a-z]+ \\d+, 2024\\. That is 5 days before'));
  }
});

test('the declaration and the letter name the prison from its own field, never the first address line', async () => {
  const caption = {
    inPrison: true,
    prisonerNumber: 'AB-1234',
    mailingAddress: 'Christopher Dickson, CDCR # AB-1234\nP.O. Box 3456\nCorcoran, CA 93212',
    institution: 'California State Prison, Corcoran',
  };
  const { api } = await caseWith(SEED_ORDER, caption);
  const statement = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
  const service = statement.model.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.text : '')).join(' ');
  assert.match(service, /I am in custody at California State Prison, Corcoran\./);
  assert.match(service, /Executed on _+, at California State Prison, Corcoran\./);
  assert.doesNotMatch(service, /at Christopher Dickson/);
  const letter = ok(await api.call('papers.preview', { paper: 'letter' }));
  assert.match(letter.parts.find((x) => x.id === 'times')!.text, /^I am in custody at California State Prison, Corcoran, so/);

  // A file made before the field existed: a placeholder and a warning, never the address line.
  ok(await api.call('case.updateCaption', { patch: { institution: '' } }));
  const old = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
  assert.ok(old.parts.find((x) => x.id === 'service')!.text.includes('I am in custody at [Fill in the name of your prison or jail].'));
  assert.ok(old.warnings.some((w) => /name of your prison or jail is missing/.test(w)));
  const oldLetter = ok(await api.call('papers.preview', { paper: 'letter' }));
  assert.match(oldLetter.parts.find((x) => x.id === 'times')!.text, /^I am in custody, so/);
});
