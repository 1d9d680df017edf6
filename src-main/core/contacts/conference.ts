/**
 * Which contact counts as "the conference", and who reached whom by what means: what the
 * order's requirements and the joint statement read from the log.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import { CONFERENCE_KINDS, meansOf, type ContactMeans, type EntryKind, type StartedBy } from './entryContent.js';
import { liveEntries, loadCurrentEntry, type CurrentEntry } from './logRows.js';

export const CONFERENCE_KEY = 'conference_entry_id';

/** One contact, as the rest of the app needs to name it: "a phone call on June 3, 2021 (entry 4)". */
export interface ContactRef {
  entryId: number;
  /** Local date and time as entered: 'YYYY-MM-DDTHH:mm'. */
  at: string;
  /** 'YYYY-MM-DD' */
  date: string;
  timeZone: string;
  kind: EntryKind;
  means: ContactMeans;
  startedBy: StartedBy;
  minutes: number | null;
  participants: string[];
}

export interface ChosenConference extends ContactRef {
  /** 'chosen' when the person picked it; 'first' when it is the first call or meeting in the log. */
  source: 'chosen' | 'first';
}

const ref = (e: CurrentEntry): ContactRef => ({
  entryId: e.entryId,
  at: e.content.at,
  date: e.content.at.slice(0, 10),
  timeZone: e.content.timeZone,
  kind: e.content.kind,
  means: meansOf(e.content.kind),
  startedBy: e.content.startedBy,
  minutes: e.content.minutes,
  participants: e.content.participants,
});

const isCandidate = (e: CurrentEntry) => !e.isVoid && CONFERENCE_KINDS.includes(e.content.kind);

/** Phone calls, video calls and in-person meetings that are not removed, oldest first. */
export function conferenceCandidates(db: CaseDb): ContactRef[] {
  return liveEntries(db).filter(isCandidate).map(ref);
}

function storedChoice(db: CaseDb): number | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(CONFERENCE_KEY) as { value: string } | undefined;
  const id = row ? Number(row.value) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The entry the person picked as the conference (if it is still a call or meeting), else the first one; null if there is none. */
export function chosenConference(db: CaseDb): ChosenConference | null {
  const candidates = liveEntries(db).filter(isCandidate);
  const picked = storedChoice(db);
  const chosen = picked === null ? undefined : candidates.find((e) => e.entryId === picked);
  if (chosen) return { ...ref(chosen), source: 'chosen' };
  const first = candidates[0];
  return first ? { ...ref(first), source: 'first' } : null;
}

/** The person's pick: an entry id, or null to go back to "the first call or meeting". */
export function setConference(db: CaseDb, entryId: number | null): void {
  if (entryId === null) {
    db.prepare('DELETE FROM meta WHERE key = ?').run(CONFERENCE_KEY);
    return;
  }
  const e = loadCurrentEntry(db, entryId);
  if (!e) throw new CaseFileError('not-found', `There is no entry ${entryId} in the contact log.`, 'entryId');
  if (e.isVoid) throw new CaseFileError('bad-input', `Entry ${entryId} was removed from the log, so it cannot be your conference.`, 'entryId');
  if (!CONFERENCE_KINDS.includes(e.content.kind)) {
    throw new CaseFileError('bad-input', `Entry ${entryId} is not a phone call, video call or meeting. Only a talk can count as your conference.`, 'entryId');
  }
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(CONFERENCE_KEY, String(entryId));
}

/** The stored pick (or null) and what it resolves to, with every candidate: for the "Which contact counts?" select. */
export function conferenceChoice(db: CaseDb): { pickedEntryId: number | null; chosen: ChosenConference | null; candidates: ContactRef[] } {
  return { pickedEntryId: storedChoice(db), chosen: chosenConference(db), candidates: conferenceCandidates(db) };
}

/** Did the other side start it? Their letters and emails count even when "who started it" was left as you. */
const fromThem = (e: CurrentEntry) => e.content.startedBy === 'them' || e.content.kind === 'letter-received' || e.content.kind === 'email-received';

/**
 * The first contact the other side made (not removed), by any means or only by the given
 * means, e.g. { means: ['phone', 'video', 'in-person'] } for "by telephone or in person".
 */
export function firstContactFromThem(db: CaseDb, options: { means?: readonly ContactMeans[] } = {}): ContactRef | null {
  const e = liveEntries(db).find((x) => fromThem(x) && (!options.means || options.means.includes(meansOf(x.content.kind))));
  return e ? ref(e) : null;
}

/** Every contact that is not removed, grouped by means, each group oldest first (both sides). */
export function contactsByMeans(db: CaseDb): Record<ContactMeans, ContactRef[]> {
  const out: Record<ContactMeans, ContactRef[]> = { phone: [], video: [], 'in-person': [], letter: [], email: [], attempt: [], other: [] };
  for (const e of liveEntries(db)) out[meansOf(e.content.kind)].push(ref(e));
  return out;
}
