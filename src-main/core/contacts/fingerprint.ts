/**
 * The log's fingerprint: what makes the log provable without a server.
 *
 * The hash chain has no secret key, so someone with the file could rewrite the log and work
 * every hash out again; the file alone cannot show it was not rewritten. A copy of the chain
 * head that someone else already holds can: each paper that goes to the other side or the court
 * prints the head as of that paper ("as of change 12"), and a rewrite of anything up to change
 * 12 cannot give the same head again (SHA-256). The check below works every link out again from
 * what the rows say, never trusting the hashes stored beside them.
 *
 * A fingerprint is the first 24 hex digits (96 bits) of the chain head, in groups of 4:
 * 3F9C-21AB-7D10-88E2-0C4B-A9F1. Short enough to type from paper, far too long to guess.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import { chainHashOfRow, contentHashOf, GENESIS_HASH } from './hashChain.js';
import { loadRevisions } from './logRows.js';

export const FINGERPRINT_DIGITS = 24;

export interface ChainLink {
  /** The change number: 1 for the first thing ever saved in the log. */
  seq: number;
  entryId: number;
  /** When that change was saved (ISO, UTC). */
  recordedAt: string;
  /** The chain head after this change, worked out from the rows' words. */
  hash: string;
}

export interface LogFingerprint {
  /** "3F9C-21AB-7D10-88E2-0C4B-A9F1" */
  code: string;
  /** The change it is "as of". */
  seq: number;
  entryId: number;
  recordedAt: string;
}

export type FingerprintCheck =
  | { matches: true; fingerprint: LogFingerprint; laterChanges: number; message: string }
  | { matches: false; closeTo: LogFingerprint | null; message: string };

/** "3f9c21ab…" → "3F9C-21AB-7D10-88E2-0C4B-A9F1" */
export function formatFingerprint(hash: string): string {
  return (hash.slice(0, FINGERPRINT_DIGITS).toUpperCase().match(/.{1,4}/g) ?? []).join('-');
}

/**
 * The last result per open file, kept while nothing wrote to it (SQLite's data_version moves when
 * another connection commits, total_changes() when this one does): a paper preview is asked for
 * after every keystroke's save, and a long log takes a while to hash.
 */
const cache = new WeakMap<CaseDb, { key: string; links: readonly ChainLink[] }>();

/** Every link of the chain, worked out again from what each saved version says, oldest first. */
export function recomputeChain(db: CaseDb): ChainLink[] {
  const key = `${db.pragma('data_version', { simple: true }) as number}:${(db.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`;
  const hit = cache.get(db);
  if (hit && hit.key === key) return [...hit.links];
  const links = hashAll(db);
  cache.set(db, { key, links: Object.freeze(links.map((l) => Object.freeze(l))) });
  return links;
}

function hashAll(db: CaseDb): ChainLink[] {
  let prev = GENESIS_HASH;
  return loadRevisions(db).map((r) => {
    prev = chainHashOfRow(prev, r, contentHashOf(r.content));
    return { seq: r.seq, entryId: r.entry_id, recordedAt: r.recorded_at, hash: prev };
  });
}

export const fingerprintOf = (link: ChainLink): LogFingerprint => ({ code: formatFingerprint(link.hash), seq: link.seq, entryId: link.entryId, recordedAt: link.recordedAt });

/** The fingerprint of the whole log as it is now; null while nothing is saved in it. */
export function currentFingerprint(db: CaseDb): LogFingerprint | null {
  const links = recomputeChain(db);
  const last = links[links.length - 1];
  return last ? fingerprintOf(last) : null;
}

/**
 * What the person typed, as lower-case hex. Forgives case, spaces, dashes and dots, and the
 * letters people write for look-alike digits (O for 0; I or L for 1).
 */
export function readTypedFingerprint(typed: string): string {
  const squeezed = typed.replace(/[\s\-\u2010-\u2015.]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!squeezed) throw new CaseFileError('bad-input', 'Please type the fingerprint from the paper, like 3F9C-21AB-7D10-88E2-0C4B-A9F1.', 'fingerprint');
  const odd = /[^0-9A-F]/.exec(squeezed);
  if (odd) throw new CaseFileError('bad-input', `A fingerprint uses only the numbers 0 to 9 and the letters A to F. "${odd[0]}" is not one of them. Please check it.`, 'fingerprint');
  if (squeezed.length < FINGERPRINT_DIGITS) {
    throw new CaseFileError('bad-input', `A fingerprint has ${FINGERPRINT_DIGITS} numbers and letters, in 6 groups of 4. You typed ${squeezed.length}. Please check for a missing group.`, 'fingerprint');
  }
  if (squeezed.length > 64) throw new CaseFileError('bad-input', 'That is longer than any fingerprint. Please type just the fingerprint from the paper.', 'fingerprint');
  return squeezed.toLowerCase();
}

const differences = (a: string, b: string) => [...a].reduce((n, ch, i) => n + (ch === b[i] ? 0 : 1), 0);

/** Does today's log still hold exactly the history a paper's fingerprint stands for? */
export function checkFingerprint(db: CaseDb, typed: string): FingerprintCheck {
  const want = readTypedFingerprint(typed);
  const links = recomputeChain(db);
  const hit = links.find((l) => l.hash.startsWith(want));
  if (hit) {
    const later = links.length - hit.seq;
    return {
      matches: true,
      fingerprint: fingerprintOf(hit),
      laterChanges: later,
      message:
        `Yes. Today's log still holds exactly the history this fingerprint stands for: changes 1 to ${hit.seq}, up to entry ${hit.entryId}. ` +
        (later === 0 ? 'Nothing was saved after it.' : `${later === 1 ? 'One change was' : `${later} changes were`} saved after it.`),
    };
  }
  const head = want.slice(0, FINGERPRINT_DIGITS);
  const close = links.find((l) => differences(l.hash.slice(0, FINGERPRINT_DIGITS), head) <= 2);
  if (close) {
    return {
      matches: false,
      closeTo: fingerprintOf(close),
      message: `No exact match. It is very close to the fingerprint as of change ${close.seq}: ${formatFingerprint(close.hash)}. Please check the paper for a typing mistake.`,
    };
  }
  return {
    matches: false,
    closeTo: null,
    message:
      'No. No point in today\u2019s log gives this fingerprint. First check that you typed it right, and that the paper is from this case file. ' +
      'If both are right, the log up to that paper was changed after the paper was made.',
  };
}
