/**
 * The app writing its contact log as fast as it can, to be killed at a random moment.
 * Usage: node --import tsx test/support/crashWriter.ts CASE_FILE APP_DATA_DIR SEED
 * Prints "ready" once the case is open, then after each write RETURNS (never before):
 *   "a ID"        a new entry ID was saved
 *   "e ID REV"    entry ID was edited, now at revision REV
 * Any failure is printed on stderr with exit code 3: the parent test fails on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createApi } from '../../src-main/core/api/createApi.js';

const [file, appDataDir, seedArg] = process.argv.slice(2) as [string, string, string];
let seed = Number(seedArg) >>> 0 || 1;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/**
 * Straight into the pipe, synchronously: process.stdout may queue a line in this process when the
 * pipe is full, and a kill would lose it. A line written here is in the kernel's hands.
 */
function out(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let done = 0; done < bytes.length; ) {
    try {
      done += fs.writeSync(1, bytes, done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1); // the reader is behind: wait 1 ms
    }
  }
}
function die(what: string, detail: unknown): never {
  process.stderr.write(`${what}: ${JSON.stringify(detail)}\n`);
  process.exit(3);
}

// The shells' setup: rolling backups on, so a kill can also land in the middle of one.
const api = createApi({ appVersion: '0.0.0-crash', shell: 'web', appDataDir, documentsDir: path.dirname(file), autoBackup: true });
const opened = await api.call('case.open', { path: file });
if (!opened.ok) die('open failed', opened.error);
out('ready');

const kinds = ['phone-call', 'voicemail', 'letter-sent', 'email-received', 'no-answer', 'in-person'] as const;
const mine: { id: number; revision: number }[] = [];
for (let n = 0; ; n++) {
  if (mine.length > 0 && random() < 0.2) {
    const target = mine[Math.floor(random() * mine.length)];
    const r = await api.call('log.edit', { entryId: target.id, reason: `correction ${n}`, entry: { notes: `edited ${n} `.repeat(1 + Math.floor(random() * 200)) } });
    if (!r.ok) die('edit failed', r.error);
    target.revision = r.value.revision;
    out(`e ${target.id} ${target.revision}`);
    continue;
  }
  const day = String(1 + (n % 28)).padStart(2, '0');
  const r = await api.call('log.add', {
    entry: {
      kind: kinds[n % kinds.length],
      at: `2021-06-${day}T10:${String(n % 60).padStart(2, '0')}`,
      timeZone: 'America/Los_Angeles',
      // Long notes now and then, so one save spans many pages of the file.
      notes: `entry ${n} `.repeat(1 + Math.floor(random() * (random() < 0.2 ? 1500 : 30))),
    },
  });
  if (!r.ok) die('add failed', r.error);
  mine.push({ id: r.value.id, revision: r.value.revision });
  out(`a ${r.value.id}`);
}
