/**
 * The other papers for a plaintiff in prison: the letter (and logging it as sent), the contact
 * log report with the check and its fingerprint, the checklist, and a log changed outside the app.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { FORMATS, ok, prisonerCase, TZ, type Seeded } from '../support/paperCase.js';
import { exported, hasPhrase, phraseAt, squeeze } from '../support/readPapers.js';

describe('papers for a plaintiff in prison (seed order: typed signatures allowed)', () => {
  let s: Seeded;
  before(async () => {
    s = await prisonerCase();
  });

  test('the letter: requests still at issue, a legal call through the prison, confirm in writing; logged in one click', async () => {
    for (const format of FORMATS) {
      const { text } = await exported(s.api, 'letter', format);
      for (const needle of ['Dear Jane Roe:', 'Request for Production, Set One, No. 3', 'All video of the yard that day.', 'litigation coordinator', 'AB-1234', 'confirm in writing']) {
        assert.ok(hasPhrase(text, needle), `${format} letter has "${needle}"`);
      }
      assert.ok(!text.includes('Interrogatory, Set One, No. 7'), 'a resolved request is not asked for again');
    }
    const before = ok(await s.api.call('requests.list', {}));
    const entry = ok(await s.api.call('papers.logLetterSent', { at: '2021-06-12T09:00', timeZone: TZ }));
    assert.equal(entry.content.kind, 'letter-sent');
    assert.deepEqual(entry.outcomes.map((o) => o.label).sort(), ['RFP Set 1, No. 3', 'RFP Set 1, No. 5']);
    assert.ok(entry.outcomes.every((o) => o.outcome === 'other'));
    const after = ok(await s.api.call('requests.list', {}));
    assert.deepEqual(after.map((r) => r.status.state), before.map((r) => r.status.state), 'a letter changes no request status');
    const log = await exported(s.api, 'contact-log', 'txt');
    assert.ok(hasPhrase(log.text, 'Letter sent'));
  });

  test('the log report: every entry in date order, the removed one marked with its reason, request outcomes, what the check found and the fingerprint', async () => {
    const verify = ok(await s.api.call('log.verify', {}));
    assert.ok(verify.intact);
    for (const format of FORMATS) {
      const { text } = await exported(s.api, 'contact-log', format);
      const order = ['Asked the litigation coordinator', 'The call did not go through.', 'Talked about the video and the reports.', 'Logged on the wrong case.', 'Met at the prison.'].map((n) => phraseAt(text, n));
      assert.ok(order.every((i) => i >= 0), `${format} has every entry: ${order}`);
      assert.deepEqual([...order].sort((a, b) => a - b), order, `${format} lists entries in date order`);
      assert.ok(hasPhrase(text, 'REMOVED from the log: This call was about another case.'), `${format} marks the removed entry`);
      assert.ok(hasPhrase(text, 'Partly resolved'), `${format} shows where each request stands`);
      assert.ok(hasPhrase(text, 'Each one still matches its fingerprint'));
      if (verify.intact) assert.ok(text.includes(verify.fingerprint!.code), `${format} prints the final fingerprint`);
    }
  });

  test('the checklist: every requirement that is not dismissed, with its date, who acts, a box, and "not legal advice"', async () => {
    const view = ok(await s.api.call('orders.get', { orderId: s.orderId }));
    const dismissed = view.requirements.find((r) => r.kind === 'stay')!;
    ok(await s.api.call('orders.setRequirement', { orderId: s.orderId, requirementId: dismissed.id, status: 'dismissed' }));
    const list = ok(await s.api.call('papers.checklist', {}));
    assert.equal(list.groups.length, 1);
    assert.equal(list.groups[0].entries.length, view.requirements.length - 1);
    const txt = await exported(s.api, 'checklist', 'txt');
    assert.ok(txt.text.includes('[ ]'), 'boxes to tick');
    for (const r of view.requirements) {
      const shown = txt.text.includes(squeeze(r.summary));
      assert.equal(shown, r.id !== dismissed.id, `${r.id} ${r.id === dismissed.id ? 'left out' : 'listed'}`);
    }
    assert.ok(txt.text.includes('Due: Monday, June 14, 2021'));
    assert.ok(txt.text.includes("Who: The other side's lawyer"));
    const pdf = await exported(s.api, 'checklist', 'pdf');
    assert.ok(pdf.text.includes('This is not legal advice.'));
    assert.ok(pdf.text.includes('Due: Monday, June 14, 2021'));
    ok(await s.api.call('orders.setRequirement', { orderId: s.orderId, requirementId: dismissed.id, status: 'confirmed' }));
  });

  test('a log that no longer verifies shows a warning on the paper and in the result', async () => {
    // Another program changes a saved entry: drop the safety lock and edit the row directly.
    const { default: Database } = await import('better-sqlite3');
    const copy = path.join(s.dir, 'tampered.casefile');
    await s.api.close();
    fs.copyFileSync(s.file, copy);
    const raw = new Database(copy);
    raw.exec('DROP TRIGGER IF EXISTS log_revisions_no_update');
    raw.prepare("UPDATE log_revisions SET content = replace(content, 'did not go through', 'went fine') WHERE seq = 2").run();
    raw.close();
    ok(await s.api.call('case.open', { path: copy }));
    const p = ok(await s.api.call('papers.preview', { paper: 'contact-log' }));
    assert.ok(p.warnings.some((w) => w.startsWith('The log did not pass its check')));
    const { text } = await exported(s.api, 'contact-log', 'txt');
    assert.ok(text.includes('WARNING: On'));
    assert.ok(!text.includes('Each one still matches its fingerprint'));
    ok(await s.api.call('case.open', { path: s.file }));
  });
});
