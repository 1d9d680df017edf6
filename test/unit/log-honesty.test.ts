/**
 * The log claims only what it can prove. The hash chain has no secret key: a careful rewrite
 * (a changed date, a deleted entry, every hash worked out again) passes the check. So no screen,
 * paper or README may say a change outside the app "would break the chain"; what does catch the
 * rewrite is a fingerprint printed on a paper the other side already has.
 * Real case files, the real API, papers read back (PDF via pdftotext, DOCX, text).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fingerprintBlocks } from '../../src-main/core/papers/fingerprintLine.js';
import { CHECK_LIMIT, FINGERPRINT_USE } from '../../src-main/core/papers/logIntegrity.js';
import { readingGrade } from '../../src-main/core/plainLanguage/index.js';
import { editByHand, ok, paperFingerprint, paperText, rewriteLog } from '../support/logFiles.js';
import { testApi } from '../support/testApi.js';

const root = path.resolve(import.meta.dirname, '../..');
const call = (at: string, notes: string) => ({ kind: 'phone-call' as const, at, timeZone: 'America/Los_Angeles', minutes: 15, notes });

async function threeCalls() {
  const { api, file, dir } = testApi();
  const path_ = file('rewrite.casefile');
  ok(await api.call('case.create', { path: path_, caption: { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' } } }));
  ok(await api.call('log.add', { entry: call('2021-06-03T10:00', 'They refused to give the records.') }));
  ok(await api.call('log.add', { entry: call('2021-06-10T10:00', 'They agreed to look again.') }));
  ok(await api.call('log.add', { entry: call('2021-06-17T10:00', 'They said no again.') }));
  return { api, path: path_, dir };
}

test('a careful rewrite passes the chain check, and the report no longer claims it would not', async () => {
  const { api, path: file, dir } = await threeCalls();
  const letter = paperFingerprint(await paperText(api, 'letter', 'txt', dir));
  assert.ok(letter, 'the letter printed the log fingerprint');
  await api.close();

  // A forged date on entry 2, entry 3 deleted, every hash and the newest-link record worked out again.
  rewriteLog(file, `UPDATE log_revisions SET content = replace(content, '2021-06-10T10:00', '2021-06-04T10:00') WHERE entry_id = 2;
                    DELETE FROM log_revisions WHERE entry_id = 3; DELETE FROM log_entries WHERE id = 3;`);
  ok(await api.call('case.open', { path: file }));
  const v = ok(await api.call('log.verify', {}));
  assert.equal(v.intact, true, 'the chain alone cannot see a careful rewrite (this is why the papers carry fingerprints)');

  for (const format of ['txt', 'pdf', 'docx'] as const) {
    const text = (await paperText(api, 'contact-log', format, dir)).replace(/\s+/g, ' ');
    assert.ok(!/would break the chain|Verified intact|was not changed outside the app/i.test(text), `${format}: no claim the check cannot back`);
    assert.ok(text.includes(CHECK_LIMIT.slice(0, 60)), `${format}: says what the check cannot prove`);
  }

  // What does catch it: the fingerprint the other side got with the letter.
  const checked = ok(await api.call('log.checkFingerprint', { fingerprint: letter.code }));
  assert.equal(checked.matches, false);
  assert.match(checked.message, /changed after the paper was made/);
  await api.close();
});

test('a change by hand that leaves the hashes alone is still found', async () => {
  const { api, path: file } = await threeCalls();
  await api.close();
  editByHand(file, 'UPDATE log_revisions SET content = replace(content, \'refused\', \'offered\') WHERE entry_id = 1');
  ok(await api.call('case.open', { path: file }));
  const v = ok(await api.call('log.verify', {}));
  assert.equal(v.intact, false);
  if (!v.intact) assert.match(v.problem.message, /Entry 1 was changed outside the app/);
  await api.close();
});

test('no shipped words claim the chain alone shows the log was not changed', () => {
  const files = ['README.md', 'src-main/core/papers/logReport.ts', 'src-main/core/papers/logIntegrity.ts', 'src-main/cli/logCommands.ts', 'src-main/core/contacts/logRows.ts'];
  const screens = fs.readdirSync(path.join(root, 'src-renderer/screens'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
  // Stores hold the status messages the screens show, so their words count as shipped too.
  const stores = fs.readdirSync(path.join(root, 'src-renderer/store')).filter((f) => f.endsWith('.ts'));
  const claims = [/would break the chain/i, /verified intact/i, /show(s)? the log was not changed/i, /log is unchanged/i, /the same code shows nothing\s+was changed/i];
  for (const f of [...files, ...screens.map((s) => `src-renderer/screens/${s}`), ...stores.map((s) => `src-renderer/store/${s}`)]) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    for (const c of claims) assert.ok(!c.test(text), `${f} still says ${c}`);
  }
});

test('the words about the check and the fingerprints read at grade 8 or below', () => {
  const line = fingerprintBlocks({ code: '3F9C-21AB-7D10-88E2-0C4B-A9F1', seq: 12, entryId: 4, recordedAt: '2021-06-03T17:00:00Z' }, '2021-06-03')[0];
  for (const t of [CHECK_LIMIT, FINGERPRINT_USE, line.type === 'paragraph' ? line.text : '']) assert.ok(readingGrade(t) <= 8, `grade ${readingGrade(t).toFixed(1)}: ${t}`);
});
