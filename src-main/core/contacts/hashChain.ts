/**
 * The log's hash chain. Each revision stores the SHA-256 of its content and a chain hash over
 * the previous revision's chain hash and its own facts, so changing, removing or reordering a
 * revision without working the hashes out again breaks every hash after it. There is no secret
 * key: whoever rewrites the rows can work every hash out again. What makes the log provable is
 * a chain head someone else already holds (fingerprint.ts, printed on the papers).
 *
 *   content_hash = sha256(canonical JSON content)
 *   chain_hash   = sha256(prev_hash \n seq \n entry_id \n revision \n action \n reason \n author \n recorded_at \n content_hash)
 *
 * The first revision's prev_hash is 64 zeros. Reason and author are kept to one line (see
 * oneLine), so the newline-joined text can be read back only one way.
 */
import { createHash } from 'node:crypto';
import type { RevisionRow } from './logRows.js';

export const GENESIS_HASH = '0'.repeat(64);

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export type RevisionAction = 'create' | 'edit' | 'void';

export interface ChainFields {
  prevHash: string;
  seq: number;
  entryId: number;
  revision: number;
  /** A RevisionAction, or whatever an edited file holds (verify must read it to report it). */
  action: string;
  reason: string;
  author: string;
  recordedAt: string;
  contentHash: string;
}

export const contentHashOf = (canonicalContent: string): string => sha256Hex(canonicalContent);

export function chainHashOf(f: ChainFields): string {
  return sha256Hex([f.prevHash, String(f.seq), String(f.entryId), String(f.revision), f.action, f.reason, f.author, f.recordedAt, f.contentHash].join('\n'));
}

/** Squeeze any run of whitespace (newlines too) to one space, and trim. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The chain hash of a stored revision row, from the hash before it and its content's hash (stored or worked out again). */
export function chainHashOfRow(prevHash: string, r: RevisionRow, contentHash: string): string {
  return chainHashOf({ prevHash, seq: r.seq, entryId: r.entry_id, revision: r.revision, action: r.action, reason: r.reason, author: r.author, recordedAt: r.recorded_at, contentHash });
}
