/** The contact log's versions and hash chain: edits and removals keep history, and changes made outside the app are found. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { addEntry, editEntry, entryHistory, listEntries, voidEntry } from '../../src-main/core/contacts/contactLog.js';
import { canonicalJson } from '../../src-main/core/contacts/entryContent.js';
import { chainHashOf, GENESIS_HASH, sha256Hex } from '../../src-main/core/contacts/hashChain.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';
import { call, newCase, reopen } from '../support/contactCase.js';

/**
 * What an attacker with the sqlite3 tool would do: take out the locks, then change rows. While the
 * app has the file open its lock keeps every other program out, so this happens after it closes.
 */
async function tamper(api: { close(): Promise<boolean> }, path: string, sql: string): Promise<void> {
  await api.close();
  const raw = new Database(path);
  raw.exec('DROP TRIGGER IF EXISTS log_revisions_no_update; DROP TRIGGER IF EXISTS log_revisions_no_delete; DROP TRIGGER IF EXISTS log_entries_no_delete;');
  raw.exec(sql);
  raw.close();
}

test('a new entry is revision 1; an edit adds revision 2 with the reason; the old version stays in the history', async () => {
  const { db } = await newCase();
  const e = addEntry(db, call('2021-06-03T10:00', { notes: 'Talked about RFP 3.' }));
  assert.equal(e.revision, 1);
  assert.deepEqual(e.content.participants, ['Jane Counsel'], 'people default to the other side’s lawyer');
  assert.equal(e.author, 'Christopher Dickson');
  const edited = editEntry(db, e.id, { minutes: 25 }, 'The call was longer than I first wrote.');
  assert.equal(edited.revision, 2);
  assert.equal(edited.content.minutes, 25);
  assert.equal(edited.content.notes, 'Talked about RFP 3.', 'parts not given stay as they were');
  assert.equal(edited.lastReason, 'The call was longer than I first wrote.');
  const h = entryHistory(db, e.id);
  assert.deepEqual(
    h.revisions.map((r) => [r.revision, r.action, r.reason, r.content?.minutes]),
    [
      [1, 'create', '', 15],
      [2, 'edit', 'The call was longer than I first wrote.', 25],
    ],
  );
  const count = (db.prepare('SELECT COUNT(*) AS n FROM log_revisions').get() as { n: number }).n;
  assert.equal(count, 2);
});

test('an edit needs a reason and a real change; a reason is kept to one line', async () => {
  const { db } = await newCase();
  const e = addEntry(db, call('2021-06-03T10:00'));
  assert.throws(() => editEntry(db, e.id, { minutes: 30 }, '   '), { code: 'bad-input', field: 'reason' });
  assert.throws(() => editEntry(db, e.id, { minutes: 15 }, 'no change'), { code: 'bad-input' });
  assert.throws(() => editEntry(db, 999, { minutes: 1 }, 'why'), { code: 'not-found' });
  const edited = editEntry(db, e.id, { minutes: 30 }, 'first line\nsecond   line');
  assert.equal(edited.lastReason, 'first line second line');
});

test('removing an entry marks it void with the reason; it stays listed and cannot be changed again', async () => {
  const { db } = await newCase({ partyName: '' });
  const e = addEntry(db, call('2021-06-03T10:00'));
  const v = voidEntry(db, e.id, 'Logged twice by mistake.');
  assert.equal(v.isVoid, true);
  assert.equal(v.voidReason, 'Logged twice by mistake.');
  assert.equal(v.author, 'You', 'with no name in the case details the author is "You"');
  assert.equal(v.content.minutes, 15, 'the removed entry still shows what it said');
  assert.throws(() => voidEntry(db, e.id, 'again'), { code: 'bad-input' });
  assert.throws(() => editEntry(db, e.id, { minutes: 3 }, 'fix'), { code: 'bad-input' });
  assert.throws(() => voidEntry(db, e.id, ''), { code: 'bad-input', field: 'reason' });
  assert.equal(listEntries(db).entries.length, 1);
  assert.equal(listEntries(db, { includeVoid: false }).entries.length, 0);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM log_entries').get() as { n: number }).n, 1);
});

test('the database itself refuses to change or delete a revision', async () => {
  const { db } = await newCase();
  addEntry(db, call('2021-06-03T10:00'));
  assert.throws(() => db.prepare("UPDATE log_revisions SET content = '{}'").run(), /never changed/);
  assert.throws(() => db.prepare('DELETE FROM log_revisions').run(), /never deleted/);
  assert.throws(() => db.prepare('DELETE FROM log_entries').run(), /never deleted/);
});

test('the chain links every revision: genesis, content hash and chain hash are as documented', async () => {
  const { db } = await newCase();
  const a = addEntry(db, call('2021-06-03T10:00'));
  addEntry(db, call('2021-06-04T10:00', { kind: 'letter-sent', minutes: null }));
  editEntry(db, a.id, { notes: 'more' }, 'added notes');
  const rows = db.prepare('SELECT * FROM log_revisions ORDER BY seq').all() as Record<string, string & number>[];
  assert.equal(rows[0].prev_hash, GENESIS_HASH);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    assert.equal(r.seq, i + 1);
    assert.equal(r.content_hash, sha256Hex(r.content));
    assert.equal(r.prev_hash, i === 0 ? GENESIS_HASH : rows[i - 1].chain_hash);
    const expected = sha256Hex([r.prev_hash, r.seq, r.entry_id, r.revision, r.action, r.reason, r.author, r.recorded_at, r.content_hash].join('\n'));
    assert.equal(r.chain_hash, expected);
    assert.equal(chainHashOf({ prevHash: r.prev_hash, seq: r.seq, entryId: r.entry_id, revision: r.revision, action: r.action, reason: r.reason, author: r.author, recordedAt: r.recorded_at, contentHash: r.content_hash }), expected);
  }
  const v = verifyLog(db);
  const code = String(rows[2].chain_hash).slice(0, 24).toUpperCase().match(/.{4}/g)!.join('-');
  assert.deepEqual(v, {
    intact: true,
    entries: 2,
    revisions: 3,
    lastHash: rows[2].chain_hash,
    fingerprint: { code, seq: 3, entryId: a.id, recordedAt: rows[2].recorded_at },
    problemsOnRecord: [],
  });
});

test('canonical JSON sorts keys at every level, so the same content always has the same hash', () => {
  const a = canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null }, u: undefined });
  const b = canonicalJson({ a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 });
  assert.equal(a, '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  assert.equal(a, b);
});

test('an empty log verifies as intact', async () => {
  const { db } = await newCase();
  assert.deepEqual(verifyLog(db), { intact: true, entries: 0, revisions: 0, lastHash: GENESIS_HASH, fingerprint: null, problemsOnRecord: [] });
});

test('tampering: a revision changed with raw SQL (after dropping the trigger) is named, and it is the first one changed', async () => {
  const { api, path, db } = await newCase();
  for (let i = 1; i <= 5; i++) addEntry(db, call(`2021-06-0${i}T10:00`, { notes: `call ${i}` }));
  editEntry(db, 2, { notes: 'call 2, corrected' }, 'typo');
  await tamper(api, path, `UPDATE log_revisions SET content = replace(content, 'call 4', 'call 4 where they refused') WHERE entry_id = 4;
                UPDATE log_revisions SET content = replace(content, 'call 5', 'never happened') WHERE entry_id = 5;`);
  const v = verifyLog(await reopen(api, path));
  assert.equal(v.intact, false);
  assert.ok(!v.intact);
  assert.equal(v.problem.entryId, 4);
  assert.equal(v.problem.seq, 4);
  assert.match(v.problem.message, /Entry 4 was changed outside the app/);
});

test('tampering: rewriting the content hash too still breaks the chain', async () => {
  const { api, path, db } = await newCase();
  for (let i = 1; i <= 3; i++) addEntry(db, call(`2021-06-0${i}T10:00`, { notes: `call ${i}` }));
  const row = db.prepare('SELECT content FROM log_revisions WHERE seq = 2').get() as { content: string };
  const forged = row.content.replace('call 2', 'forged');
  await tamper(api, path, `UPDATE log_revisions SET content = '${forged}', content_hash = '${sha256Hex(forged)}' WHERE seq = 2`);
  const v = verifyLog(await reopen(api, path));
  assert.ok(!v.intact);
  assert.equal(v.problem.entryId, 2);
  assert.match(v.problem.message, /Entry 2/);
});

test('tampering: changing who, when or why of a revision is caught', async () => {
  const { api, path, db } = await newCase();
  const e = addEntry(db, call('2021-06-01T10:00'));
  editEntry(db, e.id, { minutes: 40 }, 'it was longer');
  addEntry(db, call('2021-06-02T10:00'));
  await tamper(api, path, 'UPDATE log_revisions SET reason = \'the other side asked me to\' WHERE seq = 2');
  const v = verifyLog(await reopen(api, path));
  assert.ok(!v.intact);
  assert.equal(v.problem.entryId, e.id);
  assert.equal(v.problem.seq, 2);
});

test('tampering: a deleted revision row is found and named', async () => {
  const { api, path, db } = await newCase();
  const a = addEntry(db, call('2021-06-01T10:00'));
  editEntry(db, a.id, { minutes: 40 }, 'longer');
  editEntry(db, a.id, { minutes: 45 }, 'even longer');
  addEntry(db, call('2021-06-02T10:00'));
  await tamper(api, path, 'DELETE FROM log_revisions WHERE seq = 2');
  const v = verifyLog(await reopen(api, path));
  assert.ok(!v.intact);
  assert.equal(v.problem.entryId, a.id);
  assert.equal(v.problem.seq, 2);
  assert.match(v.problem.message, /missing/);
});

test('tampering: deleting the newest revision, or a whole entry, is found too', async () => {
  const first = await newCase();
  addEntry(first.db, call('2021-06-01T10:00'));
  const b = addEntry(first.db, call('2021-06-02T10:00'));
  editEntry(first.db, b.id, { minutes: 1 }, 'short');
  await tamper(first.api, first.path, 'DELETE FROM log_revisions WHERE seq = 3');
  let v = verifyLog(await reopen(first.api, first.path));
  assert.ok(!v.intact);
  assert.match(v.problem.message, /newest change is missing/);

  const second = await newCase();
  addEntry(second.db, call('2021-06-01T10:00'));
  addEntry(second.db, call('2021-06-02T10:00'));
  addEntry(second.db, call('2021-06-03T10:00'));
  await tamper(second.api, second.path, 'DELETE FROM log_revisions WHERE entry_id = 2; DELETE FROM log_entries WHERE id = 2;');
  v = verifyLog(await reopen(second.api, second.path));
  assert.ok(!v.intact);
  assert.equal(v.problem.seq, 2);
});

test('verify says when the locks were taken out even though nothing was changed', async () => {
  const { api, path, db } = await newCase();
  addEntry(db, call('2021-06-01T10:00'));
  await tamper(api, path, 'SELECT 1');
  const v = verifyLog(await reopen(api, path));
  assert.ok(v.intact);
  assert.match(v.warning ?? '', /locks/);
});
