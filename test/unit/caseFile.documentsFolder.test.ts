/**
 * Issue 12, item 6: with no Documents folder (a new account, a library computer), "Make my case
 * file" still works where the app suggested, and the file picker starts in the home folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from '../support/tempDir.js';

test('the suggested path works when the Documents folder does not exist yet; another missing folder still gets the plain message', async () => {
  const dir = tempDir('nodocs');
  const documentsDir = path.join(dir, 'Documents');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir });
  const suggested = await api.call('files.suggestPath', {});
  assert.ok(suggested.ok);
  assert.equal(path.dirname(suggested.value.path), documentsDir);
  const made = await api.call('case.create', { path: suggested.value.path });
  assert.ok(made.ok, JSON.stringify(!made.ok && made.error));
  assert.ok(fs.existsSync(suggested.value.path), 'the file is where the app said');
  await api.close();

  const other = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata2'), documentsDir });
  const typo = await other.call('case.create', { path: path.join(dir, 'no-such-folder', 'case.casefile') });
  assert.equal(typo.ok, false);
  assert.match(!typo.ok ? typo.error.message : '', /does not exist/);
  await other.close();
});

test('the file picker starts in the home folder when there is no Documents folder', async () => {
  const dir = tempDir('nodocs-list');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir: path.join(dir, 'Documents') });
  const listing = await api.call('files.list', {});
  assert.ok(listing.ok);
  assert.equal(listing.value.folder, path.resolve(os.homedir()));
  await api.close();
});
