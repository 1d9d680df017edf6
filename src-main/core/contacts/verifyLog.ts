/**
 * Check the log's hash chain (chainCheck.ts names the FIRST place where the file no longer
 * matches what the app wrote) and read the record of earlier problems. The chain has no secret
 * key, so this finds damage and changes made without working the hashes out again; a rewrite
 * that works them all out again passes. Only a fingerprint someone else already holds (fingerprint.ts) can show that.
 *
 * A problem found once stays found (logProblems.ts): verifyLog reports it until the person
 * acknowledges it, even when a later entry made the chain whole again. Reads only;
 * checkAndRecord also writes a new finding down.
 */
import { isOpenedToRead, type CaseDb } from '../db/openCaseFile.js';
import { formatShortDate } from '../deadlines/index.js';
import { checkChain } from './chainCheck.js';
import { currentFingerprint, formatFingerprint, type LogFingerprint } from './fingerprint.js';
import { listProblems, recordProblem, type RecordedProblem } from './logProblems.js';

export interface VerifyProblem {
  entryId?: number;
  seq?: number;
  message: string;
  /** Its number on record, once the app wrote it down. */
  recordedId?: number;
  /** True when the chain checks out today and this is a problem found earlier, not yet acknowledged. */
  foundEarlier?: boolean;
}

export type VerifyResult =
  | {
      intact: true;
      entries: number;
      revisions: number;
      /** The newest link of the chain (64 zeros for an empty log). */
      lastHash: string;
      /** The log's fingerprint now, for the papers (null for an empty log). */
      fingerprint: LogFingerprint | null;
      /** Set when the chain is whole but the file's safety locks (triggers) were taken out. */
      warning?: string;
      /** Every problem found before, each acknowledged (an unacknowledged one makes intact false). */
      problemsOnRecord: RecordedProblem[];
    }
  | {
      intact: false;
      problem: VerifyProblem;
      /** The log's fingerprint as it is now, worked out again from what the rows say. */
      fingerprint: LogFingerprint | null;
      problemsOnRecord: RecordedProblem[];
    };

const sameFinding = (p: RecordedProblem, f: { entryId?: number; seq?: number; message: string }) => p.message === f.message && p.entryId === f.entryId && p.seq === f.seq;

/** Check the log and read the record of earlier problems. Reads only. */
export function verifyLog(db: CaseDb): VerifyResult {
  const chain = checkChain(db);
  const problemsOnRecord = listProblems(db);
  if (!chain.intact) {
    const onRecord = problemsOnRecord.find((p) => sameFinding(p, chain.problem));
    return { intact: false, problem: { ...chain.problem, ...(onRecord && { recordedId: onRecord.id }) }, fingerprint: currentFingerprint(db), problemsOnRecord };
  }
  const fingerprint =
    chain.lastEntryId === null ? null : { code: formatFingerprint(chain.lastHash), seq: chain.revisions, entryId: chain.lastEntryId, recordedAt: chain.lastRecordedAt };
  const open = problemsOnRecord.find((p) => p.acknowledged === null);
  if (open) {
    const message =
      `On ${formatShortDate(open.foundAt.slice(0, 10))}, the check found this problem: ${open.message} ` +
      'The log checks out again now, but that does not undo what was found. It stays on record until you say you have looked into it.';
    return {
      intact: false,
      problem: { ...(open.entryId !== undefined && { entryId: open.entryId }), ...(open.seq !== undefined && { seq: open.seq }), message, recordedId: open.id, foundEarlier: true },
      fingerprint,
      problemsOnRecord,
    };
  }
  const { lastEntryId: _e, lastRecordedAt: _r, ...rest } = chain;
  return { ...rest, fingerprint, problemsOnRecord };
}

/** verifyLog, and a new problem is written down so later checks keep showing it (not on a read-only file). */
export function checkAndRecord(db: CaseDb): VerifyResult {
  const first = verifyLog(db);
  if (first.intact || first.problem.recordedId !== undefined || isOpenedToRead(db)) return first;
  recordProblem(db, first.problem);
  return verifyLog(db);
}
