/**
 * Problems the log check found, kept in the file (migration 7), so a change that was found
 * stays found: a new entry after a removed last entry makes the chain whole again, but the
 * finding is still shown by every later check and log report until the person acknowledges it.
 * The acknowledgement is kept as well (who, when, why, and the log's fingerprint then).
 */
import { isOpenedToRead, type CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import { currentFingerprint } from './fingerprint.js';
import { oneLine } from './hashChain.js';

export interface Acknowledgement {
  at: string;
  by: string;
  reason: string;
  /** How many saved versions the log had then. */
  revisions: number;
  /** The log's fingerprint then ('' for an empty log). */
  fingerprint: string;
}

export interface RecordedProblem {
  id: number;
  /** When the app first found it (ISO, UTC). */
  foundAt: string;
  message: string;
  entryId?: number;
  seq?: number;
  /** How many saved versions the log had when it was found. */
  revisionsThen: number;
  acknowledged: Acknowledgement | null;
}

export interface FoundProblem {
  message: string;
  entryId?: number;
  seq?: number;
}

interface ProblemRow {
  id: number;
  found_at: string;
  message: string;
  entry_id: number | null;
  seq: number | null;
  revisions_then: number;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  ack_reason: string | null;
  ack_seq: number | null;
  ack_head: string | null;
}

/** A file opened without migrating (read-only) may be older than the record. */
function hasRecord(db: CaseDb): boolean {
  return !!db.prepare('SELECT 1 FROM sqlite_master WHERE type = \'table\' AND name = \'log_problems\'').get();
}

function view(r: ProblemRow): RecordedProblem {
  return {
    id: r.id,
    foundAt: r.found_at,
    message: r.message,
    ...(r.entry_id !== null && { entryId: r.entry_id }),
    ...(r.seq !== null && { seq: r.seq }),
    revisionsThen: r.revisions_then,
    acknowledged:
      r.acknowledged_at === null ? null : { at: r.acknowledged_at, by: r.acknowledged_by ?? '', reason: r.ack_reason ?? '', revisions: r.ack_seq ?? 0, fingerprint: r.ack_head ?? '' },
  };
}

/** Every problem on record, oldest first. */
export function listProblems(db: CaseDb): RecordedProblem[] {
  if (!hasRecord(db)) return [];
  return (db.prepare('SELECT * FROM log_problems ORDER BY id').all() as ProblemRow[]).map(view);
}

const revisionCount = (db: CaseDb) => (db.prepare('SELECT COUNT(*) AS n FROM log_revisions').get() as { n: number }).n;

/**
 * Write down a problem the check just found, once (the same finding again adds nothing). Does
 * nothing on a file opened read-only: the check still reports it, it just cannot be kept.
 */
export function recordProblem(db: CaseDb, p: FoundProblem): void {
  if (isOpenedToRead(db) || !hasRecord(db)) return;
  const same = db
    .prepare('SELECT 1 FROM log_problems WHERE message = ? AND entry_id IS ? AND seq IS ?')
    .get(p.message, p.entryId ?? null, p.seq ?? null);
  if (same) return;
  db.prepare('INSERT INTO log_problems (found_at, message, entry_id, seq, revisions_then) VALUES (?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    p.message,
    p.entryId ?? null,
    p.seq ?? null,
    revisionCount(db),
  );
}

export const ACK_REASON_MAX = 1000;

/** The person says they looked into a problem the check found. Kept with who, when and why. */
export function acknowledgeProblem(db: CaseDb, problemId: number, reason: string, author: string): RecordedProblem {
  const why = oneLine(reason ?? '');
  if (!why) throw new CaseFileError('bad-input', 'Please say what you found when you looked into it.', 'reason');
  if (why.length > ACK_REASON_MAX) throw new CaseFileError('bad-input', `Please keep the reason under ${ACK_REASON_MAX} characters.`, 'reason');
  return db
    .transaction(() => {
      const row = hasRecord(db) ? (db.prepare('SELECT * FROM log_problems WHERE id = ?').get(problemId) as ProblemRow | undefined) : undefined;
      if (!row) throw new CaseFileError('not-found', `There is no problem number ${problemId} on record for this log.`, 'problemId');
      if (row.acknowledged_at !== null) throw new CaseFileError('bad-input', 'You already said you looked into this problem. That note is kept as it is.', 'problemId');
      const fp = currentFingerprint(db);
      db.prepare('UPDATE log_problems SET acknowledged_at = ?, acknowledged_by = ?, ack_reason = ?, ack_seq = ?, ack_head = ? WHERE id = ?').run(
        new Date().toISOString(),
        oneLine(author) || 'You',
        why,
        revisionCount(db),
        fp?.code ?? '',
        problemId,
      );
      return view(db.prepare('SELECT * FROM log_problems WHERE id = ?').get(problemId) as ProblemRow);
    })
    .immediate();
}
