/**
 * Issue 12, item 12: "Leave this computer" lists the papers saved this session, where they are,
 * and deletes them only when asked and only when they are byte for byte the app's own.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from '../support/tempDir.js';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

test('saved papers: found by fingerprint, listed with their places, deleted only when asked', async () => {
  const dir = tempDir('saved-papers');
  const downloads = path.join(dir, 'Downloads');
  fs.mkdirSync(downloads);
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir, downloadsDir: downloads });
  ok(await api.call('case.createDemo', { path: path.join(dir, 'demo.casefile') }));

  // Nothing saved yet: the report says the app kept nothing in its own folder, and names no paper.
  assert.deepEqual(ok(await api.call('computer.footprint', {})).savedPapers, { folder: downloads, found: [], notFound: [] });

  const pdf = ok(await api.call('papers.export', { paper: 'letter', format: 'pdf' }));
  const txt = ok(await api.call('papers.export', { paper: 'checklist', format: 'txt' }));
  const savedPdf = path.join(downloads, pdf.fileName);
  const secondCopy = path.join(downloads, pdf.fileName.replace(/\.pdf$/, ' (1).pdf'));
  fs.writeFileSync(savedPdf, Buffer.from(pdf.base64, 'base64'));
  fs.writeFileSync(secondCopy, Buffer.from(pdf.base64, 'base64'));
  // The person changed the text paper after saving it: it is theirs now, never deleted.
  const changedTxt = path.join(downloads, txt.fileName);
  fs.writeFileSync(changedTxt, `${Buffer.from(txt.base64, 'base64').toString('utf8')}\nMy own note.`);

  const fp = ok(await api.call('computer.footprint', {})).savedPapers;
  assert.deepEqual(fp.found.map((f) => f.path).sort(), [savedPdf, secondCopy].sort());
  assert.deepEqual(fp.notFound, [txt.fileName]);

  const report = ok(await api.call('computer.leave', { removeSavedPapers: true }));
  assert.ok(report.removed.some((l) => l.startsWith('2 papers you saved while the app was open:') && l.includes(savedPdf)));
  assert.ok(report.kept.some((l) => l.includes(`"${txt.fileName}"`) && l.includes('not in')));
  assert.ok(!report.removed.some((l) => /kept nothing/.test(l)));
  assert.equal(fs.existsSync(savedPdf), false);
  assert.equal(fs.existsSync(secondCopy), false);
  assert.ok(fs.readFileSync(changedTxt, 'utf8').endsWith('My own note.'));

  // After leaving, the app remembers no paper from before.
  assert.deepEqual(ok(await api.call('computer.footprint', {})).savedPapers.found, []);
});

test('without the box ticked, saved papers stay and the report says where', async () => {
  const dir = tempDir('saved-papers-kept');
  const downloads = path.join(dir, 'Downloads');
  fs.mkdirSync(downloads);
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir, downloadsDir: downloads });
  ok(await api.call('case.createDemo', { path: path.join(dir, 'demo.casefile') }));
  const pdf = ok(await api.call('papers.export', { paper: 'joint-statement', format: 'pdf' }));
  const saved = path.join(downloads, pdf.fileName);
  fs.writeFileSync(saved, Buffer.from(pdf.base64, 'base64'));
  const report = ok(await api.call('computer.leave', {}));
  assert.ok(report.kept.some((l) => l.includes(`"${saved}"`) && l.includes('You did not tick the box')));
  assert.ok(fs.existsSync(saved));
});
