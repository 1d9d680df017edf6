/**
 * Commands that only read a case file (verify, show, log list, requests list, export) leave it
 * exactly as it was: the same bytes, the same modified time, nothing new beside it. Before, opening
 * switched a file in rollback-journal mode (a restored backup, a copy made by another tool) to WAL.
 * The real CLI in its own process, on real files.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { cli } from '../support/runCli.js';
import { sha256OfFile, tempDir } from '../support/tempDir.js';

const READERS: ((file: string, dir: string) => string[])[] = [
  (f) => ['verify', f],
  (f) => ['verify', f, '--json'],
  (f) => ['show', f],
  (f) => ['log', 'list', f, '--json'],
  (f) => ['requests', 'list', f],
  (f, dir) => ['export', 'checklist', f, '--format', 'txt', '--out', path.join(dir, `checklist-${Math.random().toString(36).slice(2)}.txt`)],
];

function makeCase(dir: string, name: string): string {
  const file = path.join(dir, name);
  const run = (args: string[]) => {
    const r = cli(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  };
  run(['new', file, '--case-number', '1:21-cv-1', '--plaintiff', 'A', '--defendant', 'B']);
  run(['requests', 'add', file, '--set-type', 'rfp', '--set', '1', '--number', '3', '--description', 'Records']);
  run(['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-03T10:00', '--notes', 'Talked.']);
  return file;
}

const siblings = (file: string) => fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(file))).sort();

for (const mode of ['wal', 'delete'] as const) {
  test(`read-only commands leave a case file in ${mode} journal mode byte for byte and time for time the same`, async () => {
    const dir = tempDir(`readonly-${mode}`);
    const file = makeCase(dir, 'case.casefile');
    if (mode === 'delete') {
      // What a restored backup looks like: a plain rollback-journal file.
      const raw = new Database(file);
      raw.pragma('journal_mode = DELETE');
      raw.close();
    }
    const old = new Date('2024-01-02T03:04:05Z');
    fs.utimesSync(file, old, old);
    const hash = await sha256OfFile(file);
    for (const args of READERS) {
      const r = cli(args(file, dir));
      assert.equal(r.code, 0, `${args(file, dir).join(' ')}: ${r.stderr}`);
      assert.equal(await sha256OfFile(file), hash, `${args(file, dir)[0]} changed the bytes`);
      assert.equal(fs.statSync(file).mtimeMs, old.getTime(), `${args(file, dir)[0]} changed the modified time`);
      assert.deepEqual(siblings(file), ['case.casefile'], `${args(file, dir)[0]} left a file beside it`);
    }
    const header = fs.readFileSync(file).subarray(18, 20);
    assert.deepEqual([...header], mode === 'wal' ? [2, 2] : [1, 1], 'the journal mode is as it was');
  });
}

test('a read-only command on a file another copy of the app has open says so in words, and changes nothing', async () => {
  const dir = tempDir('readonly-busy');
  const file = makeCase(dir, 'case.casefile');
  const hash = await sha256OfFile(file);
  const holder = new Database(file);
  holder.pragma('locking_mode = EXCLUSIVE');
  holder.exec('BEGIN IMMEDIATE; COMMIT;');
  try {
    const r = cli(['verify', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /is open in another window or program/);
  } finally {
    holder.close();
  }
  assert.equal(await sha256OfFile(file), hash);
});
