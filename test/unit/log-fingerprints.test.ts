/**
 * The log's fingerprint on every paper that leaves the person's hands, and the check of a
 * fingerprint typed from an old paper. Real case file, real API, the seed order, papers read
 * back as a reader gets them (PDF via pdftotext, DOCX unzipped, text).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import { FINGERPRINT_DIGITS } from '../../src-main/core/contacts/fingerprint.js';
import { fingerprintsIn, ok, paperFingerprint, paperText, rewriteLog } from '../support/logFiles.js';
import { cli } from '../support/runCli.js';
import { testApi } from '../support/testApi.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const TZ = 'America/Los_Angeles';

async function caseWithLog(): Promise<{ api: CaseFileApi; file: string; dir: string }> {
  const { api, file, dir } = testApi();
  const f = file('fingerprints.casefile');
  ok(await api.call('case.create', { path: f, caption: { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' }, inPrison: true } }));
  ok(await api.call('orders.add', { source: { name: 'dickson-order-2021-05-24.txt', text: SEED_ORDER }, servedDate: '2021-05-24', serviceMethod: 'mail' }));
  const rfp = ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records from 2016' }));
  ok(await api.call('log.add', { entry: { kind: 'letter-sent', at: '2021-05-27T09:00', timeZone: TZ, requests: [{ requestId: rfp.id, outcome: 'other' }] } }));
  const call = ok(await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: TZ, minutes: 20, requests: [{ requestId: rfp.id, outcome: 'still-disputed' }] } }));
  ok(await api.call('log.edit', { entryId: call.id, reason: 'The call was longer.', entry: { minutes: 30 } }));
  return { api, file: f, dir };
}

describe('fingerprints on the papers', async () => {
  const s = await caseWithLog();
  const now = ok(await s.api.call('log.verify', {}));
  assert.ok(now.intact && now.fingerprint);
  const current = now.fingerprint;

  test('the code is 6 groups of 4 hex digits (96 bits), as of the newest change', () => {
    assert.match(current.code, /^[0-9A-F]{4}(-[0-9A-F]{4}){5}$/);
    assert.equal(current.code.replace(/-/g, '').length * 4, 96);
    assert.equal(FINGERPRINT_DIGITS * 4, 96);
    assert.equal(current.seq, 3);
  });

  for (const paper of ['letter', 'joint-statement'] as const) {
    for (const format of ['pdf', 'docx', 'txt'] as const) {
      test(`the ${paper} prints the log's fingerprint as of that paper (${format})`, async () => {
        const text = await paperText(s.api, paper, format, s.dir);
        assert.deepEqual(paperFingerprint(text), { code: current.code, seq: 3 }, text.slice(-1500));
      });
    }
  }

  for (const format of ['pdf', 'docx', 'txt'] as const) {
    test(`the log report prints the fingerprint after each entry and for the whole log (${format})`, async () => {
      const text = await paperText(s.api, 'contact-log', format, s.dir);
      const codes = fingerprintsIn(text);
      const byChange = ok(await s.api.call('log.list', { order: 'oldest', withHistory: true })).entries.map((e) => e.history!.at(-1)!.chainHash);
      // Entry 1 (change 1) and entry 2 (its newest version is change 3), then the whole log (change 3).
      const expected = byChange.map((h) => h.slice(0, 24).toUpperCase().match(/.{4}/g)!.join('-'));
      assert.deepEqual(codes, [...expected, current.code], text.replace(/\s+/g, ' ').slice(-2500));
      assert.match(text.replace(/\s+/g, ' '), /Log fingerprint as of change 1:/);
    });
  }

  test('a fingerprint typed from an old paper: case, spaces, dashes and look-alike letters are forgiven', async () => {
    const letter = paperFingerprint(await paperText(s.api, 'letter', 'txt', s.dir))!;
    // Life goes on: a new entry and a change through the app. The old history is still there.
    ok(await s.api.call('log.add', { entry: { kind: 'email-received', at: '2021-06-05T08:00', timeZone: TZ } }));
    ok(await s.api.call('log.void', { entryId: 1, reason: 'Logged on the wrong case.' }));
    const typings = [letter.code, letter.code.toLowerCase(), letter.code.replace(/-/g, ' '), letter.code.replace(/-/g, ''), ` ${letter.code.replace(/0/g, 'O').replace(/1/g, 'l')} `];
    for (const typed of typings) {
      const r = ok(await s.api.call('log.checkFingerprint', { fingerprint: typed }));
      assert.equal(r.matches, true, typed);
      if (r.matches) {
        assert.equal(r.fingerprint.seq, 3);
        assert.equal(r.laterChanges, 2);
        assert.match(r.message, /^Yes\. Today's log still holds exactly the history this fingerprint stands for: changes 1 to 3/);
      }
    }
  });

  test('a typing mistake is told apart from a changed log; bad input gets a clear message', async () => {
    const code = current.code;
    const typo = `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`;
    const r = ok(await s.api.call('log.checkFingerprint', { fingerprint: typo }));
    assert.equal(r.matches, false);
    assert.match(r.message, /very close to the fingerprint as of change 3/);
    const short = await s.api.call('log.checkFingerprint', { fingerprint: code.slice(0, 24) });
    assert.ok(!short.ok && short.error.code === 'bad-input' && short.error.field === 'fingerprint');
    assert.match(short.ok ? '' : short.error.message, /has 24 numbers and letters, in 6 groups of 4\. You typed 20/);
    const odd = await s.api.call('log.checkFingerprint', { fingerprint: 'XYZ1-21AB-7D10-88E2-0C4B-A9F1' });
    assert.ok(!odd.ok);
    assert.match(odd.ok ? '' : odd.error.message, /"X" is not one of them/);
    const empty = await s.api.call('log.checkFingerprint', { fingerprint: '  ' });
    assert.ok(!empty.ok && /Please type the fingerprint/.test(empty.error.message));
  });

  test('an old 64-digit fingerprint (printed by earlier versions of the log report) is checked too', async () => {
    const full = ok(await s.api.call('log.list', { order: 'oldest', withHistory: true })).entries[0].history![0].chainHash;
    const r = ok(await s.api.call('log.checkFingerprint', { fingerprint: full.match(/.{8}/g)!.join(' ') }));
    assert.ok(r.matches && r.fingerprint.seq === 1);
  });

  test('after a careful rewrite, a fingerprint from before the changed part still matches and one from after does not (CLI, a real process)', async () => {
    // By now the log has 5 changes; the letter made now is as of change 5, `current` was as of change 3.
    const letter = paperFingerprint(await paperText(s.api, 'letter', 'txt', s.dir))!;
    assert.equal(letter.seq, 5);
    await s.api.close();
    const before = cli(['fingerprint', s.file, letter.code]);
    assert.equal(before.code, 0, before.stderr);
    assert.match(before.stdout, /^Yes\./);

    rewriteLog(s.file, 'UPDATE log_revisions SET reason = \'Logged twice.\' WHERE seq = 5');
    const after = cli(['fingerprint', s.file, letter.code]);
    assert.equal(after.code, 1);
    assert.match(after.stdout, /^No\. /);
    assert.equal(cli(['fingerprint', s.file, current.code]).code, 0, 'the history up to change 3 was not touched');

    rewriteLog(s.file, 'UPDATE log_revisions SET content = replace(content, \'"minutes":20\', \'"minutes":45\') WHERE seq = 2');
    assert.equal(cli(['fingerprint', s.file, current.code]).code, 1, 'a rewrite of change 2 is caught by the paper made at change 3');
    assert.match(cli(['fingerprint', s.file]).stdout, /^[0-9A-F]{4}(-[0-9A-F]{4}){5} \(as of change 5\)$/m);
  });
});
