import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { addEntry, editEntry, entryHistory, listEntries, voidEntry } from '../../src-main/core/contacts/contactLog.js';
import { chosenConference, conferenceCandidates, contactsByMeans, firstContactFromThem, setConference } from '../../src-main/core/contacts/conference.js';
import { canonicalJson, type EntryInput } from '../../src-main/core/contacts/entryContent.js';
import { goodFaithCheck, ONLY_UNANSWERED_MESSAGE, ONLY_WRITTEN_MESSAGE } from '../../src-main/core/contacts/goodFaith.js';
import { chainHashOf, GENESIS_HASH, sha256Hex } from '../../src-main/core/contacts/hashChain.js';
import { instantOf } from '../../src-main/core/contacts/localTime.js';
import { addRequest, findRequestByKey, listRequests, parseRequestKey, requestKey, requestLabel, updateRequest } from '../../src-main/core/contacts/requests.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';
import type { CaseDb } from '../../src-main/core/db/openCaseFile.js';
import { assertPlain } from '../../src-main/core/plainLanguage/index.js';
import { testApi } from '../support/testApi.js';

/** A fresh case file through the real API; returns the API, the file and its open database. */
async function newCase(caption: { partyName?: string; counsel?: { name: string } } = { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' } }) {
  const { api, file } = testApi();
  const path = file(`case-${Math.random().toString(36).slice(2)}.casefile`);
  const made = await api.call('case.create', { path, caption });
  assert.ok(made.ok);
  return { api, path, db: api.session.db() };
}

const call = (at: string, extra: Partial<EntryInput> = {}): EntryInput => ({ kind: 'phone-call', at, timeZone: 'America/Los_Angeles', minutes: 15, ...extra });

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

async function reopen(api: Awaited<ReturnType<typeof newCase>>['api'], path: string): Promise<CaseDb> {
  await api.close();
  const r = await api.call('case.open', { path });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return api.session.db();
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

test('requests: labels, keys, duplicates and edits', async () => {
  const { db } = await newCase();
  const r = addRequest(db, { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records' });
  assert.equal(r.label, 'RFP Set 1, No. 3');
  assert.equal(r.key, 'RFP-1-3');
  assert.equal(requestLabel({ setType: 'interrogatory', setNumber: 2, number: 11 }), 'Interrogatory Set 2, No. 11');
  assert.equal(requestKey({ setType: 'interrogatory', setNumber: 2, number: 11 }), 'ROG-2-11');
  assert.deepEqual(parseRequestKey('rfp-1-3'), { setType: 'rfp', setNumber: 1, number: 3 });
  assert.deepEqual(parseRequestKey('INT-2-11'), { setType: 'interrogatory', setNumber: 2, number: 11 });
  assert.equal(parseRequestKey('XYZ-1-1'), null);
  assert.equal(findRequestByKey(db, 'RFP-1-3')?.id, r.id);
  assert.throws(() => addRequest(db, { setType: 'rfp', setNumber: 1, number: 3, description: 'again' }), { code: 'already-exists' });
  assert.throws(() => addRequest(db, { setType: 'rfp', setNumber: 1, number: 4, description: '' }), { code: 'bad-input', field: 'description' });
  const r2 = addRequest(db, { setType: 'rfa', setNumber: 1, number: 1, description: 'Admit the policy' });
  assert.throws(() => updateRequest(db, r2.id, { setType: 'rfp', number: 3 }), { code: 'already-exists' });
  const changed = updateRequest(db, r2.id, { position: 'They must answer.' });
  assert.equal(changed.position, 'They must answer.');
  assert.equal(changed.description, 'Admit the policy');
  assert.deepEqual(listRequests(db).map((x) => x.key), ['RFP-1-3', 'RFA-1-1']);
});

test('request status follows the log in time order: open -> partly resolved -> open -> resolved; withdrawn; other changes nothing; removed entries do not count', async () => {
  const { db } = await newCase();
  const rfp = addRequest(db, { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records' });
  const rog = addRequest(db, { setType: 'interrogatory', setNumber: 1, number: 5, description: 'Names of witnesses' });
  const rfa = addRequest(db, { setType: 'rfa', setNumber: 1, number: 2, description: 'Admit the policy' });
  const status = (id: number) => listRequests(db).find((r) => r.id === id)!.status;
  assert.deepEqual(status(rfp.id), { state: 'open', date: null, entryId: null, byDate: null, note: null });

  // Logged out of order on purpose: the later contact is entered first.
  const later = addEntry(db, call('2021-06-10T09:00', { requests: [{ requestId: rfp.id, outcome: 'agreed-to-produce' }] }));
  const earlier = addEntry(db, call('2021-06-03T10:00', { requests: [{ requestId: rfp.id, outcome: 'agreed-to-supplement', byDate: '2021-06-20' }, { requestId: rog.id, outcome: 'withdrawn', note: 'I dropped it.' }] }));
  assert.deepEqual(status(rfp.id), { state: 'resolved', date: '2021-06-10', entryId: later.id, byDate: null, note: null });
  assert.deepEqual(status(rog.id), { state: 'withdrawn', date: '2021-06-03', entryId: earlier.id, byDate: null, note: 'I dropped it.' });

  const middle = addEntry(db, call('2021-06-05T10:00', { requests: [{ requestId: rfp.id, outcome: 'still-disputed' }, { requestId: rfa.id, outcome: 'other' }] }));
  assert.equal(status(rfp.id).state, 'resolved', 'the latest contact wins');
  assert.equal(status(rfa.id).state, 'open', '"other" changes nothing');
  assert.equal(status(rfa.id).entryId, null);

  voidEntry(db, later.id, 'Wrong case');
  assert.deepEqual(status(rfp.id), { state: 'open', date: '2021-06-05', entryId: middle.id, byDate: null, note: null });
  editEntry(db, middle.id, { requests: [{ requestId: rfp.id, outcome: 'other' }] }, 'I misremembered');
  assert.deepEqual(status(rfp.id), { state: 'partly-resolved', date: '2021-06-03', entryId: earlier.id, byDate: '2021-06-20', note: null });
  assert.equal(listRequests(db).find((r) => r.id === rfp.id)!.outcomes.length, 2, 'the outcome history lists what counts');
});

test('entries are ordered by the moment they happened, across time zones', async () => {
  const { db } = await newCase();
  const ny = addEntry(db, call('2021-06-03T12:00', { timeZone: 'America/New_York' })); // 16:00 UTC
  const la = addEntry(db, call('2021-06-03T10:00', { timeZone: 'America/Los_Angeles' })); // 17:00 UTC
  const ny2 = addEntry(db, call('2021-06-03T13:30', { timeZone: 'America/New_York' })); // 17:30 UTC
  assert.deepEqual(listEntries(db, { order: 'oldest' }).entries.map((e) => e.id), [ny.id, la.id, ny2.id]);
  assert.deepEqual(listEntries(db).entries.map((e) => e.id), [ny2.id, la.id, ny.id], 'newest first by default');
  assert.equal(new Date(instantOf('2021-11-07T01:30', 'America/Los_Angeles')).toISOString(), '2021-11-07T08:30:00.000Z', 'the earlier of a repeated hour');
});

test('the timeline filters by kind, by request and by words in the notes', async () => {
  const { db } = await newCase();
  const rfp = addRequest(db, { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records' });
  addEntry(db, call('2021-06-01T10:00', { notes: 'Counsel said the records are PRIVILEGED.' }));
  addEntry(db, call('2021-06-02T10:00', { kind: 'letter-sent', requests: [{ requestId: rfp.id, outcome: 'still-disputed' }] }));
  addEntry(db, call('2021-06-03T10:00', { kind: 'voicemail', agreements: [{ text: 'Send the privilege log', who: 'them', dueDate: '2021-06-15' }] }));
  assert.equal(listEntries(db, { kinds: ['letter-sent', 'voicemail'] }).total, 2);
  assert.equal(listEntries(db, { requestId: rfp.id }).entries[0].content.kind, 'letter-sent');
  assert.equal(listEntries(db, { text: 'privileged records' }).total, 1);
  assert.equal(listEntries(db, { text: 'privilege' }).total, 2, 'agreements are searched too');
  const page = listEntries(db, { limit: 2, offset: 1 });
  assert.equal(page.entries.length, 2);
  assert.equal(page.total, 3);
});

test('entry content is checked: dates that do not exist, unknown zones, unknown requests, the same request twice', async () => {
  const { db } = await newCase();
  assert.throws(() => addEntry(db, call('2021-02-30T10:00')), { code: 'bad-input', field: 'entry.at' });
  assert.throws(() => addEntry(db, call('2021-06-03 10:00')), { code: 'bad-input', field: 'entry.at' });
  assert.throws(() => addEntry(db, call('2021-06-03T10:00', { timeZone: 'Mars/Olympus' })), { code: 'bad-input', field: 'entry.timeZone' });
  assert.throws(() => addEntry(db, call('2021-06-03T10:00', { minutes: -1 })), { code: 'bad-input', field: 'entry.minutes' });
  assert.throws(() => addEntry(db, call('2021-06-03T10:00', { requests: [{ requestId: 42, outcome: 'withdrawn' }] })), { code: 'not-found' });
  const r = addRequest(db, { setType: 'rfp', setNumber: 1, number: 1, description: 'x' });
  assert.throws(
    () => addEntry(db, call('2021-06-03T10:00', { requests: [{ requestId: r.id, outcome: 'withdrawn' }, { requestId: r.id, outcome: 'other' }] })),
    { code: 'bad-input' },
  );
  assert.equal(listEntries(db).count, 0, 'nothing half-saved');
});

test('conference: candidates are calls and meetings; the choice is stored, and falls back to the first when removed', async () => {
  const { db } = await newCase();
  assert.equal(chosenConference(db), null);
  addEntry(db, call('2021-06-01T10:00', { kind: 'letter-sent', minutes: null }));
  const video = addEntry(db, call('2021-06-08T10:00', { kind: 'video-call' }));
  const phone = addEntry(db, call('2021-06-04T10:00'));
  const meeting = addEntry(db, call('2021-06-09T10:00', { kind: 'in-person' }));
  assert.deepEqual(conferenceCandidates(db).map((c) => c.entryId), [phone.id, video.id, meeting.id]);
  assert.deepEqual(
    { ...chosenConference(db) },
    { entryId: phone.id, at: '2021-06-04T10:00', date: '2021-06-04', timeZone: 'America/Los_Angeles', kind: 'phone-call', means: 'phone', startedBy: 'me', minutes: 15, participants: ['Jane Counsel'], source: 'first' },
  );
  setConference(db, meeting.id);
  assert.equal(chosenConference(db)?.entryId, meeting.id);
  assert.equal(chosenConference(db)?.source, 'chosen');
  assert.throws(() => setConference(db, 1), { code: 'bad-input' }, 'a letter cannot be the conference');
  assert.throws(() => setConference(db, 99), { code: 'not-found' });
  voidEntry(db, meeting.id, 'It was cancelled');
  assert.equal(chosenConference(db)?.entryId, phone.id, 'a removed choice falls back to the first call');
  assert.throws(() => setConference(db, meeting.id), { code: 'bad-input' });
  setConference(db, video.id);
  setConference(db, null);
  assert.equal(chosenConference(db)?.entryId, phone.id);
});

test('first contact from the other side, and contacts by means', async () => {
  const { db } = await newCase();
  assert.equal(firstContactFromThem(db), null);
  addEntry(db, call('2021-06-01T10:00', { kind: 'no-answer', minutes: null }));
  const letter = addEntry(db, call('2021-06-02T10:00', { kind: 'letter-received', minutes: null }));
  const theirCall = addEntry(db, call('2021-06-07T10:00', { startedBy: 'them' }));
  addEntry(db, call('2021-06-08T10:00'));
  assert.equal(firstContactFromThem(db)?.entryId, letter.id, 'a letter they sent counts as contact from them');
  assert.equal(firstContactFromThem(db, { means: ['phone', 'in-person'] })?.entryId, theirCall.id);
  const byMeans = contactsByMeans(db);
  assert.equal(byMeans.phone.length, 2);
  assert.equal(byMeans.letter.length, 1);
  assert.equal(byMeans.attempt.length, 1);
  assert.equal(byMeans['in-person'].length, 0);
});

test('good faith: letters or emails alone, or only unanswered tries, get a plain warning; a call clears it', async () => {
  const { db } = await newCase();
  assert.deepEqual(goodFaithCheck(db), { hasConference: false, onlyWritten: false, onlyUnanswered: false, message: null });
  const vm = addEntry(db, call('2021-06-01T10:00', { kind: 'voicemail', minutes: null }));
  let g = goodFaithCheck(db);
  assert.equal(g.onlyUnanswered, true);
  assert.equal(g.onlyWritten, false);
  assert.match(g.message ?? '', /phone call or a meeting before the deadline/);
  addEntry(db, call('2021-06-02T10:00', { kind: 'email-sent', minutes: null }));
  g = goodFaithCheck(db);
  assert.equal(g.onlyWritten, true);
  assert.equal(g.onlyUnanswered, false);
  assert.match(g.message ?? '', /letters or emails alone are not a conference/);
  const phone = addEntry(db, call('2021-06-03T10:00'));
  g = goodFaithCheck(db);
  assert.deepEqual(g, { hasConference: true, onlyWritten: false, onlyUnanswered: false, message: null });
  voidEntry(db, phone.id, 'It was someone else');
  assert.equal(goodFaithCheck(db).onlyWritten, true, 'a removed call does not count');
  voidEntry(db, vm.id, 'dup');
});

test('both good-faith messages read at grade 8 or below, in short sentences', () => {
  for (const [name, text] of [['only letters or emails', ONLY_WRITTEN_MESSAGE], ['only unanswered tries', ONLY_UNANSWERED_MESSAGE]] as const) {
    const report = assertPlain(text, 8, name);
    assert.ok(report.longestSentenceWords <= 15, `${name}: longest sentence has ${report.longestSentenceWords} words`);
    console.log(`good-faith message "${name}": grade ${report.grade.toFixed(1)}`);
  }
});

test('5,000 entries: the timeline, statuses and verify stay fast', async () => {
  const { api, path, db } = await newCase();
  const r = addRequest(db, { setType: 'rfp', setNumber: 1, number: 1, description: 'x' });
  const start = Date.UTC(2021, 0, 1);
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) {
      addEntry(db, {
        kind: i % 3 ? 'letter-sent' : 'phone-call',
        at: new Date(start + i * 3_600_000).toISOString().slice(0, 16),
        timeZone: 'America/Los_Angeles',
        notes: `note ${i}`,
        requests: i % 10 === 0 ? [{ requestId: r.id, outcome: 'still-disputed' }] : [],
      });
    }
  })();
  const addMs = performance.now() - t0;
  const reopened = await reopen(api, path);
  const t1 = performance.now();
  const first = listEntries(reopened, { limit: 100 });
  const firstMs = performance.now() - t1;
  const t2 = performance.now();
  const search = listEntries(reopened, { text: 'note 4999' });
  const searchMs = performance.now() - t2;
  const t3 = performance.now();
  const statuses = listRequests(reopened);
  const statusMs = performance.now() - t3;
  const t4 = performance.now();
  const v = verifyLog(reopened);
  const verifyMs = performance.now() - t4;
  console.log(
    `5,000 entries: add ${addMs.toFixed(0)} ms (one transaction), first page after open ${firstMs.toFixed(1)} ms, search ${searchMs.toFixed(1)} ms, statuses ${statusMs.toFixed(1)} ms, verify ${verifyMs.toFixed(1)} ms`,
  );
  assert.equal(first.count, 5000);
  assert.equal(first.entries[0].content.notes, 'note 4999');
  assert.equal(search.total, 1);
  assert.equal(statuses[0].outcomes.length, 500);
  assert.ok(v.intact);
  assert.ok(firstMs < 1500, `first page took ${firstMs} ms`);
  assert.ok(verifyMs < 2000, `verify took ${verifyMs} ms`);
});

test('benchContactLog adds the entries, verifies them and returns milliseconds', async () => {
  const { benchContactLog } = await import('../../scripts/bench/contactLog.js');
  const { tempDir } = await import('../support/tempDir.js');
  const figures = benchContactLog(tempDir('bench-log'), 300);
  assert.equal(figures.entries, 300);
  assert.equal(figures.revisions, 300 + 6 + 3, 'with a few edits and removals');
  for (const [name, value] of Object.entries(figures)) assert.ok(Number.isFinite(value) && value >= 0, `${name} = ${value}`);
});
