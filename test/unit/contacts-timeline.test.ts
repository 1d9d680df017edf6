/** What the contact log is read for: requests and their status, the timeline in time order and its filters, checked entries, and 5,000 entries. */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { addEntry, editEntry, listEntries, voidEntry } from '../../src-main/core/contacts/contactLog.js';
import { instantOf } from '../../src-main/core/contacts/localTime.js';
import { addRequest, findRequestByKey, listRequests, parseRequestKey, requestKey, requestLabel, updateRequest } from '../../src-main/core/contacts/requests.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';
import { call, newCase, reopen } from '../support/contactCase.js';

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
