/**
 * Measures for `npm run bench`: a log of 5,000 entries, added one at a time the way the app
 * adds them (one transaction each), then opened, listed and verified. Returns milliseconds.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCaption } from '../../src-main/core/caseInfo/caseInfoRepository.js';
import { emptyCaption } from '../../src-main/core/caseInfo/caption.js';
import { closeCaseFile, createCaseFile, openCaseFile } from '../../src-main/core/db/openCaseFile.js';
import { addEntry, editEntry, listEntries, voidEntry } from '../../src-main/core/contacts/contactLog.js';
import { conferenceChoice } from '../../src-main/core/contacts/conference.js';
import type { EntryKind, Outcome } from '../../src-main/core/contacts/entryContent.js';
import { goodFaithCheck } from '../../src-main/core/contacts/goodFaith.js';
import { addRequest, listRequests } from '../../src-main/core/contacts/requests.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';

const KINDS: EntryKind[] = ['phone-call', 'letter-sent', 'email-received', 'no-answer', 'voicemail', 'letter-received', 'in-person', 'email-sent'];
const OUTCOMES: Outcome[] = ['still-disputed', 'agreed-to-produce', 'agreed-to-supplement', 'other'];
const round = (x: number) => Math.round(x * 10) / 10;

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, round(performance.now() - t)];
}

/** Add `count` entries (plus a few edits and removals) to a new case file in `dir`, then time the reads. */
export function benchContactLog(dir: string, count = 5000): Record<string, number> {
  const file = path.join(dir, `bench-log-${process.pid}-${Date.now()}.casefile`);
  let db = createCaseFile(file, 'bench');
  writeCaption(db, { ...emptyCaption(), partyName: 'Bench Party', counsel: { ...emptyCaption().counsel, name: 'Defense Counsel' } });
  const requestIds = Array.from({ length: 20 }, (_, i) => addRequest(db, { setType: i % 2 ? 'interrogatory' : 'rfp', setNumber: 1, number: i + 1, description: `Request ${i + 1}` }).id);

  const start = Date.UTC(2021, 0, 1);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const when = new Date(start + i * 37 * 60_000).toISOString().slice(0, 16);
    addEntry(db, {
      kind: KINDS[i % KINDS.length],
      at: when,
      timeZone: 'America/Los_Angeles',
      minutes: i % 3 === 0 ? 5 + (i % 40) : null,
      startedBy: i % 5 === 0 ? 'them' : 'me',
      notes: `Entry ${i}: talked about the records and the privilege log. Follow up ${i % 17 === 0 ? 'urgent' : 'later'}.`,
      requests: i % 4 === 0 ? [{ requestId: requestIds[i % requestIds.length], outcome: OUTCOMES[i % OUTCOMES.length], ...(i % OUTCOMES.length === 2 && { byDate: '2021-07-01' }) }] : [],
    });
  }
  const addMs = performance.now() - t0;
  for (let i = 1; i <= count; i += 50) editEntry(db, i, { notes: `Edited entry ${i}` }, 'Fixed a typo');
  for (let i = 25; i <= count; i += 100) voidEntry(db, i, 'Logged twice');
  closeCaseFile(db);

  const [opened, openMs] = time(() => openCaseFile(file));
  db = opened;
  const [, firstPageMs] = time(() => listEntries(db, { limit: 100 }));
  const [all, timelineAllMs] = time(() => listEntries(db));
  const [, searchMs] = time(() => listEntries(db, { text: 'urgent', limit: 100 }));
  const [, kindFilterMs] = time(() => listEntries(db, { kinds: ['phone-call', 'in-person'], limit: 100 }));
  const [, requestFilterMs] = time(() => listEntries(db, { requestId: requestIds[0], limit: 100 }));
  const [, requestsMs] = time(() => listRequests(db));
  const [, conferenceMs] = time(() => conferenceChoice(db));
  const [, goodFaithMs] = time(() => goodFaithCheck(db));
  const [verified, verifyMs] = time(() => verifyLog(db));
  closeCaseFile(db);
  if (!verified.intact) throw new Error(`bench log failed to verify: ${verified.problem.message}`);

  return {
    entries: all.count,
    revisions: verified.revisions,
    addEntryTotalMs: round(addMs),
    addEntryEachMs: round(addMs / count),
    openCaseMs: openMs,
    timelineFirstPageAfterOpenMs: firstPageMs,
    timelineAllEntriesWarmMs: timelineAllMs,
    searchNotesMs: searchMs,
    filterByKindMs: kindFilterMs,
    filterByRequestMs: requestFilterMs,
    requestStatusesMs: requestsMs,
    conferenceCandidatesMs: conferenceMs,
    goodFaithCheckMs: goodFaithMs,
    verifyChainMs: verifyMs,
  };
}
