/**
 * npm 11 runs a dependency's install script only when package.json's allowScripts says so (and
 * warns about every one it does not name). Every package in the lockfile with an install script
 * must be named, and the choices must be the ones docs/PACKAGING.md explains.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean>; scripts: Record<string, string> };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

test('every dependency with an install script is allowed or denied in package.json', () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([, p]) => p.hasInstallScript)
    .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
  assert.ok(withScripts.includes('better-sqlite3'), 'the lockfile marks install scripts');
  const named = Object.keys(pkg.allowScripts ?? {}).map((k) => k.replace(/(?<=.)@.*$/, ''));
  for (const name of withScripts) assert.ok(named.includes(name), `${name} has an install script and is not in allowScripts`);
});

test('better-sqlite3 and esbuild may build; Electron downloads only when npm start asks for it', () => {
  const allow = pkg.allowScripts ?? {};
  assert.equal(allow['better-sqlite3'], true);
  assert.equal(allow.esbuild, true);
  assert.equal(allow.electron, false);
  assert.equal(allow['electron-winstaller'], false);
  assert.match(pkg.scripts.start, /^npm run install:electron && /);
  assert.equal(pkg.scripts['install:electron'], 'node node_modules/electron/install.js');
  assert.ok(fs.existsSync(path.join(ROOT, 'node_modules', 'electron', 'install.js')), "the script start runs is Electron's own installer");
});
