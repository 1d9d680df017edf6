/** Issue 12, item 3: nobody "took part" in a call nobody answered; a try says whom it tried to reach. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ATTEMPT_KINDS, ENTRY_KINDS } from '../../src-main/core/contacts/entryContent.js';
import { whoLine, whoWords } from '../../src-main/core/contacts/whoWords.js';

test('a try names whom it tried to reach, by whoever started it; a talk names who took part', () => {
  const roe = ['Jane Roe'];
  assert.equal(whoLine({ kind: 'no-answer', startedBy: 'me', participants: roe }, 'Plaintiff'), 'Plaintiff tried to reach Jane Roe');
  assert.equal(whoLine({ kind: 'no-answer', startedBy: 'them', participants: roe }, 'Plaintiff'), 'Jane Roe tried to reach Plaintiff');
  assert.equal(whoLine({ kind: 'voicemail', startedBy: 'me', participants: [] }, 'Defendant'), 'Defendant tried to reach the other side');
  assert.equal(whoLine({ kind: 'phone-call', startedBy: 'me', participants: roe }, 'Plaintiff'), 'Jane Roe');
  assert.deepEqual(whoWords({ kind: 'no-answer', startedBy: 'me', participants: roe }), { label: 'Who you tried to reach', names: 'Jane Roe' });
  assert.deepEqual(whoWords({ kind: 'message-with-staff', startedBy: 'them', participants: roe }), { label: 'Who tried to reach you', names: 'Jane Roe' });
  assert.equal(whoWords({ kind: 'in-person', startedBy: 'me', participants: roe }).label, 'Who took part');
});

test('every try kind the log knows is worded as a try, and no other kind is', () => {
  for (const kind of ENTRY_KINDS) {
    const label = whoWords({ kind, startedBy: 'me', participants: ['X'] }).label;
    assert.equal(label !== 'Who took part', ATTEMPT_KINDS.includes(kind), kind);
  }
});
