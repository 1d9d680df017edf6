/**
 * What the hash chain alone says: recompute every hash, in order, and name the FIRST place where
 * the file no longer matches what the app wrote. verifyLog.ts adds the record of earlier problems.
 * Each check below has its own function so the order they run in (which decides the message a
 * person sees) reads top to bottom in checkChain.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { LOG_HEAD_KEY } from './contactLog.js';
import { chainHashOfRow, contentHashOf, GENESIS_HASH } from './hashChain.js';
import type { RevisionRow } from './logRows.js';

type Broken = { intact: false; problem: { entryId?: number; seq?: number; message: string } };

/** What the chain alone says, before the record of earlier problems is read. */
export type ChainCheck =
  | { intact: true; entries: number; revisions: number; lastHash: string; lastEntryId: number | null; lastRecordedAt: string; warning?: string }
  | Broken;

const TRIGGERS = ['log_revisions_no_update', 'log_revisions_no_delete', 'log_entries_no_delete'];

const broken = (message: string, entryId?: number, seq?: number): Broken => ({
  intact: false,
  problem: { ...(entryId !== undefined && { entryId }), ...(seq !== undefined && { seq }), message },
});

const OUTSIDE = 'changed outside the app';

/** What the walk needs to know about the log as a whole. */
interface LogShape {
  entrySet: Set<number>;
  /** Each entry's revision numbers, as found. */
  numbers: Map<number, number[]>;
  /** Entries whose own revision numbers have a hole, or that have none left: where a removed row was. */
  withHole: number[];
}

function shapeOf(rows: RevisionRow[], entryIds: number[]): LogShape {
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
  return { entrySet: new Set(entryIds), numbers, withHole };
}

/** A row not numbered for where it sits: one moved earlier, or a removed row just before it. */
function misplaced(r: RevisionRow, expectedSeq: number, withHole: number[]): Broken {
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

type LastRevision = { revision: number; action: string } | undefined;

/** The row's place among its entry's versions: the entry exists, the number follows on, the action fits. */
function versionProblem(r: RevisionRow, before: LastRevision, entrySet: Set<number>): Broken | null {
  if (!entrySet.has(r.entry_id)) {
    return broken(`Entry ${r.entry_id} was ${OUTSIDE}: the entry itself is missing.`, r.entry_id, r.seq);
  }
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
  return null;
}

/** The row's three hashes worked out again; its own link in the chain when all three match. */
function hashProblem(r: RevisionRow, prevHash: string): Broken | { chain: string } {
  if (contentHashOf(r.content) !== r.content_hash) {
    return broken(`Entry ${r.entry_id} was ${OUTSIDE}: what version ${r.revision} says (saved ${r.recorded_at}) no longer matches its fingerprint.`, r.entry_id, r.seq);
  }
  if (r.prev_hash !== prevHash) {
    return broken(`Entry ${r.entry_id} was ${OUTSIDE}: version ${r.revision} no longer links to the change saved before it. A change before it may have been removed or altered.`, r.entry_id, r.seq);
  }
  const chain = chainHashOfRow(prevHash, r, r.content_hash);
  if (chain !== r.chain_hash) {
    return broken(`Entry ${r.entry_id} was ${OUTSIDE}: the details of version ${r.revision} (who, when, why or its place in the log) no longer match its fingerprint.`, r.entry_id, r.seq);
  }
  return { chain };
}

/** Every row in order; the first problem, or the newest link when every row checks out. */
function walkRows(rows: RevisionRow[], shape: LogShape): Broken | { lastHash: string } {
  let prevHash = GENESIS_HASH;
  const lastRevision = new Map<number, { revision: number; action: string }>();
  for (const [i, r] of rows.entries()) {
    if (r.seq !== i + 1) return misplaced(r, i + 1, shape.withHole);
    const before = lastRevision.get(r.entry_id);
    const wrongVersion = versionProblem(r, before, shape.entrySet);
    if (wrongVersion) return wrongVersion;
    const hashed = hashProblem(r, prevHash);
    if ('intact' in hashed) return hashed;
    prevHash = hashed.chain;
    lastRevision.set(r.entry_id, { revision: r.revision, action: r.action });
  }
  return { lastHash: prevHash };
}

function parseHead(value: string): { seq: number; hash: string } | null {
  try {
    return JSON.parse(value) as { seq: number; hash: string };
  } catch {
    return null;
  }
}

/** The newest link the app wrote down: catches the removal of the last rows, and rows added after it. */
function headProblem(db: CaseDb, rows: RevisionRow[], lastHash: string, withHole: number[]): Broken | null {
  const headRow = db.prepare('SELECT value FROM meta WHERE key = ?').get(LOG_HEAD_KEY) as { value: string } | undefined;
  if (rows.length === 0 && !headRow) return null;
  const head = headRow ? parseHead(headRow.value) : null;
  // A change number is a whole number from 0 up; anything else is a damaged record, not an index.
  if (!head || typeof head.seq !== 'number' || !Number.isInteger(head.seq) || head.seq < 0) return broken(`The log was ${OUTSIDE}: the record of its newest change is missing or damaged.`);
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
  if (head.hash !== lastHash) return broken(`The log was ${OUTSIDE}: its newest change does not match the app's record of it.`, rows[rows.length - 1]?.entry_id, rows.length);
  return null;
}

/** True when another program took out the triggers that stop changes to the log. */
function locksTakenOut(db: CaseDb): boolean {
  const triggers = (db.prepare('SELECT name FROM sqlite_master WHERE type = ?').all('trigger') as { name: string }[]).map((t) => t.name);
  return TRIGGERS.some((t) => !triggers.includes(t));
}

export function checkChain(db: CaseDb): ChainCheck {
  const rows = db.prepare('SELECT * FROM log_revisions ORDER BY seq').all() as RevisionRow[];
  const entryIds = (db.prepare('SELECT id FROM log_entries ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const shape = shapeOf(rows, entryIds);

  const walked = walkRows(rows, shape);
  if ('intact' in walked) return walked;
  const headBroken = headProblem(db, rows, walked.lastHash, shape.withHole);
  if (headBroken) return headBroken;

  const orphan = entryIds.find((id) => !shape.numbers.has(id));
  if (orphan !== undefined) return broken(`Entry ${orphan} was ${OUTSIDE}: all its saved versions were removed.`, orphan);

  return {
    intact: true,
    entries: entryIds.length,
    revisions: rows.length,
    lastHash: walked.lastHash,
    lastEntryId: rows[rows.length - 1]?.entry_id ?? null,
    lastRecordedAt: rows[rows.length - 1]?.recorded_at ?? '',
    ...(locksTakenOut(db) && {
      warning: 'Every entry matches its fingerprint, but the locks that stop changes to the log were taken out of this file by another program. Keep a backup copy safe.',
    }),
  };
}
