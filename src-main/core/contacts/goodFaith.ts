/**
 * The good-faith check: orders like the sample ask for a conference "by telephone, or ... an
 * in-person meeting", and many judges hold that letters or emails alone are not one. When the
 * log has only letters and emails, or only tries that reached no one, say so plainly, early.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { ATTEMPT_KINDS, CONFERENCE_KINDS, WRITTEN_KINDS } from './entryContent.js';
import { liveEntries } from './logRows.js';

export interface GoodFaithResult {
  /** A phone call, video call or meeting is logged (and not removed). */
  hasConference: boolean;
  /** Letters or emails are logged, but no call or meeting. */
  onlyWritten: boolean;
  /** Only tries that reached no one (no answer, voicemail, message with staff): no call, meeting, letter or email. */
  onlyUnanswered: boolean;
  /** What to tell the person, in plain words; null when there is nothing to say. */
  message: string | null;
}

export const ONLY_WRITTEN_MESSAGE =
  'Your log has letters or emails, but no phone call or meeting. ' +
  'Many judges say that letters or emails alone are not a conference. ' +
  'Try to talk by phone or meet in person before the deadline. ' +
  'Write down each try in this log.';

export const ONLY_UNANSWERED_MESSAGE =
  'Your log shows tries to reach the other side, but no talk yet. ' +
  'Many judges say that letters, emails or missed calls alone are not a conference. ' +
  'Keep trying to set up a phone call or a meeting before the deadline. ' +
  'Write down each try in this log.';

export function goodFaithCheck(db: CaseDb): GoodFaithResult {
  let conference = 0;
  let written = 0;
  let attempts = 0;
  for (const e of liveEntries(db)) {
    const k = e.content.kind;
    if (CONFERENCE_KINDS.includes(k)) conference++;
    else if (WRITTEN_KINDS.includes(k)) written++;
    else if (ATTEMPT_KINDS.includes(k)) attempts++;
  }
  const hasConference = conference > 0;
  const onlyWritten = !hasConference && written > 0;
  const onlyUnanswered = !hasConference && written === 0 && attempts > 0;
  const message = onlyWritten ? ONLY_WRITTEN_MESSAGE : onlyUnanswered ? ONLY_UNANSWERED_MESSAGE : null;
  return { hasConference, onlyWritten, onlyUnanswered, message };
}
