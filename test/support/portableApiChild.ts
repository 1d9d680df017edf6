/**
 * test/support/apiChild.ts as one self-contained file in a world-readable temp folder, for a child
 * that runs as another user ("nobody"). Such a child cannot read a checkout that sits in a private
 * folder (a clone in `mktemp -d`, root's home), so it must not need tsx, the sources or the
 * checkout's node_modules. esbuild bundles the app's code; better-sqlite3 (a native module that
 * cannot be bundled) is copied beside the bundle with the two small packages it loads.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { build } from 'esbuild';
import { repoRoot, supportScript } from './childProcess.js';

/**
 * What of each package the child needs at run time: the native module and the JS that loads it.
 * Each is found the way Node would find it from the package before it (better-sqlite3 needs
 * bindings, bindings needs file-uri-to-path).
 */
const RUNTIME_PACKAGES: [string, string[]][] = [
  ['better-sqlite3', ['package.json', 'lib', 'build/Release/better_sqlite3.node']],
  ['bindings', ['package.json', 'bindings.js']],
  ['file-uri-to-path', ['package.json', 'index.js']],
];

function makeReadableByAll(p: string): void {
  const stat = fs.statSync(p);
  fs.chmodSync(p, stat.isDirectory() ? 0o755 : 0o644 | (stat.mode & 0o111 ? 0o111 : 0));
  if (stat.isDirectory()) for (const name of fs.readdirSync(p)) makeReadableByAll(path.join(p, name));
}

/** Build it once per test file; returns the bundle's path. The folder is removed when the file ends. */
export async function portableApiChild(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-child-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const outfile = path.join(dir, 'apiChild.mjs');
  await build({
    entryPoints: [supportScript('apiChild.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'electron'],
    // Bundled CommonJS code calls require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __casefileRequire } from 'node:module'; const require = __casefileRequire(import.meta.url);" },
    logLevel: 'error',
  });
  // The app reads its version from package.json beside it (appRoot()).
  fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(dir, 'package.json'));
  let resolveFrom = path.join(repoRoot, 'package.json');
  for (const [name, parts] of RUNTIME_PACKAGES) {
    const manifest = createRequire(resolveFrom).resolve(`${name}/package.json`);
    for (const part of parts) fs.cpSync(path.join(path.dirname(manifest), part), path.join(dir, 'node_modules', name, part), { recursive: true });
    resolveFrom = manifest;
  }
  makeReadableByAll(dir);
  return outfile;
}
