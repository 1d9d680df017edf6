/**
 * `cp other.casefile open.casefile` writes into the open file itself (same inode). The app must
 * notice, stop writing (not even folding its log in on close, which would mix the two files),
 * and save a rescue copy of everything saved, taken from its own open connection.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createApi, type CaseFileApi } from '../../src-main/core/api/createApi.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';
import { closeCaseFile, openCaseFile } from '../../src-main/core/db/openCaseFile.js';
import { sha256OfFile, tempDir } from '../support/tempDir.js';

const entry = (n: number, notes = `call ${n}`) => ({ entry: { kind: 'phone-call' as const, at: `2021-06-${String((n % 28) + 1).padStart(2, '0')}T10:00`, timeZone: 'America/Los_Angeles', minutes: 10, notes } });

const newApi = (dir: string): CaseFileApi => createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir, autoBackup: true });

function logOf(file: string): { entries: number; intact: boolean; integrity: string; notes: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const v = verifyLog(db);
    const notes = (db.prepare('SELECT id FROM log_entries ORDER BY id').all() as { id: number }[]).map((r) => String(r.id));
    return { entries: v.intact ? v.entries : -1, intact: v.intact, integrity: String(db.pragma('integrity_check', { simple: true })), notes };
  } finally {
    db.close();
  }
}

test('another case file copied over the open one (same file, new bytes): saving stops, a whole rescue copy is made, and the copied file is left exactly as copied', async () => {
  const dir = tempDir('overwritten');
  const file = path.join(dir, 'mine.casefile');
  const api = newApi(dir);
  assert.ok((await api.call('case.create', { path: file, caption: { caseNumber: '1:17-cv-00294' } })).ok);
  // Older entries in the file itself (closed and opened again), newer ones only in the open log.
  for (let i = 1; i <= 40; i++) assert.ok((await api.call('log.add', entry(i, `call ${i} `.repeat(200)))).ok);
  assert.ok((await api.call('case.close', {})).ok);
  assert.ok((await api.call('case.open', { path: file })).ok);
  for (let i = 41; i <= 42; i++) assert.ok((await api.call('log.add', entry(i))).ok);

  const otherDir = path.join(dir, 'other');
  fs.mkdirSync(otherDir);
  const other = path.join(otherDir, 'other.casefile');
  const otherApi = newApi(otherDir);
  assert.ok((await otherApi.call('case.create', { path: other })).ok);
  assert.ok((await otherApi.call('log.add', entry(1, 'the other case'))).ok);
  await otherApi.close();
  const otherHash = await sha256OfFile(other);

  const inode = fs.statSync(file).ino;
  const cp = spawnSync('cp', [other, file]);
  assert.equal(cp.status, 0, String(cp.stderr));
  assert.equal(fs.statSync(file).ino, inode, 'cp wrote into the same file');

  const refused = await api.call('log.add', entry(43));
  assert.equal(refused.ok, false, 'the app noticed before saving');
  if (refused.ok) return;
  assert.equal(refused.error.code, 'cannot-write');
  assert.match(refused.error.message, /wrote over "mine\.casefile"/);
  const named = /rescue copy: "([^"]+)" in (.+?)\. You can open/.exec(refused.error.message);
  assert.ok(named, refused.error.message);
  const rescue = path.join(named[2], named[1]);
  // Later calls say the same, and nothing is saved.
  assert.equal((await api.call('case.updateCaption', { patch: { caseNumber: '2' } })).ok, false);

  assert.deepEqual(logOf(rescue), { entries: 42, intact: true, integrity: 'ok', notes: Array.from({ length: 42 }, (_, i) => String(i + 1)) });
  assert.ok((await api.call('case.close', {})).ok);
  assert.equal(await sha256OfFile(file), otherHash, 'the copied file was not written to, not even on close');
  assert.ok(!fs.existsSync(`${file}-wal`), 'no log of the old case left beside it');
  const reopened = openCaseFile(file);
  try {
    const v = verifyLog(reopened);
    assert.ok(v.intact && v.entries === 1, 'it is the other case, whole');
  } finally {
    closeCaseFile(reopened);
  }
  console.log(`overwritten: "${refused.error.message}"`);
});

test("the app's own folding of a big log into the file is not taken for another program's writing", async () => {
  const dir = tempDir('own-checkpoint');
  const file = path.join(dir, 'big.casefile');
  const api = newApi(dir);
  assert.ok((await api.call('case.create', { path: file })).ok);
  let folded = false;
  for (let i = 1; i <= 120; i++) {
    const r = await api.call('log.add', entry(i, `long notes ${i} `.repeat(1200)));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    if (fs.statSync(`${file}-wal`).size === 0 || fs.statSync(file).size > 2 * 1024 * 1024) folded = true;
  }
  assert.ok(folded, 'the log was folded into the file at least once');
  const list = await api.call('log.list', {});
  assert.ok(list.ok && list.value.total === 120);
  await api.close();
  assert.deepEqual({ ...logOf(file), notes: [] }, { entries: 120, intact: true, integrity: 'ok', notes: [] });
});
