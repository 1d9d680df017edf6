/**
 * Text that is not well-formed Unicode (a lone UTF-16 surrogate, as a broken copy-and-paste or a
 * script can send) must not make the contact log look tampered with. Before the fix such a reason
 * was hashed one way and stored another, and `verify` failed for ever. Real API, real file, and the
 * real CLI in its own process to verify it.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createApi } from '../../src-main/core/api/createApi.js';
import { wellFormedInput } from '../../src-main/core/api/wellFormedText.js';
import { cli } from '../support/runCli.js';
import { tempDir } from '../support/tempDir.js';

test('lone surrogates and decomposed letters in a note, a name, a reason and the caption: saved as well-formed NFC, and verify says intact', async () => {
  const dir = tempDir('wellformed');
  const file = path.join(dir, 'case.casefile');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  const made = await api.call('case.create', { path: file, caption: { caseNumber: '1:21-cv-1', plaintiffs: ['Jose\u0301 \uD800Diaz'] } });
  assert.ok(made.ok, JSON.stringify(made));
  const added = await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', participants: ['Ms. \uDC00Lee'], notes: 'They said \uD83D no.' } });
  assert.ok(added.ok, JSON.stringify(added));
  const voided = await api.call('log.void', { entryId: added.value.id, reason: 'Logged twice \uDBFF' });
  assert.ok(voided.ok, JSON.stringify(voided));
  assert.equal(made.value.caption.plaintiffs[0], 'Jos\u00e9 \uFFFDDiaz', 'composed é, and U+FFFD for the lone half');
  await api.close();

  const r = cli(['verify', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'intact, 1 entries, 2 revisions');

  const raw = new Database(file, { readonly: true });
  const content = (raw.prepare('SELECT content FROM log_revisions ORDER BY seq LIMIT 1').get() as { content: string }).content;
  const reason = (raw.prepare('SELECT reason FROM log_revisions ORDER BY seq DESC LIMIT 1').get() as { reason: string }).reason;
  raw.close();
  assert.match(content, /Ms\. \uFFFDLee/);
  assert.match(content, /They said \uFFFD no\./);
  assert.equal(reason, 'Logged twice \uFFFD');
});

test('wellFormedInput: every string in the input, nested, except the ones that name files on disk', () => {
  const input = { entry: { notes: 'a\uD800', list: ['e\u0301', { deep: '\uDC00' }], n: 3, ok: true, none: null }, path: '/tmp/cafe\u0301\uD800.casefile', folder: 'x\u0301' };
  assert.deepEqual(wellFormedInput(input), { entry: { notes: 'a\uFFFD', list: ['\u00e9', { deep: '\uFFFD' }], n: 3, ok: true, none: null }, path: '/tmp/cafe\u0301\uD800.casefile', folder: 'x\u0301' });
  assert.equal(wellFormedInput('\uD83D\uDE00 ok'), '\uD83D\uDE00 ok', 'a real pair (an emoji) stays');
});

test('a "__proto__" key in the input stays a key, so the strict checks refuse it instead of reading through it', async () => {
  // Before: copying the input set the copy's prototype, the key vanished and the check passed;
  // a "path" hidden under "__proto__" was read as the path to open.
  const dir = tempDir('proto-key');
  const file = path.join(dir, 'case.casefile');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  assert.ok((await api.call('case.create', { path: file, caption: { caseNumber: '1:21-cv-1' } })).ok);
  await api.close();
  const smuggled = await api.invoke('case.open', JSON.parse(`{"__proto__": {"path": ${JSON.stringify(file)}}}`));
  assert.ok(!smuggled.ok && smuggled.error.code === 'bad-input', JSON.stringify(smuggled));
  assert.equal(api.session.caseId, null, 'no case was opened');
  const glossary = await api.invoke('help.glossary', JSON.parse('{"__proto__": []}'));
  assert.ok(!glossary.ok && glossary.error.code === 'bad-input', JSON.stringify(glossary));
  const copy = wellFormedInput(JSON.parse('{"a": {"__proto__": {"x": 1}}}')) as { a: object };
  assert.deepEqual(Object.keys(copy.a), ['__proto__']);
  assert.equal(Object.getPrototypeOf(copy.a), Object.prototype);
  await api.close();
});
