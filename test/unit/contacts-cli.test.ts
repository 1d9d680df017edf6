import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../support/tempDir.js';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(args: string[]): string {
  const r = cli(args);
  assert.equal(r.code, 0, `cli ${args.join(' ')} -> ${r.code}: ${r.stderr}`);
  assert.equal(r.stderr, '');
  return r.stdout.trim();
}

test('cli: requests add, log add (with outcomes), log list --json, verify; then a row changed with raw SQL is named', () => {
  const dir = tempDir('cli-log');
  const file = path.join(dir, 'dickson.casefile');
  ok(['new', file, '--case-number', '1:17-cv-00294-DAD-BAM (PC)', '--plaintiff', 'CHRISTOPHER DICKSON', '--defendant', 'GOMEZ', '--name', 'Christopher Dickson']);
  assert.match(ok(['requests', 'add', file, '--set-type', 'rfp', '--set', '1', '--number', '3', '--description', 'Medical records']), /^\d+$/);
  ok(['requests', 'add', file, '--set-type', 'interrogatory', '--set', '1', '--number', '5', '--description', 'Witnesses']);

  const first = ok(['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-03T10:00', '--minutes', '20', '--with', 'Defense counsel', '--notes', 'They will look again.', '--request', 'RFP-1-3=still-disputed', '--request', 'ROG-1-5=agreed-to-supplement:2021-06-20', '--time-zone', 'America/Los_Angeles']);
  assert.match(first, /^\d+$/, 'prints only the new id');
  const second = ok(['log', 'add', file, '--kind', 'letter-sent', '--at', '2021-06-04T09:00', '--reference', 'letter dated June 4, 2021']);
  assert.equal(Number(second), Number(first) + 1);

  const entries = JSON.parse(ok(['log', 'list', file, '--json']));
  assert.equal(entries.length, 2);
  assert.equal(entries[0].content.kind, 'phone-call');
  assert.deepEqual(entries[0].content.participants, ['Defense counsel']);
  assert.equal(entries[0].content.timeZone, 'America/Los_Angeles');
  assert.deepEqual(entries[0].outcomes.map((o: { key: string; outcome: string }) => `${o.key}=${o.outcome}`), ['RFP-1-3=still-disputed', 'ROG-1-5=agreed-to-supplement']);
  assert.equal(entries[0].history.length, 1);
  assert.equal(entries[0].history[0].action, 'create');
  assert.equal(entries[1].content.reference, 'letter dated June 4, 2021');

  const statuses = JSON.parse(ok(['requests', 'list', file, '--json']));
  assert.deepEqual(statuses.map((r: { key: string; status: { state: string } }) => `${r.key} ${r.status.state}`), ['RFP-1-3 open', 'ROG-1-5 partly-resolved']);

  assert.equal(ok(['log', 'void', file, second, '--reason', 'Sent to the wrong address']), second);
  assert.equal(ok(['verify', file]), 'intact, 2 entries, 3 revisions');
  const sizeBefore = fs.statSync(file).size;
  ok(['verify', file]);
  assert.equal(fs.statSync(file).size, sizeBefore, 'verify adds nothing to the file');

  // Someone edits the first entry with a SQLite tool, taking out the lock first.
  const raw = new Database(file);
  raw.exec('DROP TRIGGER log_revisions_no_update');
  raw.prepare("UPDATE log_revisions SET content = replace(content, 'They will look again.', 'Plaintiff refused to talk.') WHERE entry_id = ?").run(Number(first));
  raw.close();
  const bad = cli(['verify', file]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, new RegExp(`Entry ${first} was changed outside the app`));
  const json = cli(['verify', file, '--json']);
  assert.equal(json.code, 1);
  assert.equal(JSON.parse(json.stdout).problem.entryId, Number(first));
});

test('cli: a removed revision row makes verify fail, naming the entry', () => {
  const file = path.join(tempDir('cli-log'), 'c.casefile');
  ok(['new', file, '--case-number', '1', '--plaintiff', 'A', '--defendant', 'B']);
  ok(['log', 'add', file, '--kind', 'no-answer', '--at', '2021-06-01T09:00']);
  ok(['log', 'add', file, '--kind', 'voicemail', '--at', '2021-06-02T09:00']);
  ok(['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-03T09:00', '--minutes', '10']);
  const raw = new Database(file);
  raw.exec('DROP TRIGGER log_revisions_no_delete');
  raw.exec('DELETE FROM log_revisions WHERE entry_id = 2');
  raw.close();
  const r = cli(['verify', file]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Entry 2 was changed outside the app/);
  assert.match(r.stderr, /removed/);
});

test('cli: mistakes are explained on stderr with a non-zero exit', () => {
  const file = path.join(tempDir('cli-log'), 'd.casefile');
  ok(['new', file, '--case-number', '1', '--plaintiff', 'A', '--defendant', 'B']);
  const cases: [string[], RegExp][] = [
    [['log', 'add', file, '--kind', 'fax', '--at', '2021-06-01T09:00'], /Please give --kind/],
    [['log', 'add', file, '--kind', 'phone-call'], /Please give --at/],
    [['log', 'add', file, '--kind', 'phone-call', '--at', '2021-02-30T09:00'], /does not exist/],
    [['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-01T09:00', '--minutes', 'ten'], /whole number/],
    [['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-01T09:00', '--request', 'RFP-9-9=withdrawn'], /no request "RFP-9-9"/],
    [['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-01T09:00', '--request', 'nonsense'], /KEY=OUTCOME/],
    [['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-01T09:00', '--time-zone', 'Moon/Base'], /time zone/],
    [['requests', 'add', file, '--set-type', 'subpoena', '--set', '1', '--number', '1', '--description', 'x'], /--set-type/],
    [['requests', 'add', file, '--set-type', 'rfp', '--description', 'x'], /--set and --number/],
    [['log', 'void', file, '1'], /say why|no entry/i],
    [['verify'], /name the case file/],
    [['verify', path.join(path.dirname(file), 'missing.casefile')], /could not find/],
  ];
  for (const [args, pattern] of cases) {
    const r = cli(args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, pattern, args.join(' '));
  }
});
