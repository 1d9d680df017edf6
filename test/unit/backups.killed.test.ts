/**
 * A backup cut short (the app killed, the power gone) leaves a "... .casefile.partial" and maybe its
 * "-journal"/"-wal" in the backups folder. They are never shown as backups, but they must not stay
 * for good: the next open of the case tidies them. A real child process, killed mid-backup.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createApi } from '../../src-main/core/api/createApi.js';
import { backupFolder } from '../../src-main/core/backups/backupFolder.js';
import { AppProcess } from '../support/childProcess.js';
import { tempDir } from '../support/tempDir.js';

const partials = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => /\.partial/.test(f)) : []);

test('a backup killed half-way leaves a .partial; the next open removes it and makes a good backup', async () => {
  const dir = tempDir('backup-killed');
  const appData = path.join(dir, 'appdata');
  const file = path.join(dir, 'case.casefile');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: appData, documentsDir: dir });
  assert.ok((await api.call('case.create', { path: file, caption: { caseNumber: '1:21-cv-1' } })).ok);
  await api.close();
  // A big file makes the backup take many steps, so there is a moment to stop it in.
  const raw = new Database(file);
  raw.prepare("INSERT INTO meta (key, value) VALUES ('test-filler', hex(randomblob(12000000)))").run();
  raw.close();

  const folder = backupFolder(file, 'beside', appData);
  const child = new AppProcess(appData, { autoBackup: true });
  await child.ready();
  child.child.stdin.write(`${JSON.stringify({ method: 'case.open', input: { path: file } })}\n`);
  const deadline = Date.now() + 60_000;
  while (partials(folder).length === 0 && Date.now() < deadline) await new Promise((r) => setImmediate(r));
  await child.kill();
  const left = partials(folder);
  assert.ok(left.length > 0, 'the child was stopped while its backup was half made');

  const again = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: appData, documentsDir: dir, autoBackup: true });
  const opened = await again.call('case.open', { path: file });
  assert.ok(opened.ok, JSON.stringify(opened));
  assert.deepEqual(partials(folder), [], `left over: ${left.join(', ')}`);
  const listed = await again.call('backups.list', {});
  assert.ok(listed.ok);
  assert.ok(listed.value.backups.length >= 1 && listed.value.backups.every((b) => b.good));
  await again.close();
});
