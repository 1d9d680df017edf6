/** Meeting and conferring: which contact was the conference, who reached out first, and the good-faith warnings. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addEntry, voidEntry } from '../../src-main/core/contacts/contactLog.js';
import { chosenConference, conferenceCandidates, contactsByMeans, firstContactFromThem, setConference } from '../../src-main/core/contacts/conference.js';
import { goodFaithCheck, ONLY_UNANSWERED_MESSAGE, ONLY_WRITTEN_MESSAGE } from '../../src-main/core/contacts/goodFaith.js';
import { assertPlain } from '../../src-main/core/plainLanguage/index.js';
import { call, newCase } from '../support/contactCase.js';

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
