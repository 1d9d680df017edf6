import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/runCli.js';
import { tempDir } from '../support/tempDir.js';


test('cli new then show --json round-trips the caption', () => {
  const file = path.join(tempDir('cli'), 'dickson.casefile');
  const made = cli(['new', file, '--case-number', '1:17-cv-00294-DAD-BAM (PC)', '--plaintiff', 'CHRISTOPHER DICKSON', '--defendant', 'GOMEZ', '--defendant', 'RIOS']);
  assert.equal(made.code, 0, made.stderr);
  assert.ok(fs.existsSync(file));
  const shown = cli(['show', file, '--json']);
  assert.equal(shown.code, 0, shown.stderr);
  const snap = JSON.parse(shown.stdout);
  assert.equal(snap.caption.caseNumber, '1:17-cv-00294-DAD-BAM (PC)');
  assert.deepEqual(snap.caption.defendants, ['GOMEZ', 'RIOS']);
  assert.equal(shown.stderr, '');
});

test('cli show on a file that is not a case file fails with a message on stderr only', () => {
  const file = path.join(tempDir('cli'), 'notes.casefile');
  fs.writeFileSync(file, 'just some text, not a database at all '.repeat(10));
  const r = cli(['show', file, '--json']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /not a case file/);
});

test('cli with an unknown command says so and exits non-zero', () => {
  const r = cli(['frobnicate']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not a command/);
});
