/**
 * Where the contact log feeds the order's requirements: the conference date starts the
 * "7 days after your conference" clock, and a call or meeting shows "must contact you" was met.
 */
import { chosenConference, firstContactFromThem, type ChosenConference, type ContactRef } from '../contacts/conference.js';
import type { CaseDb } from '../db/openCaseFile.js';
import { formatShortDate } from '../deadlines/index.js';

export type ConferenceInfo = ChosenConference;

const MEANS_WORDS: Record<ContactRef['means'], string> = {
  phone: 'a phone call',
  video: 'a video call',
  'in-person': 'an in-person meeting',
  letter: 'a letter',
  email: 'an email',
  attempt: 'a try that got no answer',
  other: 'a contact',
};

export function conferenceForDeadlines(db: CaseDb): ConferenceInfo | null {
  return chosenConference(db);
}

export function describeContact(c: ContactRef): string {
  return `${MEANS_WORDS[c.means]} on ${formatShortDate(c.date)} (log entry ${c.entryId})`;
}

/** A call or meeting the other side started, or failing that the conference itself. */
export function contactEvidence(db: CaseDb): { entryId: number; at: string; words: string } | null {
  const c = firstContactFromThem(db, { means: ['phone', 'video', 'in-person'] }) ?? chosenConference(db);
  return c ? { entryId: c.entryId, at: c.at, words: describeContact(c) } : null;
}
