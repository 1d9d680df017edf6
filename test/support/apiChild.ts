/**
 * A second copy of the app in its own process, for tests that need two: reads one command per
 * line on stdin and answers one JSON line on stdout.
 *   {"method": "case.open", "input": {...}}  -> the API's Result
 *   {"op": "rm", "path": "..."}              -> remove a file (to free space on a small drive)
 *   {"op": "copy", "from": "...", "to": "..."} -> copy a file in or out (of a drive that goes away with this process)
 *   {"op": "ls", "path": "..."}              -> the names in a folder
 *   {"op": "fill", "path": "..."}            -> write a file until the drive says it is full (ENOSPC)
 *   {"op": "read", "path": "..."}            -> a file's bytes, base64 (to compare before and after)
 *   {"op": "exit"}                           -> close the case (last backup) and exit
 * Usage: node --import tsx test/support/apiChild.ts APP_DATA_DIR [--auto-backup]
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createApi } from '../../src-main/core/api/createApi.js';

const appDataDir = path.resolve(process.argv[2] ?? '.');
const api = createApi({ appVersion: '0.0.0-child', shell: 'web', appDataDir, documentsDir: appDataDir, autoBackup: process.argv.includes('--auto-backup') });

const answer = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

/** A real full drive: write until the file system refuses with ENOSPC. */
function fillDrive(file: string): { bytes: number; code: string } {
  const fd = fs.openSync(file, 'w');
  const block = Buffer.alloc(4096, 7);
  let bytes = 0;
  try {
    for (;;) bytes += fs.writeSync(fd, block);
  } catch (e) {
    return { bytes, code: String((e as NodeJS.ErrnoException).code) };
  } finally {
    fs.closeSync(fd);
  }
}

const lines = readline.createInterface({ input: process.stdin });
// One command at a time, in order, like one window clicking.
let queue: Promise<void> = Promise.resolve();
lines.on('line', (line) => {
  queue = queue.then(async () => {
    let cmd: { method?: string; input?: unknown; op?: string; path?: string; from?: string; to?: string };
    try {
      cmd = JSON.parse(line) as typeof cmd;
    } catch {
      answer({ ok: false, error: { code: 'bad-input', message: 'not JSON' } });
      return;
    }
    try {
      if (cmd.op === 'exit') {
        await api.close();
        answer({ ok: true, value: 'bye' });
        process.exit(0);
      }
      if (cmd.op === 'rm') {
        fs.rmSync(cmd.path!, { force: true });
        answer({ ok: true, value: null });
        return;
      }
      if (cmd.op === 'ls') {
        answer({ ok: true, value: fs.readdirSync(cmd.path!).sort() });
        return;
      }
      if (cmd.op === 'fill') {
        answer({ ok: true, value: fillDrive(cmd.path!) });
        return;
      }
      if (cmd.op === 'read') {
        answer({ ok: true, value: fs.readFileSync(cmd.path!).toString('base64') });
        return;
      }
      if (cmd.op === 'copy') {
        fs.copyFileSync(cmd.from!, cmd.to!);
        answer({ ok: true, value: null });
        return;
      }
      answer(await api.invoke(cmd.method, cmd.input));
    } catch (e) {
      // The API never throws; this line would show a bug, and the test would fail on it.
      answer({ thrown: String(e) });
    }
  });
});
lines.on('close', () => void queue.then(() => api.close()).then(() => process.exit(0)));
process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
