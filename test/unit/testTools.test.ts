/**
 * `npm test` on a fresh machine: scripts/checkTestTools.mjs is the first thing it runs, with plain
 * node. Without the installed packages, Chromium or poppler-utils it must stop with one line that names what is missing and the exact
 * command that installs it; with them, it must stay quiet and let the tests run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/tempDir.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

function check(env: { PATH: string; CHROMIUM_PATH: string }, root = ROOT) {
  // node is given by absolute path: PATH may hold nothing that node needs.
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'checkTestTools.mjs')], { cwd: root, env: { ...env, HOME: process.env.HOME ?? '' }, encoding: 'utf8' });
}

/** A folder of programs with the given names (each one a real script that exits 0). */
function programs(names: string[]): string {
  const dir = tempDir('test-tools');
  for (const name of names) fs.writeFileSync(path.join(dir, name), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return dir;
}

test('npm test checks for the outside programs before anything else', () => {
  assert.match(pkg.scripts.test, /^node scripts\/checkTestTools\.mjs && /);
});

test('with nothing installed it prints one line: what is missing and the apt-get command', () => {
  const empty = programs([]);
  const run = check({ PATH: empty, CHROMIUM_PATH: path.join(empty, 'chromium') });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], /^npm test needs chromium, pdftoppm, pdftotext, not found on this computer\. Install with: (sudo )?apt-get update && (sudo )?apt-get install -y chromium poppler-utils/);
});

test('only the missing program is named', () => {
  const dir = programs(['chromium', 'pdftoppm']);
  const run = check({ PATH: dir, CHROMIUM_PATH: path.join(dir, 'chromium') });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^npm test needs pdftotext, not found/);
});

test('with Chromium and poppler-utils there it says nothing and succeeds', () => {
  const dir = programs(['chromium', 'pdftoppm', 'pdftotext']);
  const run = check({ PATH: dir, CHROMIUM_PATH: path.join(dir, 'chromium') });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
});

test('in a fresh clone before npm ci it says to run npm ci first, in one line', () => {
  const clone = tempDir('fresh-clone');
  fs.mkdirSync(path.join(clone, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts', 'checkTestTools.mjs'), path.join(clone, 'scripts', 'checkTestTools.mjs'));
  const dir = programs(['chromium', 'pdftoppm', 'pdftotext']);
  const run = check({ PATH: dir, CHROMIUM_PATH: path.join(dir, 'chromium') }, clone);
  assert.equal(run.status, 1);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], /^npm test needs the packages npm installs, not found in this folder\. Install with: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci, then run npm test again\.$/);
});
