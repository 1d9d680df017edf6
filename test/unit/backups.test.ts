import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import { backupsToRemove } from '../../src-main/core/backups/backupPolicy.js';
import { tempDir } from '../support/tempDir.js';

function shellApi() {
  const dir = tempDir('backups');
  const api = createApi({ appVersion: 'test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir, autoBackup: true });
  return { api, dir };
}

test('backup policy keeps the newest 10 and one a day for 30 days', () => {
  const now = new Date('2021-06-30T12:00:00Z');
  const stamps = [];
  // 40 days of backups, 3 a day.
  for (let d = 0; d < 40; d++) {
    for (const h of ['08', '12', '18']) {
      const day = new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10);
      stamps.push({ name: `${day}-${h}`, madeAt: `${day}T${h}:00:00.000Z` });
    }
  }
  const removed = new Set(backupsToRemove(stamps, now));
  const kept = stamps.filter((s) => !removed.has(s.name));
  const newest10 = [...stamps].sort((a, b) => b.madeAt.localeCompare(a.madeAt)).slice(0, 10);
  for (const s of newest10) assert.ok(!removed.has(s.name), `newest ${s.name} kept`);
  const days = new Set(kept.map((s) => s.madeAt.slice(0, 10)));
  assert.ok(days.size >= 30 && days.size <= 31, `one a day for 30 days (got ${days.size})`);
  assert.ok(kept.length <= 10 + 31);
  assert.ok(!kept.some((s) => s.madeAt < '2021-05-30'), 'nothing older than 30 days beyond the newest 10');
});

test('opening a case makes a backup beside it, listed with its entry count', async () => {
  const { api, dir } = shellApi();
  const file = path.join(dir, 'mine.casefile');
  assert.ok((await api.call('case.create', { path: file })).ok);
  const list = await api.call('backups.list', {});
  assert.ok(list.ok);
  assert.equal(list.value.folder, path.join(dir, 'mine backups'));
  assert.equal(list.value.backups.length, 1);
  assert.equal(list.value.backups[0].good, true);
  assert.equal(list.value.backups[0].entries, 0);
  await api.close();
});

test('restoring a backup first backs up the current file, then brings the old caption back', async () => {
  const { api, dir } = shellApi();
  const file = path.join(dir, 'restore.casefile');
  await api.call('case.create', { path: file, caption: { caseNumber: 'OLD-1' } });
  const made = await api.call('backups.makeNow', {});
  assert.ok(made.ok);
  await api.call('case.updateCaption', { patch: { caseNumber: 'NEW-2' } });
  const restored = await api.call('backups.restore', { backupPath: made.value.path });
  assert.ok(restored.ok, JSON.stringify(restored.ok ? null : restored.error));
  assert.equal(restored.value.caption.caseNumber, 'OLD-1');
  assert.match(path.basename(restored.value.savedCurrentAs), /before restore/);
  // The "before restore" copy holds the newer work: nothing was lost.
  const list = await api.call('backups.list', {});
  assert.ok(list.ok && list.value.backups.some((b) => b.reason === 'before restore'));
  await api.close();
});

test('only this case\'s own backups can be restored, not any file on the disk', async () => {
  const { api, dir } = shellApi();
  await api.call('case.create', { path: path.join(dir, 'a.casefile') });
  const other = path.join(dir, 'elsewhere.casefile');
  fs.writeFileSync(other, 'x');
  const r = await api.call('backups.restore', { backupPath: other });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'bad-input');
  await api.close();
});

test('a damaged case file is kept untouched beside the restored newest good backup', async () => {
  const { api, dir } = shellApi();
  const file = path.join(dir, 'hurt.casefile');
  await api.call('case.create', { path: file, caption: { caseNumber: 'SAFE-1' } });
  await api.call('case.close', {});
  // Damage it: keep the header, wreck the pages.
  const bytes = fs.readFileSync(file);
  bytes.fill(0xab, 4096, bytes.length);
  fs.writeFileSync(file, bytes);
  const damagedCopy = Buffer.from(bytes);
  const open = await api.call('case.open', { path: file });
  assert.equal(!open.ok && open.error.code, 'damaged-file');
  const list = await api.call('backups.list', { casePath: file });
  assert.ok(list.ok);
  const newestGood = list.value.backups.find((b) => b.good)!;
  assert.ok(newestGood, 'a good backup is offered');
  const r = await api.call('backups.restoreDamaged', { casePath: file, backupPath: newestGood.path });
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.value.caption.caseNumber, 'SAFE-1');
  assert.deepEqual(fs.readFileSync(r.value.damagedKeptAs), damagedCopy, 'the damaged file is kept byte for byte');
  await api.close();
});
