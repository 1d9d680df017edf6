/**
 * Makes sure better-sqlite3 loads in plain Node before the tests run.
 *
 * `npm start` and `npm run dist` rebuild better-sqlite3 for Electron's ABI (electron-builder), and
 * plain Node cannot load that build ("compiled against a different Node.js version using
 * NODE_MODULE_VERSION ..."). This script tries to load it; if the build is for another runtime, OS
 * or CPU, or missing, it runs `npm rebuild better-sqlite3` and says so in one line. When the Node
 * build is already there it prints nothing and exits 0 at once.
 *
 * Usage: node --import tsx scripts/ensureNodeAbi.ts [--project DIR]
 * (--project is for the script's own tests; the default is this repository.)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type LoadProblem =
  | { kind: 'ok' }
  | { kind: 'abi'; built: string | null; needed: string | null }
  | { kind: 'platform' }
  | { kind: 'missing' }
  | { kind: 'other'; message: string };

/** Sorts a better-sqlite3 load failure into: fixed by `npm rebuild` or not. */
export function classifyLoadError(message: string): LoadProblem {
  if (/NODE_MODULE_VERSION/.test(message)) {
    const built = /using\s+NODE_MODULE_VERSION (\d+)/.exec(message)?.[1] ?? null;
    const needed = /requires\s+NODE_MODULE_VERSION (\d+)/.exec(message)?.[1] ?? null;
    return { kind: 'abi', built, needed };
  }
  if (/invalid ELF header|wrong ELF class|ELF file|not a valid Win32 application|mach-o|slice is not valid|Exec format error|file too short|incompatible architecture/i.test(message)) {
    return { kind: 'platform' };
  }
  if (/Could not locate the bindings file|Cannot find module .*better_sqlite3\.node|No such file or directory.*better_sqlite3/i.test(message)) {
    return { kind: 'missing' };
  }
  return { kind: 'other', message };
}

/** Loads better-sqlite3 from projectDir and opens an in-memory database (that is when the native file loads). */
export function tryLoad(projectDir: string): LoadProblem {
  try {
    const req = createRequire(path.join(projectDir, 'package.json'));
    const Database = req('better-sqlite3') as new (file: string) => { close(): void };
    new Database(':memory:').close();
    return { kind: 'ok' };
  } catch (err) {
    return classifyLoadError(err instanceof Error ? err.message : String(err));
  }
}

/** Same check in a fresh process: a native module that failed to load once stays failed in this one. */
function loadsInChild(projectDir: string): { ok: boolean; message: string } {
  const code = "const D=require('better-sqlite3');new D(':memory:').close();";
  const r = spawnSync(process.execPath, ['-e', code], { cwd: projectDir, encoding: 'utf8' });
  return { ok: r.status === 0, message: (r.stderr || r.error?.message || '').trim() };
}

function npmCommand(): { cmd: string; args: string[]; shell: boolean } {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.js$/.test(npmCli)) return { cmd: process.execPath, args: [npmCli], shell: false };
  return { cmd: 'npm', args: [], shell: process.platform === 'win32' };
}

export function ensureNodeAbi(projectDir = ROOT): number {
  const problem = tryLoad(projectDir);
  if (problem.kind === 'ok') return 0;
  if (problem.kind === 'other') {
    console.error(`better-sqlite3 does not load in Node, and rebuilding would not fix it:\n${problem.message}`);
    return 1;
  }
  const why =
    problem.kind === 'abi'
      ? `was built for another runtime (NODE_MODULE_VERSION ${problem.built ?? '?'}, Electron's after npm start or npm run dist), not this Node (${problem.needed ?? process.versions.modules})`
      : problem.kind === 'platform'
        ? 'was built for another operating system or CPU'
        : 'has no native build';
  console.log(`better-sqlite3 ${why}: running "npm rebuild better-sqlite3" so plain Node can load it.`);

  // Build for this Node, whatever an earlier Electron build left in the environment.
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(runtime|target|disturl|dist_url|arch|target_arch|build_from_source)$/i.test(key)) delete env[key];
  }
  const npm = npmCommand();
  const r = spawnSync(npm.cmd, [...npm.args, 'rebuild', 'better-sqlite3'], { cwd: projectDir, env, encoding: 'utf8', shell: npm.shell });
  const after = r.status === 0 ? loadsInChild(projectDir) : { ok: false, message: '' };
  if (!after.ok) {
    console.error(`"npm rebuild better-sqlite3" did not give a build Node can load.\n${[r.stdout, r.stderr, r.error?.message, after.message].filter(Boolean).join('\n').trim()}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--project');
  process.exit(ensureNodeAbi(i >= 0 ? path.resolve(process.argv[i + 1]) : ROOT));
}
