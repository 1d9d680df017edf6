import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { CaseSnapshot } from '../../src-main/core/api/contract.js';
import { testApi } from '../support/testApi.js';

const entry = (notes: string) => ({ entry: { kind: 'phone-call' as const, at: '2026-03-02T10:15', timeZone: 'America/Los_Angeles', minutes: 5, startedBy: 'me' as const, participants: ['Jane Counsel'], requests: [], agreements: [], followUps: [], notes, reference: '' } });

async function twoCases() {
  const t = testApi();
  const a = t.file('Case A.casefile');
  const b = t.file('Case B.casefile');
  for (const [p, name] of [[a, 'Alice A'], [b, 'Bob B']] as const) {
    const r = await t.api.invoke('case.create', { path: p, caption: { partyName: name } }, '');
    assert.ok(r.ok, JSON.stringify(r));
  }
  await t.api.invoke('case.close', {});
  return { ...t, a, b };
}

const countEntries = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM log_entries').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test('a call from a window showing case A is refused once case B is open, and nothing lands in B', async () => {
  const { api, a, b } = await twoCases();
  const inA = await api.invoke('case.open', { path: a }, '');
  assert.ok(inA.ok);
  const idA = (inA.value as CaseSnapshot).caseId;
  const inB = await api.invoke('case.open', { path: b }, '');
  assert.ok(inB.ok);
  const idB = (inB.value as CaseSnapshot).caseId;
  assert.notEqual(idA, idB);

  const stale = await api.invoke('log.add', entry('said in case A'), idA);
  assert.equal(stale.ok, false);
  if (!stale.ok) {
    assert.equal(stale.error.code, 'other-case-open');
    assert.match(stale.error.message, /no longer open here.*Open this case again/s);
  }
  // A window showing no case cannot write into the open one either, and is told so in its own terms.
  const none = await api.invoke('log.add', entry('from a blank window'), '');
  assert.equal(none.ok, false);
  if (!none.ok) assert.match(none.error.message, /^Another tab or window has a case open/);
  // Closing is about a case too: a stale window cannot close the other window's case.
  assert.equal((await api.invoke('case.close', {}, idA)).ok, false);

  const right = await api.invoke('log.add', entry('said in case B'), idB);
  assert.ok(right.ok, JSON.stringify(right));
  await api.close();
  assert.equal(countEntries(a), 0);
  assert.equal(countEntries(b), 1);
});

test('opening again gives a new id: the old window id no longer works, the new one does', async () => {
  const { api, a } = await twoCases();
  const first = await api.invoke('case.open', { path: a }, '');
  const again = await api.invoke('case.open', { path: a }, '');
  assert.ok(first.ok && again.ok);
  const oldId = (first.value as CaseSnapshot).caseId;
  const newId = (again.value as CaseSnapshot).caseId;
  assert.equal((await api.invoke('requests.list', {}, oldId)).ok, false);
  assert.equal((await api.invoke('requests.list', {}, newId)).ok, true);
  await api.close();
});

test('two case.open calls at once leave exactly one case open, and each answer is about the file it asked for', async () => {
  const { api, a, b } = await twoCases();
  const [ra, rb] = await Promise.all([api.invoke('case.open', { path: a }, ''), api.invoke('case.open', { path: b }, '')]);
  assert.ok(ra.ok && rb.ok, JSON.stringify([ra, rb]));
  const sa = ra.value as CaseSnapshot;
  const sb = rb.value as CaseSnapshot;
  assert.equal(sa.path, a);
  assert.equal(sa.caption.partyName, 'Alice A');
  assert.equal(sb.path, b);
  assert.equal(sb.caption.partyName, 'Bob B');
  // They ran one after the other: the last one is open, the first one was closed, not left locked.
  assert.equal(api.session.path, b);
  assert.equal(api.session.caseId, sb.caseId);
  const other = new Database(a);
  try {
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN IMMEDIATE; COMMIT');
  } finally {
    other.close();
  }
  // Calls made during the switch wait for it, then are checked against the case that is open after it.
  const [r1, opened, r2] = await Promise.all([api.invoke('log.add', entry('before'), sb.caseId), api.invoke('case.open', { path: a }, ''), api.invoke('log.add', entry('after'), sb.caseId)]);
  assert.ok(r1.ok, JSON.stringify(r1));
  assert.ok(opened.ok);
  assert.equal(r2.ok, false);
  await api.close();
  assert.equal(countEntries(b), 1);
  assert.equal(countEntries(a), 0);
});

test('calls made in this process (CLI, tests) name no case and still work', async () => {
  const { api, a } = await twoCases();
  assert.ok((await api.call('case.open', { path: a })).ok);
  assert.ok((await api.call('requests.list', {})).ok);
  await api.close();
});
