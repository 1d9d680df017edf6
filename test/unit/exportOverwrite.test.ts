/**
 * `cli export ... --out NAME` must never replace a file the app did not make without being told
 * to (--force), and never a case file, even with --force. The real CLI in its own process and real
 * files, read back byte for byte.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { saveTargetProblem } from '../../src-main/core/exports/saveTarget.js';
import { cli } from '../support/runCli.js';
import { sha256OfFile, tempDir } from '../support/tempDir.js';

const inWords = (m: string) => m.length > 30 && !/\n\s+at |Error:|undefined|EEXIST/.test(m);

test('cli export: an existing file is left alone unless --force; a case file is never written over, even with --force', async () => {
  const dir = tempDir('export-overwrite');
  const file = path.join(dir, 'case.casefile');
  const other = path.join(dir, 'other.casefile');
  for (const f of [file, other]) assert.equal(cli(['new', f, '--case-number', '1:21-cv-1', '--plaintiff', 'A', '--defendant', 'B']).code, 0);

  const notes = path.join(dir, 'notes.txt');
  fs.writeFileSync(notes, 'My own notes. Do not lose these.\n');
  const refused = cli(['export', 'checklist', file, '--out', notes]);
  assert.equal(refused.code, 1, refused.stdout);
  assert.match(refused.stderr, /"notes\.txt" is already there/);
  assert.match(refused.stderr, /--force/);
  assert.ok(inWords(refused.stderr), refused.stderr);
  assert.equal(fs.readFileSync(notes, 'utf8'), 'My own notes. Do not lose these.\n', 'the notes are untouched');

  const forced = cli(['export', 'checklist', file, '--out', notes, '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.notEqual(fs.readFileSync(notes, 'utf8'), 'My own notes. Do not lose these.\n', '--force replaces it, as asked');

  const otherHash = await sha256OfFile(other);
  for (const args of [['--out', other], ['--out', other, '--force'], ['--out', path.join(dir, 'new.casefile'), '--force'], ['--out', path.join(dir, 'OTHER.CASEFILE'), '--force']]) {
    const r = cli(['export', 'checklist', file, '--format', 'txt', ...args]);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, /case file/, r.stderr);
    assert.ok(inWords(r.stderr), r.stderr);
  }
  assert.equal(await sha256OfFile(other), otherHash, 'the other case file is byte for byte the same');
  assert.ok(!fs.existsSync(path.join(dir, 'new.casefile')));

  // A case file renamed to look like a paper is still a case file.
  const disguised = path.join(dir, 'paper.txt');
  fs.copyFileSync(other, disguised);
  const r = cli(['export', 'checklist', file, '--out', disguised, '--force']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /case file/);
  assert.equal(await sha256OfFile(disguised), otherHash);

  const leftovers = fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
  assert.deepEqual(leftovers, [], 'no temporary file is left behind');
});

test('saveTargetProblem: a free name is fine; a folder, a case file or its -wal, and an existing file without force are not', () => {
  const dir = tempDir('save-target');
  const existing = path.join(dir, 'letter.pdf');
  fs.writeFileSync(existing, 'x');
  assert.equal(saveTargetProblem(path.join(dir, 'free.pdf'), { force: false }), null);
  assert.match(saveTargetProblem(existing, { force: false }) ?? '', /already there/);
  assert.equal(saveTargetProblem(existing, { force: true }), null);
  assert.match(saveTargetProblem(dir, { force: true }) ?? '', /folder/);
  assert.match(saveTargetProblem(path.join(dir, 'x.casefile-wal'), { force: true }) ?? '', /case file/);
});
