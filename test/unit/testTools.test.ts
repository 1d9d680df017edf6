/**
 * `npm test` on a fresh machine: scripts/checkTestTools.ts is the first thing it runs. Without
 * Chromium or poppler-utils it must stop with one line that names what is missing and the exact
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

function check(env: { PATH: string; CHROMIUM_PATH: string }) {
  // tsx's loader is given by absolute path: PATH may hold nothing that node needs.
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  return spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'scripts', 'checkTestTools.ts')], { cwd: ROOT, env: { ...env, HOME: process.env.HOME ?? '' }, encoding: 'utf8' });
}

/** A folder of programs with the given names (each one a real script that exits 0). */
function programs(names: string[]): string {
  const dir = tempDir('test-tools');
  for (const name of names) fs.writeFileSync(path.join(dir, name), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return dir;
}

test('npm test checks for the outside programs before anything else', () => {
  assert.match(pkg.scripts.test, /^node --import tsx scripts\/checkTestTools\.ts && /);
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
