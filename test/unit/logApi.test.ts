import assert from 'node:assert/strict';
import { test } from 'node:test';
import { METHOD_NAMES, type MethodName } from '../../src-main/core/api/contract.js';
import { logInputs } from '../../src-main/core/api/logContract.js';
import { testApi } from '../support/testApi.js';

const LOG_METHODS = Object.keys(logInputs) as MethodName[];
const junk: unknown[] = [null, 42, 'text', [], { unexpected: true }, { id: 'one' }, { entryId: -1 }, { entryId: 1.5 }, { entry: 'x' }, { entry: { kind: 'fax', at: 'yesterday' } }, { patch: [] }, { setType: 'subpoena' }, { text: 'a'.repeat(5000) }];

const inWords = (message: string) => message.length > 10 && !/at .*\.ts:\d+/.test(message) && !/ZodError|undefined|\[object/.test(message);

async function openCase() {
  const { api, file } = testApi();
  const r = await api.call('case.create', { path: file(`log-api-${Math.random().toString(36).slice(2)}`), caption: { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' } } });
  assert.ok(r.ok);
  return api;
}

test('every contact-log method is in the contract', () => {
  for (const m of ['requests.list', 'requests.add', 'requests.update', 'log.list', 'log.add', 'log.edit', 'log.void', 'log.history', 'log.verify', 'log.conference', 'log.setConference', 'log.goodFaith']) {
    assert.ok(METHOD_NAMES.includes(m as MethodName), m);
  }
});

test('with no case open, every log method answers junk with a typed error in words', async () => {
  const { api } = testApi();
  for (const method of LOG_METHODS) {
    for (const input of junk) {
      const r = await api.invoke(method, input);
      assert.equal(r.ok, false, `${method} ${JSON.stringify(input)} should fail`);
      if (r.ok) continue;
      assert.ok(['bad-input', 'no-case-open'].includes(r.error.code), `${method} ${JSON.stringify(input)} -> ${r.error.code}`);
      assert.ok(inWords(r.error.message), `${method}: "${r.error.message}"`);
    }
  }
});

test('with a case open, junk is still refused in words and never half-saves', async () => {
  const api = await openCase();
  for (const method of LOG_METHODS) {
    for (const input of junk) {
      const r = await api.invoke(method, input);
      if (r.ok) continue; // e.g. log.list ignores nothing but accepts {}-like input; 'none' methods reject extra keys
      assert.ok(['bad-input', 'not-found'].includes(r.error.code), `${method} ${JSON.stringify(input)} -> ${r.error.code}: ${r.error.message}`);
      assert.ok(inWords(r.error.message), `${method}: "${r.error.message}"`);
    }
  }
  const list = await api.call('log.list', {});
  assert.equal(list.ok && list.value.count, 0);
  const requests = await api.call('requests.list', {});
  assert.deepEqual(requests.ok && requests.value, []);
});

test('each method names the field that is wrong and says what to do', async () => {
  const api = await openCase();
  const expectError = async (method: MethodName, input: unknown, code: string, field: string | undefined, pattern?: RegExp) => {
    const r = await api.invoke(method, input);
    assert.equal(r.ok, false, `${method} ${JSON.stringify(input)} should fail`);
    if (r.ok) return;
    assert.equal(r.error.code, code, `${method}: ${r.error.message}`);
    assert.equal(r.error.field, field, `${method}: ${r.error.message}`);
    if (pattern) assert.match(r.error.message, pattern);
    assert.ok(inWords(r.error.message));
  };
  const rfp = { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records' };
  await expectError('requests.add', { ...rfp, description: '' }, 'bad-input', 'description', /short description/);
  await expectError('requests.add', { ...rfp, description: 'x'.repeat(301) }, 'bad-input', 'description', /under 300/);
  await expectError('requests.add', { ...rfp, setNumber: 0 }, 'bad-input', 'setNumber', /starts at 1/);
  await expectError('requests.add', { ...rfp, number: 2.5 }, 'bad-input', 'number');
  await expectError('requests.add', { ...rfp, setType: 'subpoena' }, 'bad-input', 'setType');
  await expectError('requests.add', { ...rfp, asked: 'x'.repeat(10001) }, 'bad-input', 'asked');
  const added = await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records' });
  assert.ok(added.ok);
  await expectError('requests.add', rfp, 'already-exists', 'number', /already listed RFP Set 1, No\. 3/);
  await expectError('requests.update', { id: 99, patch: { description: 'x' } }, 'not-found', 'id');
  await expectError('requests.update', { id: added.value.id, patch: { position: 'x'.repeat(4001) } }, 'bad-input', 'patch.position');
  await expectError('requests.update', { id: added.value.id, patch: { colour: 'red' } }, 'bad-input', 'patch');

  const entry = { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', minutes: 20 };
  await expectError('log.add', { entry: { ...entry, at: '2021-06-31T10:00' } }, 'bad-input', 'entry.at', /does not exist/);
  await expectError('log.add', { entry: { ...entry, at: 'June 3' } }, 'bad-input', 'entry.at', /2021-06-03T10:00/);
  await expectError('log.add', { entry: { ...entry, timeZone: 'Pacific Time' } }, 'bad-input', 'entry.timeZone', /time zone/);
  await expectError('log.add', { entry: { ...entry, minutes: 2000 } }, 'bad-input', 'entry.minutes', /longer than a day/);
  await expectError('log.add', { entry: { ...entry, kind: 'fax' } }, 'bad-input', 'entry.kind');
  await expectError('log.add', { entry: { ...entry, notes: 'x'.repeat(20001) } }, 'bad-input', 'entry.notes', /under 20000/);
  await expectError('log.add', { entry: { ...entry, participants: Array(31).fill('A') } }, 'bad-input', 'entry.participants', /at most 30/);
  await expectError('log.add', { entry: { ...entry, requests: [{ requestId: 77, outcome: 'withdrawn' }] } }, 'not-found', 'entry.requests.0.requestId', /Requests at issue/);
  await expectError('log.add', { entry: { ...entry, requests: [{ requestId: added.value.id, outcome: 'agreed-to-supplement', byDate: '06/20/2021' }] } }, 'bad-input', 'entry.requests.0.byDate', /2021-06-20/);
  await expectError('log.add', { entry: { ...entry, agreements: [{ text: '' }] } }, 'bad-input', 'entry.agreements.0.text', /what was agreed/);
  await expectError('log.add', { entry: { ...entry, requests: Array.from({ length: 501 }, (_, i) => ({ requestId: i + 1, outcome: 'other' })) } }, 'bad-input', 'entry.requests', /at most 500/);

  const logged = await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', minutes: 20 } });
  assert.ok(logged.ok);
  const id = logged.value.id;
  await expectError('log.edit', { entryId: id, entry: { minutes: 30 } }, 'bad-input', 'reason');
  await expectError('log.edit', { entryId: id, reason: '   ', entry: { minutes: 30 } }, 'bad-input', 'reason', /say why/);
  await expectError('log.edit', { entryId: id, reason: 'x'.repeat(1001), entry: { minutes: 30 } }, 'bad-input', 'reason', /under 1000/);
  await expectError('log.edit', { entryId: id, reason: 'why', entry: { minutes: 20 } }, 'bad-input', 'entry', /Nothing in the entry was changed/);
  await expectError('log.edit', { entryId: 999, reason: 'why', entry: { minutes: 30 } }, 'not-found', 'entryId');
  await expectError('log.edit', { entryId: id, reason: 'why', entry: { surprise: 1 } }, 'bad-input', 'entry');
  await expectError('log.void', { entryId: id }, 'bad-input', 'reason');
  await expectError('log.void', { entryId: 999, reason: 'dup' }, 'not-found', 'entryId');
  await expectError('log.history', { entryId: 999 }, 'not-found', 'entryId');
  await expectError('log.history', { entryId: 'one' }, 'bad-input', 'entryId');
  await expectError('log.list', { text: 'x'.repeat(201) }, 'bad-input', 'text', /under 200/);
  await expectError('log.list', { kinds: ['fax'] }, 'bad-input', 'kinds.0');
  await expectError('log.list', { limit: 0 }, 'bad-input', 'limit');
  await expectError('log.setConference', { entryId: 999 }, 'not-found', 'entryId');
  await expectError('log.setConference', {}, 'bad-input', 'entryId');
  for (const m of ['log.verify', 'log.conference', 'log.goodFaith', 'requests.list'] as const) await expectError(m, { extra: 1 }, 'bad-input', undefined);

  const letter = await api.call('log.add', { entry: { kind: 'letter-sent', at: '2021-06-01T09:00' } });
  assert.ok(letter.ok);
  await expectError('log.setConference', { entryId: letter.value.id }, 'bad-input', 'entryId', /Only a talk can count/);
  const voided = await api.call('log.void', { entryId: letter.value.id, reason: 'Never sent' });
  assert.ok(voided.ok);
  await expectError('log.void', { entryId: letter.value.id, reason: 'again' }, 'bad-input', 'entryId', /already removed/);
  await expectError('log.edit', { entryId: letter.value.id, reason: 'fix', entry: { notes: 'x' } }, 'bad-input', 'entryId', /removed from the log/);
});

test('the whole flow through the API: requests, a call with outcomes, an edit with a reason, history, statuses, conference, verify', async () => {
  const api = await openCase();
  const a = await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 3, description: 'Medical records', asked: 'All records from 2016', answer: 'Objection: privacy', position: 'They are relevant to my claim.' });
  const b = await api.call('requests.add', { setType: 'interrogatory', setNumber: 1, number: 5, description: 'Names of witnesses' });
  assert.ok(a.ok && b.ok);
  const added = await api.call('log.add', {
    entry: {
      kind: 'phone-call',
      at: '2021-06-03T10:00',
      timeZone: 'America/Los_Angeles',
      minutes: 20,
      startedBy: 'them',
      requests: [
        { requestId: a.value.id, outcome: 'agreed-to-supplement', byDate: '2021-06-20' },
        { requestId: b.value.id, outcome: 'still-disputed', note: 'They say it is overbroad.' },
      ],
      agreements: [{ text: 'Send the privilege log', who: 'them', dueDate: '2021-06-15' }],
      followUps: [{ text: 'Write to confirm the call', dueDate: '2021-06-04' }],
      notes: 'Counsel called me.',
    },
  });
  assert.ok(added.ok);
  assert.deepEqual(added.value.content.participants, ['Jane Counsel']);
  assert.deepEqual(added.value.outcomes.map((o) => o.label), ['RFP Set 1, No. 3', 'Interrogatory Set 1, No. 5']);
  const edited = await api.call('log.edit', {
    entryId: added.value.id,
    reason: 'They agreed to produce RFP 3 in full at the end of the call.',
    entry: { requests: [{ requestId: a.value.id, outcome: 'agreed-to-produce' }, { requestId: b.value.id, outcome: 'still-disputed' }] },
  });
  assert.ok(edited.ok);
  assert.equal(edited.value.revision, 2);
  const history = await api.call('log.history', { entryId: added.value.id });
  assert.ok(history.ok);
  assert.deepEqual(history.value.revisions.map((r) => [r.action, r.author]), [['create', 'Christopher Dickson'], ['edit', 'Christopher Dickson']]);
  const statuses = await api.call('requests.list', {});
  assert.ok(statuses.ok);
  assert.deepEqual(statuses.value.map((r) => [r.key, r.status.state, r.status.entryId]), [['RFP-1-3', 'resolved', added.value.id], ['ROG-1-5', 'open', added.value.id]]);
  const conf = await api.call('log.conference', {});
  assert.ok(conf.ok);
  assert.equal(conf.value.chosen?.entryId, added.value.id);
  assert.equal(conf.value.pickedEntryId, null);
  const picked = await api.call('log.setConference', { entryId: added.value.id });
  assert.ok(picked.ok);
  assert.equal(picked.value.pickedEntryId, added.value.id);
  assert.equal(picked.value.chosen?.source, 'chosen');
  const gf = await api.call('log.goodFaith', {});
  assert.ok(gf.ok);
  assert.equal(gf.value.message, null);
  const verified = await api.call('log.verify', {});
  assert.ok(verified.ok);
  assert.deepEqual({ ...verified.value, lastHash: 'x', fingerprint: null }, { intact: true, entries: 1, revisions: 2, lastHash: 'x', fingerprint: null, problemsOnRecord: [] });
  assert.ok(verified.value.intact && verified.value.fingerprint?.code === verified.value.lastHash.slice(0, 24).toUpperCase().match(/.{4}/g)!.join('-'));
  const listed = await api.call('log.list', { kinds: ['phone-call'], requestId: a.value.id, text: 'counsel called' });
  assert.ok(listed.ok);
  assert.equal(listed.value.total, 1);
  const updated = await api.call('requests.update', { id: b.value.id, patch: { position: 'The names are needed for trial.' } });
  assert.ok(updated.ok);
  assert.equal(updated.value.status.state, 'open');
});
