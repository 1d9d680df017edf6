/**
 * The .deb's homepage: package.json names no placeholder address (the .deb would ship it), and
 * `npm run dist` asks whoever publishes the packages for the real one instead of inventing it.
 * The refusals are checked by running scripts/dist.ts; they stop before electron-builder starts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkBuilderConfig } from '../../scripts/checkBuilderConfig.js';
import { tempDir } from '../support/tempDir.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { homepage?: string; scripts: Record<string, string> };

function dist(args: string[], homepage?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.CASEFILE_HOMEPAGE;
  if (homepage !== undefined) env.CASEFILE_HOMEPAGE = homepage;
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'dist.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
}

test('package.json names no placeholder homepage, and npm run dist goes through scripts/dist.ts', () => {
  assert.ok(pkg.homepage === undefined || !/example\.(org|com|net)/.test(pkg.homepage), `homepage is ${pkg.homepage}`);
  assert.match(pkg.scripts.dist, /node --import tsx scripts\/dist\.ts$/);
});

test('building the .deb without CASEFILE_HOMEPAGE stops with one line saying what to set', () => {
  const run = dist(['--linux']);
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim(), 'The .deb must name the web page where you publish this app. Run: CASEFILE_HOMEPAGE=https://<that page> npm run dist -- --linux');
});

test('a CASEFILE_HOMEPAGE that is not a web address is refused', () => {
  const run = dist(['--linux'], 'my project');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^CASEFILE_HOMEPAGE must be a web address like https:\/\//);
});

test('the packaging check refuses a placeholder homepage in package.json', async () => {
  const dir = tempDir('homepage');
  // The project as it is, but for a package.json with the old placeholder.
  for (const f of fs.readdirSync(ROOT)) {
    if (f === 'package.json') fs.writeFileSync(path.join(dir, f), JSON.stringify({ ...pkg, homepage: 'https://example.org/pro-se-case-file' }, null, 2));
    else fs.symlinkSync(path.join(ROOT, f), path.join(dir, f));
  }
  const r = await checkBuilderConfig({ projectDir: dir });
  assert.ok(r.errors.some((e) => e.includes('is a placeholder, and the .deb would ship it')), r.errors.join('\n'));
  const real = await checkBuilderConfig();
  assert.deepEqual(real.errors, []);
});
