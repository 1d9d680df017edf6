/**
 * What an entry says it discussed never changes after the fact: renumbering a request
 * (requests.update) must not relabel the June 3 entry. Real case file, real API.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Result } from '../../src-main/core/api/contract.js';
import { testApi } from '../support/testApi.js';

function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function caseWithJune3Call() {
  const { api, file } = testApi();
  ok(await api.call('case.create', { path: file('labels.casefile'), caption: { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' } } }));
  const rfp = ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records from 2016' }));
  const entry = ok(
    await api.call('log.add', {
      entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', requests: [{ requestId: rfp.id, outcome: 'still-disputed' }], notes: 'Talked about the records.' },
    }),
  );
  return { api, rfp, entry };
}

test('renumbering a request does not relabel what an old entry says it discussed', async () => {
  const { api, rfp, entry } = await caseWithJune3Call();
  assert.equal(entry.outcomes[0].label, 'RFP Set 1, No. 3');
  ok(await api.call('requests.update', { id: rfp.id, patch: { number: 4 } }));

  const listed = ok(await api.call('log.list', { withHistory: true })).entries[0];
  assert.match(listed.outcomes[0].label, /^RFP Set 1, No\. 3\b/, 'the June 3 entry still says it was about No. 3');
  assert.match(listed.outcomes[0].label, /now RFP Set 1, No\. 4/, 'and tells the reader what the request is called today');
  assert.equal(listed.history![0].content!.requests[0].label, 'RFP Set 1, No. 3', 'the saved version keeps the name it had');

  const report = ok(await api.call('papers.preview', { paper: 'contact-log' }));
  const cells = report.model.blocks.flatMap((b) => (b.type === 'table' ? b.rows.flat() : []));
  assert.ok(cells.some((c) => c.includes('RFP Set 1, No. 3 (now RFP Set 1, No. 4): still disputed')), 'the log report says what the entry said');

  const verify = ok(await api.call('log.verify', {}));
  assert.ok(verify.intact, 'renaming a request writes nothing into the log');
  await api.close();
});

test('changing an entry later keeps the names its requests had; a request added in the change gets its name of today', async () => {
  const { api, rfp, entry } = await caseWithJune3Call();
  ok(await api.call('requests.update', { id: rfp.id, patch: { number: 4 } }));
  const rog = ok(await api.call('requests.add', { setType: 'interrogatory', setNumber: 1, number: 5, description: 'Names of witnesses' }));
  const edited = ok(
    await api.call('log.edit', {
      entryId: entry.id,
      reason: 'We also talked about the witnesses.',
      entry: { requests: [{ requestId: rfp.id, outcome: 'still-disputed' }, { requestId: rog.id, outcome: 'withdrawn' }] },
    }),
  );
  const history = ok(await api.call('log.history', { entryId: entry.id }));
  assert.deepEqual(
    history.revisions.at(-1)!.content!.requests.map((r) => r.label),
    ['RFP Set 1, No. 3', 'Interrogatory Set 1, No. 5'],
  );
  assert.match(edited.outcomes[0].label, /^RFP Set 1, No\. 3 \(now RFP Set 1, No\. 4\)$/);
  assert.equal(edited.outcomes[1].label, 'Interrogatory Set 1, No. 5');
  await api.close();
});

test('a label sent with an entry is not trusted: the app writes the name the request has', async () => {
  const { api, rfp } = await caseWithJune3Call();
  const e = ok(
    await api.call('log.add', {
      entry: { kind: 'letter-sent', at: '2021-06-04T09:00', timeZone: 'America/Los_Angeles', requests: [{ requestId: rfp.id, outcome: 'other', label: 'RFP Set 9, No. 99' }] },
    }),
  );
  assert.equal(e.outcomes[0].label, 'RFP Set 1, No. 3');
  await api.close();
});
