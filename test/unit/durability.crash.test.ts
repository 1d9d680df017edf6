/**
 * Crash safety with a real process and a real file: the app (test/support/crashWriter.ts, the
 * real API with rolling backups on) writes its contact log in a loop and is killed with SIGKILL
 * (no clean-up, no last backup) at random moments, many times over. After each kill the file
 * must open the way the app opens it, pass SQLite's integrity check and the log's own hash-chain
 * check (what `cli verify` runs), and hold every write the app had reported done before it died.
 *
 * Two lanes run side by side (one case file each) to use both cores. CRASH_SEED=n picks other
 * moments; CRASH_KILLS=n sets the kills per lane.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import { backupFolder } from '../../src-main/core/backups/backupFolder.js';
import { listBackups } from '../../src-main/core/backups/backups.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';
import { closeCaseFile, openCaseFile } from '../../src-main/core/db/openCaseFile.js';
import { repoRoot, supportScript } from '../support/childProcess.js';
import { cli } from '../support/runCli.js';
import { tempDir } from '../support/tempDir.js';

const SEED = Number(process.env.CRASH_SEED ?? 20210524);
const KILLS_PER_LANE = Number(process.env.CRASH_KILLS ?? 26);
const LANES = 2;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Acked {
  added: Set<number>;
  /** entry id -> newest revision the app reported saved */
  edited: Map<number, number>;
}

interface RunResult {
  lines: number;
  startedWriting: boolean;
  stderr: string;
}

/** Start the writer, kill it at the chosen moment, and collect every complete line it printed. */
function runAndKill(file: string, appData: string, seed: number, plan: { afterReadyMs: number } | { afterSpawnMs: number }, acked: Acked): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', supportScript('crashWriter.ts'), file, appData, String(seed)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let lines = 0;
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const safety = setTimeout(kill, 60_000);
    if ('afterSpawnMs' in plan) timer = setTimeout(kill, plan.afterSpawnMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      // Only whole lines count: a write the app reported is a line with its newline.
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        lines++;
        if (line === 'ready') {
          ready = true;
          if ('afterReadyMs' in plan) timer = setTimeout(kill, plan.afterReadyMs);
          continue;
        }
        const [kind, id, rev] = line.split(' ');
        if (kind === 'a') acked.added.add(Number(id));
        else if (kind === 'e') acked.edited.set(Number(id), Math.max(acked.edited.get(Number(id)) ?? 0, Number(rev)));
        else stderr += `unexpected line: ${line}\n`;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    // 'close', not 'exit': every line already in the pipe is read before we judge.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(safety);
      if (signal !== 'SIGKILL') return reject(new Error(`the writer stopped by itself (code ${code}): ${stderr}`));
      resolve({ lines, startedWriting: ready, stderr });
    });
  });
}

/** What the app sees when it next opens the file, checked the way `cli verify` checks it. */
function checkAfterKill(file: string, acked: Acked, label: string): { entries: number } {
  const db = openCaseFile(file);
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok', `${label}: integrity_check`);
    const v = verifyLog(db);
    assert.ok(v.intact, `${label}: log verify: ${v.intact ? '' : v.problem.message}`);
    const present = new Set((db.prepare('SELECT id FROM log_entries').all() as { id: number }[]).map((r) => r.id));
    for (const id of acked.added) assert.ok(present.has(id), `${label}: entry ${id} was reported saved but is missing`);
    const revisions = new Map((db.prepare('SELECT entry_id AS id, MAX(revision) AS rev FROM log_revisions GROUP BY entry_id').all() as { id: number; rev: number }[]).map((r) => [r.id, r.rev]));
    for (const [id, rev] of acked.edited) assert.ok((revisions.get(id) ?? 0) >= rev, `${label}: entry ${id} revision ${rev} was reported saved but is missing`);
    return { entries: present.size };
  } finally {
    closeCaseFile(db);
  }
}

async function lane(index: number, dir: string): Promise<{ kills: number; duringStartup: number; entries: number; acked: number; backups: number }> {
  const random = prng(SEED + index * 7919);
  const file = path.join(dir, `lane-${index}.casefile`);
  const appData = path.join(dir, `appdata-${index}`);
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: appData, documentsDir: dir });
  const made = await api.call('case.create', { path: file, caption: { partyName: 'Christopher Dickson', caseNumber: '1:17-cv-00294' } });
  assert.ok(made.ok, made.ok ? '' : made.error.message);
  await api.close();

  const acked: Acked = { added: new Set(), edited: new Map() };
  let duringStartup = 0;
  let entries = 0;
  for (let k = 0; k < KILLS_PER_LANE; k++) {
    // Mostly while it writes; one in six at any moment from the start, which can land in the
    // open, the check, or the "opened" backup.
    const plan = random() < 1 / 6 ? { afterSpawnMs: Math.floor(random() * 2500) } : { afterReadyMs: Math.floor(5 + random() * 150) };
    const r = await runAndKill(file, appData, Math.floor(random() * 2 ** 31), plan, acked);
    assert.equal(r.stderr, '', `lane ${index} run ${k}: ${r.stderr}`);
    if (!r.startedWriting) duringStartup++;
    entries = checkAfterKill(file, acked, `lane ${index} kill ${k + 1}`).entries;
  }
  // The writer saves one entry at a time, so at most one save per kill can have landed unreported.
  assert.ok(entries - acked.added.size <= KILLS_PER_LANE, `lane ${index}: ${entries} entries in the file but only ${acked.added.size} reported`);
  // Every backup the app finished is whole; a backup cut off by a kill never looks like one.
  const backups = listBackups(backupFolder(file, 'beside', appData));
  for (const b of backups) assert.ok(b.good, `backup ${b.name} is listed but not good`);
  // The real command line, once at the end.
  const verified = cli(['verify', file]);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(verified.stdout, /^intact, \d+ entries/);
  return { kills: KILLS_PER_LANE, duringStartup, entries, acked: acked.added.size, backups: backups.length };
}

test(`SIGKILL at ${LANES * KILLS_PER_LANE} random moments (seed ${SEED}): the file always opens, passes both checks, and keeps every reported write`, { timeout: 600_000 }, async () => {
  const dir = tempDir('crash');
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, dir)));
  const kills = results.reduce((n, r) => n + r.kills, 0);
  assert.ok(kills >= 50, `only ${kills} kills`);
  const writtenBeforeKills = results.reduce((n, r) => n + r.acked, 0);
  assert.ok(writtenBeforeKills > 100, `the writer got little done (${writtenBeforeKills} entries): the kills did not land among writes`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `crash test: ${kills} kills in ${seconds} s (seed ${SEED}); ${results.reduce((n, r) => n + r.duringStartup, 0)} before the first write; ` +
      `${writtenBeforeKills} entries reported saved, all present; ${results.reduce((n, r) => n + r.entries - r.acked, 0)} more saved but not yet reported when killed; ${results.reduce((n, r) => n + r.backups, 0)} good backups`,
  );
  // Left-over pieces of backups cut off by a kill: never listed, removed by "Leave this computer".
  const partials = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.partial')).length;
  console.log(`crash test: ${partials} unfinished backup pieces (.partial) left by kills`);
});
