/**
 * The desktop shell's Save of a paper, run under plain Node against the recording stand-in for
 * Electron (the binary cannot run here): the shell's own dialog is used, a file the person picks
 * is where the paper goes, and a case file is refused even when the dialog's "replace?" was yes.
 * This shows what our code asks Electron to do, not what Electron's dialog shows.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../support/tempDir.js';

class Item {
  cancelled = false;
  savePath: string | null = null;
  getFilename = () => 'checklist.pdf';
  cancel = () => void (this.cancelled = true);
  setSavePath = (p: string) => void (this.savePath = p);
}

test('Electron will-download: Cancel saves nothing, a new name is used, a case file (by name or by contents) is refused with a message', async () => {
  register('../support/electronHooks.mjs', import.meta.url);
  const dir = tempDir('electron-downloads');
  const { recorded } = await import('../support/fakeElectron.js');
  const { guardDownloads } = await import('../../src-main/electron/downloads.js');
  guardDownloads(() => null, dir);
  const handler = recorded.sessionListeners.get('will-download');
  assert.ok(handler, 'a will-download handler is installed');
  const download = (answer: string | undefined) => {
    recorded.saveDialogAnswer = answer;
    const item = new Item();
    handler({}, item);
    return item;
  };

  const cancelled = download(undefined);
  assert.ok(cancelled.cancelled && cancelled.savePath === null);

  const fine = download(path.join(dir, 'checklist.pdf'));
  assert.equal(fine.savePath, path.join(dir, 'checklist.pdf'));
  assert.equal(fine.cancelled, false);

  const caseFile = download(path.join(dir, 'My case.casefile'));
  assert.ok(caseFile.cancelled && caseFile.savePath === null);
  assert.match(recorded.messages.at(-1) ?? '', /never saved as a case file/);

  const disguised = path.join(dir, 'old.pdf');
  const header = Buffer.alloc(100);
  header.write('SQLite format 3\u0000', 0, 'latin1');
  header.writeInt32BE(0x50534346, 68);
  fs.writeFileSync(disguised, header);
  const overCase = download(disguised);
  assert.ok(overCase.cancelled && overCase.savePath === null);
  assert.match(recorded.messages.at(-1) ?? '', /is a case file/);
});
