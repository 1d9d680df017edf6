/**
 * A healthy case file on a drive that filled up: opening it must say "full", never "damaged", and
 * following the restore advice must never leave nothing at the case's name. The drive is a real
 * 1 MB file system, mounted in a private mount namespace (unshare -m) that goes away with the child.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { AppProcess } from '../support/childProcess.js';
import { cannotMountPrivately } from '../support/privileges.js';
import { tempDir } from '../support/tempDir.js';

const entry = (i: number) => ({ entry: { kind: 'phone-call', at: `2026-03-0${i}T10:15`, timeZone: 'America/Los_Angeles', minutes: 5, startedBy: 'me', participants: ['Jane Counsel'], requests: [], agreements: [], followUps: [], notes: `call ${i}`, reference: '' } });

async function onSmallDrive(t: { skip(why: string): void }, label: string): Promise<{ child: AppProcess; drive: string; file: string } | null> {
  const why = cannotMountPrivately();
  if (why) {
    console.log(`${label}: skipped: ${why}`);
    t.skip(why);
    return null;
  }
  const dir = tempDir(label);
  const drive = path.join(dir, 'drive');
  fs.mkdirSync(drive);
  const child = new AppProcess(path.join(dir, 'appdata'), { wrap: ['unshare', '-m', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$0" && exec "$@"', drive] });
  await child.ready();
  const file = path.join(drive, 'case.casefile');
  assert.ok((await child.call('case.create', { path: file, caption: { caseNumber: '1' } })).ok);
  for (let i = 1; i <= 3; i++) assert.ok((await child.call('log.add', entry(i))).ok);
  return { child, drive, file };
}

const ls = async (child: AppProcess, folder: string) => ((await child.send({ op: 'ls', path: folder })) as { value: string[] }).value;
const bytesOf = async (child: AppProcess, file: string) => ((await child.send({ op: 'read', path: file })) as { value: string }).value;

test('a healthy case file on a full drive is called full, not damaged; restoring a backup there fails and leaves both files where they were', async (t) => {
  const setup = await onSmallDrive(t, 'full-drive-open');
  if (!setup) return;
  const { child, drive, file } = setup;
  try {
    const made = await child.call('backups.makeNow', {});
    assert.ok(made.ok, JSON.stringify(made));
    const backupPath = (made.value as { path: string }).path;
    assert.ok((await child.call('case.close', {})).ok);
    const before = await bytesOf(child, file);
    const backupBefore = await bytesOf(child, backupPath);
    const filled = (await child.send({ op: 'fill', path: path.join(drive, 'filler.bin') })) as { value: { code: string } };
    assert.equal(filled.value.code, 'ENOSPC');

    const opened = await child.call('case.open', { path: file });
    assert.equal(opened.ok, false);
    if (opened.ok) return;
    assert.notEqual(opened.error.code, 'damaged-file', opened.error.message);
    assert.match(opened.error.message, /full/);
    assert.doesNotMatch(opened.error.message, /is damaged|newest backup/);
    assert.deepEqual((await ls(child, drive)).filter((n) => n.startsWith('case.casefile')), ['case.casefile'], 'the check left no helper files behind');

    // The restore the old message advised: refused in words, and nothing moved.
    const restored = await child.call('backups.restoreDamaged', { casePath: file, backupPath });
    assert.equal(restored.ok, false, JSON.stringify(restored));
    if (restored.ok) return;
    assert.equal(restored.error.code, 'cannot-write');
    assert.match(restored.error.message, /not enough free space/);
    assert.match(restored.error.message, /both still where they were/);
    assert.equal(await bytesOf(child, file), before, 'the case file is unchanged, at its name');
    assert.equal(await bytesOf(child, backupPath), backupBefore, 'the backup is unchanged');
    assert.deepEqual((await ls(child, drive)).filter((n) => n.startsWith('case.casefile')), ['case.casefile'], 'no half-made copy, no file moved aside');

    // With room again, the same file opens with everything in it.
    assert.ok((await child.send({ op: 'rm', path: path.join(drive, 'filler.bin') })).ok);
    const again = await child.call('case.open', { path: file });
    assert.ok(again.ok, JSON.stringify(again));
    const list = await child.call('log.list', {});
    assert.ok(list.ok && (list.value as { total: number }).total === 3);
    console.log(`full drive: open said "${opened.error.message}"; restore said "${restored.error.message}"`);
  } finally {
    await child.kill();
  }
});

test('restoring a backup over an open case on a full drive: refused, the case stays open and unchanged', async (t) => {
  const setup = await onSmallDrive(t, 'full-drive-restore');
  if (!setup) return;
  const { child, drive } = setup;
  try {
    const made = await child.call('backups.makeNow', {});
    assert.ok(made.ok);
    assert.ok((await child.call('log.add', entry(4))).ok);
    (await child.send({ op: 'fill', path: path.join(drive, 'filler.bin') })) as unknown;
    const restored = await child.call('backups.restore', { backupPath: (made.value as { path: string }).path });
    assert.equal(restored.ok, false, JSON.stringify(restored));
    if (!restored.ok) assert.match(restored.error.message, /full|free space/);
    const list = await child.call('log.list', {});
    assert.ok(list.ok && (list.value as { total: number }).total === 4, 'still open, with the newest entry');
    assert.ok(!(await ls(child, drive)).some((n) => n.endsWith('.restoring')));
  } finally {
    await child.kill();
  }
});
