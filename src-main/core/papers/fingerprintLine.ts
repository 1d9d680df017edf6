/**
 * The line every paper that leaves the person's hands prints: the contact log's fingerprint as
 * of that paper. The other side (or the court) then holds a copy the person cannot change, and
 * the app's check can later say whether today's log still holds exactly that history.
 */
import type { LogFingerprint } from '../contacts/fingerprint.js';
import type { Block } from '../exports/model.js';
import { shortDate } from './words.js';

/** Where the person checks a fingerprint, in the words of the screen. */
export const WHERE_TO_CHECK = 'In Pro Se Case File, open the contact log and use "Check a fingerprint from a paper".';

export function fingerprintSentence(fp: LogFingerprint, today: string): string {
  return `Contact log fingerprint on ${shortDate(today)}: ${fp.code} (the log as of change ${fp.seq}).`;
}

/** One short paragraph, not offered for editing; nothing while the log is empty. */
export function fingerprintBlocks(fp: LogFingerprint | null, today: string): Block[] {
  if (!fp) return [];
  return [
    {
      type: 'paragraph',
      text:
        `${fingerprintSentence(fp, today)} Please keep this paper. ` +
        `If anything in the log up to this point is changed later, the log will no longer give this fingerprint. ${WHERE_TO_CHECK}`,
    },
  ];
}
