import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { METHOD_NAMES } from '../../src-main/core/api/contract.js';
import { testApi } from '../support/testApi.js';

const junk: unknown[] = [null, 42, 'text', [], [1, 2], { path: 7 }, { patch: 'x' }, { unexpected: true }, { path: '' }, { patch: { caseNumber: 5 } }, { patch: { side: 'judge' } }, { path: 'a'.repeat(5000) }, { name: 9 }];

test('every API method answers bad input with a typed error in words, never a crash', async () => {
  const { api } = testApi();
  for (const method of METHOD_NAMES) {
    for (const input of junk) {
      const r = await api.invoke(method, input);
      if (r.ok) continue; // some methods take no input and ignore nothing: {} is fine for them
      assert.ok(['bad-input', 'no-case-open', 'not-found', 'not-a-case-file'].includes(r.error.code), `${method} ${JSON.stringify(input)} -> ${r.error.code}`);
      assert.ok(r.error.message.length > 10 && !/at .*\.ts:\d+/.test(r.error.message), 'a sentence, not a stack');
    }
  }
});

test('methods that take no input reject extra fields instead of ignoring them', async () => {
  const { api } = testApi();
  const r = await api.invoke('case.close', { surprise: 1 });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'bad-input');
});

test('an unknown method is refused in words', async () => {
  const { api } = testApi();
  for (const m of ['case.delete', '__proto__', 'constructor', 42, null]) {
    const r = await api.invoke(m, {});
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'bad-input');
  }
});

test('editing the caption before a case is open says to open one first', async () => {
  const { api } = testApi();
  const r = await api.call('case.updateCaption', { patch: { caseNumber: '1' } });
  assert.deepEqual(r.ok ? null : r.error.code, 'no-case-open');
});

test('create, edit and reopen through the API keeps every field; fields from an order lose their flag when edited', async () => {
  const { api, file } = testApi();
  const path = file('Dickson v Gomez');
  const created = await api.call('case.create', { path, caption: { caseNumber: '1:17-cv-00294-DAD-BAM (PC)', fromOrder: ['caseNumber', 'district'] } });
  assert.ok(created.ok);
  assert.ok(fs.existsSync(path + '.casefile'), 'the .casefile extension is added');
  const edited = await api.call('case.updateCaption', { patch: { caseNumber: '1:17-cv-00294', inPrison: true, counsel: { email: 'counsel@example.gov' } } });
  assert.ok(edited.ok);
  assert.deepEqual(edited.value.caption.fromOrder, ['district']);
  await api.call('case.close', {});
  const reopened = await api.call('case.open', { path: path + '.casefile' });
  assert.ok(reopened.ok);
  assert.equal(reopened.value.caption.caseNumber, '1:17-cv-00294');
  assert.equal(reopened.value.caption.inPrison, true);
  assert.equal(reopened.value.caption.counsel.email, 'counsel@example.gov');
});

test('recent files are remembered only when asked, and can be forgotten', async () => {
  const { api, file } = testApi();
  await api.call('case.create', { path: file('a.casefile') });
  let recent = await api.call('recent.list', {});
  assert.deepEqual(recent.ok && recent.value, []);
  await api.call('case.create', { path: file('b.casefile'), remember: true });
  recent = await api.call('recent.list', {});
  assert.equal(recent.ok && recent.value.length, 1);
  await api.call('recent.forget', { path: file('b.casefile') });
  recent = await api.call('recent.list', {});
  assert.deepEqual(recent.ok && recent.value, []);
});

test('a suggested new file never points at a file that exists', async () => {
  const { api, dir } = testApi();
  fs.writeFileSync(`${dir}/My case.casefile`, '');
  const r = await api.call('files.suggestPath', { name: 'My case' });
  assert.ok(r.ok);
  assert.equal(r.value.path, `${dir}/My case 2.casefile`);
});
