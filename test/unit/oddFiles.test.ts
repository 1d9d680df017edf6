/**
 * Files that are not what their names say: a pipe (FIFO) or a device named "x.casefile", a folder
 * with that name, a pipe in the backups folder. Each gets a plain answer at once; before, the app
 * and `cli verify` waited on the pipe for ever. Real files, the real CLI and a real app process,
 * each with a time limit, so a hang fails the test instead of stopping it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { backupFolder } from '../../src-main/core/backups/backupFolder.js';
import { AppProcess, repoRoot } from '../support/childProcess.js';
import { tempDir } from '../support/tempDir.js';

const canMakeFifo = () => process.platform !== 'win32' && spawnSync('mkfifo', ['--help'], { stdio: 'ignore' }).status === 0;

function cliWithin(ms: number, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: ms, killSignal: 'SIGKILL' });
  assert.ok(!r.error, `cli ${args.join(' ')} did not finish in ${ms} ms (${r.error?.message})`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a pipe, a device and a folder named like a case file are refused at once, in words', (t) => {
  if (!canMakeFifo()) return t.skip('mkfifo is not available here');
  const dir = tempDir('odd-files');
  const fifo = path.join(dir, 'x.casefile');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const device = path.join(dir, 'zero.casefile');
  fs.symlinkSync('/dev/zero', device);
  const folder = path.join(dir, 'folder.casefile');
  fs.mkdirSync(folder);

  const reading = (file: string) => [['verify', file], ['export', 'checklist', file, '--out', path.join(dir, 'c.txt')]];
  const writing = (file: string) => [['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-03T10:00']];
  for (const [, words, commands] of [
    [fifo, /not an ordinary file/, [...reading(fifo), ...writing(fifo)]],
    [device, /not an ordinary file/, [...reading(device).slice(0, 1), ...writing(device)]],
    [folder, /is a folder/, reading(folder).slice(0, 1)],
  ] as const) {
    for (const args of commands) {
      const r = cliWithin(20_000, args);
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, words, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
    }
  }
  assert.ok(fs.statSync(fifo).isFIFO(), 'the pipe is still a pipe');
  assert.ok(!fs.existsSync(path.join(dir, 'c.txt')));
});

test('a pipe with a backup\'s name in the backups folder: the backup list answers at once and leaves it out', async (t) => {
  if (!canMakeFifo()) return t.skip('mkfifo is not available here');
  const dir = tempDir('odd-backups');
  const appData = path.join(dir, 'appdata');
  const file = path.join(dir, 'case.casefile');
  const child = new AppProcess(appData, { autoBackup: true });
  try {
    await child.ready();
    assert.ok((await child.call('case.create', { path: file })).ok);
    assert.ok((await child.call('backups.makeNow')).ok);
    const folder = backupFolder(file, 'beside', appData);
    assert.equal(spawnSync('mkfifo', [path.join(folder, 'case 2021-06-03 10-00-00-000 opened.casefile')]).status, 0);
    const listed = await Promise.race([child.call('backups.list'), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('backups.list did not answer in 15 s')), 15_000))]);
    assert.ok(listed.ok, JSON.stringify(listed));
    const names = (listed.value as { backups: { name: string }[] }).backups.map((b) => b.name);
    assert.ok(names.length >= 1);
    assert.ok(!names.includes('case 2021-06-03 10-00-00-000 opened.casefile'), names.join(', '));
  } finally {
    await child.kill();
  }
});
