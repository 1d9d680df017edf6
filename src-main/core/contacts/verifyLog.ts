/**
 * Check the whole log was not changed outside the app: recompute every hash, in order, and
 * name the FIRST place where the file no longer matches what the app wrote. Reads only.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { LOG_HEAD_KEY } from './contactLog.js';
import { chainHashOf, contentHashOf, GENESIS_HASH } from './hashChain.js';
import type { RevisionRow } from './logRows.js';

export type VerifyResult =
  | {
      intact: true;
      entries: number;
      revisions: number;
      /** The newest link of the chain (64 zeros for an empty log). Writing it down lets you check a copy later. */
      lastHash: string;
      /** Set when the chain is whole but the file's safety locks (triggers) were taken out. */
      warning?: string;
    }
  | {
      intact: false;
      problem: { entryId?: number; seq?: number; message: string };
    };

const TRIGGERS = ['log_revisions_no_update', 'log_revisions_no_delete', 'log_entries_no_delete'];

const broken = (message: string, entryId?: number, seq?: number): VerifyResult => ({
  intact: false,
  problem: { ...(entryId !== undefined && { entryId }), ...(seq !== undefined && { seq }), message },
});

const OUTSIDE = 'changed outside the app';

export function verifyLog(db: CaseDb): VerifyResult {
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
    const r = rows[i]!;
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
      const extra = rows[head.seq]!;
      return broken(`Entry ${extra.entry_id} was ${OUTSIDE}: a version was added without the app.`, extra.entry_id, extra.seq);
    }
    if (head.hash !== prevHash) return broken(`The log was ${OUTSIDE}: its newest change does not match the app's record of it.`, rows[rows.length - 1]?.entry_id, rows.length);
  }

  const orphan = entryIds.find((id) => !numbers.has(id));
  if (orphan !== undefined) return broken(`Entry ${orphan} was ${OUTSIDE}: all its saved versions were removed.`, orphan);

  const triggers = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map((t) => t.name);
  const missingLocks = TRIGGERS.filter((t) => !triggers.includes(t));
  return {
    intact: true,
    entries: entryIds.length,
    revisions: rows.length,
    lastHash: prevHash,
    ...(missingLocks.length > 0 && {
      warning: 'Every entry matches its fingerprint, but the locks that stop changes to the log were taken out of this file by another program. Keep a backup copy safe.',
    }),
  };
}
