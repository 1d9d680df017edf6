/**
 * Never two writers: two copies of the app (two real processes), the command line, another
 * SQLite program and a second session in one process, all on one case file. Whoever opens it
 * first keeps it; every other one is refused in words ('in-use') within a few seconds, never
 * left hanging, and never writes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { createApi, type CaseFileApi } from '../../src-main/core/api/createApi.js';
import { AppProcess } from '../support/childProcess.js';
import { cli } from '../support/runCli.js';
import { sha256OfFile, tempDir } from '../support/tempDir.js';

const IN_USE = /open in another window or program\. Close it there first/;
const entry = (n: number) => ({ entry: { kind: 'phone-call' as const, at: `2021-06-${String(n).padStart(2, '0')}T10:00`, timeZone: 'America/Los_Angeles', minutes: 10, notes: `call ${n}` } });

// At the top, not in before(): tempDir's clean-up would otherwise run as soon as before() ends.
const dir = tempDir('writers');
const file = path.join(dir, 'shared.casefile');
let other: AppProcess;
const here: CaseFileApi[] = [];
const apiHere = () => {
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata-here'), documentsDir: dir });
  here.push(api);
  return api;
};

before(async () => {
  const api = apiHere();
  assert.ok((await api.call('case.create', { path: file, caption: { caseNumber: '1:17-cv-00294' } })).ok);
  assert.ok((await api.call('log.add', entry(1))).ok);
  await api.close();
  other = new AppProcess(path.join(dir, 'appdata-other'), { autoBackup: true });
  await other.ready();
});
after(async () => {
  await other.kill();
  for (const api of here) await api.close();
});

test('while another app process has the file open, this one is refused in words within seconds, and writes nothing', async () => {
  const opened = await other.call('case.open', { path: file });
  assert.ok(opened.ok, JSON.stringify(opened));
  assert.ok((await other.call('log.add', entry(2))).ok);

  const api = apiHere();
  const t0 = Date.now();
  const r = await api.call('case.open', { path: file });
  const ms = Date.now() - t0;
  assert.equal(r.ok, false);
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'in-use');
  assert.match(r.error.message, IN_USE);
  assert.ok(ms < 8000, `refused after ${ms} ms`);
  assert.equal(api.session.isOpen, false);
  // Refused means refused: editing through this window has no case to write to.
  const write = await api.call('log.add', entry(3));
  assert.ok(!write.ok && write.error.code === 'no-case-open');
});

test('another SQLite program can neither read nor write the file while the app has it (one writer, enforced by SQLite itself)', () => {
  const before = fs.readFileSync(file);
  const raw = new Database(file, { timeout: 200 });
  assert.throws(() => raw.prepare('SELECT COUNT(*) FROM log_entries').get(), (e: Error & { code?: string }) => e.code === 'SQLITE_BUSY');
  assert.throws(() => raw.exec("INSERT INTO meta (key, value) VALUES ('intruder', '1')"), (e: Error & { code?: string }) => e.code === 'SQLITE_BUSY');
  raw.close();
  assert.deepEqual(fs.readFileSync(file), before);
});

test('the command line (verify, show, log add) on a file open in the app says so instead of hanging', () => {
  for (const args of [['verify', file], ['show', file], ['log', 'add', file, '--kind', 'no-answer', '--at', '2021-06-05T09:00']]) {
    const t0 = Date.now();
    const r = cli(args);
    const ms = Date.now() - t0;
    assert.notEqual(r.code, 0, `${args[0]} should fail`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, IN_USE, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(ms < 20_000, `${args[0]} took ${ms} ms`);
  }
});

test('the app that has the file keeps working: it saves, backs up (same connection) and verifies', async () => {
  assert.ok((await other.call('log.add', entry(4))).ok);
  const backup = await other.call('backups.makeNow', {});
  assert.ok(backup.ok, JSON.stringify(backup));
  const listing = await other.call('backups.list', {});
  assert.ok(listing.ok);
  const backups = (listing.value as { backups: { good: boolean; entries: number }[] }).backups;
  assert.ok(backups.length >= 2, 'the "opened" backup and the one made by hand');
  assert.ok(backups.every((b) => b.good));
  assert.equal(Math.max(...backups.map((b) => b.entries)), 3);
  const verify = await other.call('log.verify', {});
  assert.ok(verify.ok && (verify.value as { intact: boolean }).intact);
});

test('once the other app closes the file this one opens it, and then the other one is refused', async () => {
  assert.ok((await other.call('case.close', {})).ok);
  const api = apiHere();
  const r = await api.call('case.open', { path: file });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const list = await api.call('log.list', {});
  assert.ok(list.ok);
  assert.equal(list.value.entries.length, 3, 'every entry the other app saved is here');

  const back = await other.call('case.open', { path: file });
  assert.equal(back.ok, false);
  assert.ok(!back.ok);
  assert.equal(back.error.code, 'in-use');
  assert.match(back.error.message, IN_USE);
  await api.close();
});

test('a second session in the same process (a second window) is refused too', async () => {
  const first = apiHere();
  const second = apiHere();
  assert.ok((await first.call('case.open', { path: file })).ok);
  const hash = await sha256OfFile(file);
  const r = await second.call('case.open', { path: file });
  assert.ok(!r.ok && r.error.code === 'in-use', JSON.stringify(r));
  await first.close();
  assert.equal(await sha256OfFile(file), hash, 'the refused session wrote nothing');
  assert.ok((await second.call('case.open', { path: file })).ok, 'after the first closes, the second may open it');
  await second.close();
});

test('an app that crashes (SIGKILL) while holding the file leaves no lock behind', async () => {
  const crashing = new AppProcess(path.join(dir, 'appdata-crash'));
  await crashing.ready();
  assert.ok((await crashing.call('case.open', { path: file })).ok);
  assert.ok((await crashing.call('log.add', entry(5))).ok);
  await crashing.kill();
  const api = apiHere();
  const r = await api.call('case.open', { path: file });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const list = await api.call('log.list', {});
  assert.ok(list.ok && list.value.entries.length === 4, 'the entry saved before the crash is there');
  await api.close();
  // No lock files or shared-memory files are left to go stale on a USB drive.
  assert.deepEqual(
    fs.readdirSync(dir).filter((f) => f.startsWith('shared.casefile')),
    ['shared.casefile'],
  );
});
