/**
 * Check the log's hash chain: recompute every hash, in order, and name the FIRST place where the
 * file no longer matches what the app wrote. The chain has no secret key, so this finds damage
 * and changes made without working the hashes out again; a rewrite that works them all out again
 * passes. Only a fingerprint someone else already holds (fingerprint.ts) can show that.
 *
 * A problem found once stays found (logProblems.ts): verifyLog reports it until the person
 * acknowledges it, even when a later entry made the chain whole again. Reads only;
 * checkAndRecord also writes a new finding down.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { formatShortDate } from '../deadlines/index.js';
import { LOG_HEAD_KEY } from './contactLog.js';
import { currentFingerprint, formatFingerprint, type LogFingerprint } from './fingerprint.js';
import { chainHashOf, contentHashOf, GENESIS_HASH } from './hashChain.js';
import { listProblems, openToReadOnly, recordProblem, type RecordedProblem } from './logProblems.js';
import type { RevisionRow } from './logRows.js';

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

/** What the chain alone says, before the record of earlier problems is read. */
type ChainCheck =
  | { intact: true; entries: number; revisions: number; lastHash: string; lastEntryId: number | null; lastRecordedAt: string; warning?: string }
  | { intact: false; problem: { entryId?: number; seq?: number; message: string } };

const TRIGGERS = ['log_revisions_no_update', 'log_revisions_no_delete', 'log_entries_no_delete'];

const broken = (message: string, entryId?: number, seq?: number): ChainCheck => ({
  intact: false,
  problem: { ...(entryId !== undefined && { entryId }), ...(seq !== undefined && { seq }), message },
});

const OUTSIDE = 'changed outside the app';

function checkChain(db: CaseDb): ChainCheck {
  const rows = db.prepare('SELECT * FROM log_revisions ORDER BY seq').all() as RevisionRow[];
  const entryIds = (db.prepare('SELECT id FROM log_entries ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const entrySet = new Set(entryIds);

  // Entries whose own revision numbers have a hole, or that have none left: where a removed row was.
  const numbers = new Map<number, number[]>();
  for (const r of rows) {
    let list = numbers.get(r.entry_id);
    if (!list) numbers.set(r.entry_id, (list = []));
    list.push(r.revision);
  }
  const withHole = entryIds.filter((id) => {
    const list = (numbers.get(id) ?? []).sort((a, b) => a - b);
    return list.length === 0 || list.some((n, i) => n !== i + 1);
  });

  let prevHash = GENESIS_HASH;
  const lastRevision = new Map<number, { revision: number; action: string }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const expectedSeq = i + 1;
    if (r.seq !== expectedSeq) {
      const who = withHole[0];
      if (r.seq < expectedSeq) return broken(`Entry ${r.entry_id} was ${OUTSIDE}: change number ${r.seq} of the log is out of place.`, r.entry_id, r.seq);
      return broken(
        who !== undefined
          ? `Entry ${who} was ${OUTSIDE}: change number ${expectedSeq} of the log is missing. A saved version of it was removed.`
          : `The log was ${OUTSIDE}: change number ${expectedSeq} of the log is missing. A saved version was removed just before entry ${r.entry_id}'s version ${r.revision}.`,
        who,
        expectedSeq,
      );
    }
    if (!entrySet.has(r.entry_id)) {
      return broken(`Entry ${r.entry_id} was ${OUTSIDE}: the entry itself is missing.`, r.entry_id, r.seq);
    }
    const before = lastRevision.get(r.entry_id);
    const expectedRevision = (before?.revision ?? 0) + 1;
    if (r.revision !== expectedRevision) {
      return broken(
        r.revision > expectedRevision
          ? `Entry ${r.entry_id} was ${OUTSIDE}: version ${expectedRevision} of it is missing. A saved version was removed.`
          : `Entry ${r.entry_id} was ${OUTSIDE}: its versions are out of order.`,
        r.entry_id,
        r.seq,
      );
    }
    if ((r.revision === 1) !== (r.action === 'create') || before?.action === 'void') {
      return broken(`Entry ${r.entry_id} was ${OUTSIDE}: version ${r.revision} is marked "${r.action}", which the app never writes there.`, r.entry_id, r.seq);
    }
    if (contentHashOf(r.content) !== r.content_hash) {
      return broken(`Entry ${r.entry_id} was ${OUTSIDE}: what version ${r.revision} says (saved ${r.recorded_at}) no longer matches its fingerprint.`, r.entry_id, r.seq);
    }
    if (r.prev_hash !== prevHash) {
      return broken(`Entry ${r.entry_id} was ${OUTSIDE}: version ${r.revision} no longer links to the change saved before it. A change before it may have been removed or altered.`, r.entry_id, r.seq);
    }
    const chain = chainHashOf({
      prevHash,
      seq: r.seq,
      entryId: r.entry_id,
      revision: r.revision,
      action: r.action,
      reason: r.reason,
      author: r.author,
      recordedAt: r.recorded_at,
      contentHash: r.content_hash,
    });
    if (chain !== r.chain_hash) {
      return broken(`Entry ${r.entry_id} was ${OUTSIDE}: the details of version ${r.revision} (who, when, why or its place in the log) no longer match its fingerprint.`, r.entry_id, r.seq);
    }
    prevHash = chain;
    lastRevision.set(r.entry_id, { revision: r.revision, action: r.action });
  }

  // The newest link the app wrote: catches the removal of the last rows.
  const headRow = db.prepare('SELECT value FROM meta WHERE key = ?').get(LOG_HEAD_KEY) as { value: string } | undefined;
  let head: { seq: number; hash: string } | null = null;
  try {
    head = headRow ? (JSON.parse(headRow.value) as { seq: number; hash: string }) : null;
  } catch {
    head = null;
  }
  if (rows.length > 0 || headRow) {
    if (!head || typeof head.seq !== 'number') return broken(`The log was ${OUTSIDE}: the record of its newest change is missing or damaged.`);
    if (head.seq > rows.length) {
      const who = withHole[0];
      return broken(
        `${who !== undefined ? `Entry ${who} was ${OUTSIDE}: ` : `The log was ${OUTSIDE}: `}the newest ${head.seq - rows.length === 1 ? 'change is' : `${head.seq - rows.length} changes are`} missing. A saved version was removed.`,
        who,
        rows.length + 1,
      );
    }
    if (head.seq < rows.length) {
      const extra = rows[head.seq];
      return broken(`Entry ${extra.entry_id} was ${OUTSIDE}: a version was added without the app.`, extra.entry_id, extra.seq);
    }
    if (head.hash !== prevHash) return broken(`The log was ${OUTSIDE}: its newest change does not match the app's record of it.`, rows[rows.length - 1]?.entry_id, rows.length);
  }

  const orphan = entryIds.find((id) => !numbers.has(id));
  if (orphan !== undefined) return broken(`Entry ${orphan} was ${OUTSIDE}: all its saved versions were removed.`, orphan);

  const triggers = (db.prepare('SELECT name FROM sqlite_master WHERE type = \'trigger\'').all() as { name: string }[]).map((t) => t.name);
  const missingLocks = TRIGGERS.filter((t) => !triggers.includes(t));
  return {
    intact: true,
    entries: entryIds.length,
    revisions: rows.length,
    lastHash: prevHash,
    lastEntryId: rows[rows.length - 1]?.entry_id ?? null,
    lastRecordedAt: rows[rows.length - 1]?.recorded_at ?? '',
    ...(missingLocks.length > 0 && {
      warning: 'Every entry matches its fingerprint, but the locks that stop changes to the log were taken out of this file by another program. Keep a backup copy safe.',
    }),
  };
}

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
  if (first.intact || first.problem.recordedId !== undefined || openToReadOnly(db)) return first;
  recordProblem(db, first.problem);
  return verifyLog(db);
}
