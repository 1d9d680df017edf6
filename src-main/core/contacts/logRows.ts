/**
 * Reading the log's rows. Every other file reads through here, so there is one idea of
 * "the current version of an entry" and one time order.
 */
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import { readContent, type EntryContent } from './entryContent.js';
import type { RevisionAction } from './hashChain.js';
import { instantOf } from './localTime.js';

export interface RevisionRow {
  seq: number;
  entry_id: number;
  revision: number;
  action: RevisionAction;
  content: string;
  reason: string;
  author: string;
  recorded_at: string;
  content_hash: string;
  prev_hash: string;
  chain_hash: string;
}

/** An entry as it stands now: its newest revision. */
export interface CurrentEntry {
  entryId: number;
  /** When the entry was first saved (ISO, UTC). */
  createdAt: string;
  revision: number;
  revisionCount: number;
  action: RevisionAction;
  isVoid: boolean;
  /** Why it was last changed or removed; '' for a new entry. */
  reason: string;
  author: string;
  /** When the newest revision was saved (ISO, UTC). */
  recordedAt: string;
  content: EntryContent;
  /** The moment the contact happened, for sorting (ms since 1970, UTC). */
  instant: number;
}

const damaged = (entryId: number) =>
  new CaseFileError('damaged-file', `Entry ${entryId} in the contact log cannot be read. It may have been changed outside the app. Use "Check the log" on the contact log screen to see more.`);

/**
 * The last load per open file, kept while nothing has written to it: SQLite's data_version
 * moves when another connection commits, total_changes() when this one does. A screen asks for
 * the timeline, the statuses and the conference together; this reads the log once for all three.
 */
const cache = new WeakMap<CaseDb, { key: string; entries: readonly CurrentEntry[] }>();

function cacheKey(db: CaseDb): string {
  const row = db.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${db.pragma('data_version', { simple: true }) as number}:${row.n}`;
}

/** Every entry's newest revision, in the order the contacts happened (oldest first; same moment: lower entry number first). */
export function loadCurrentEntries(db: CaseDb): CurrentEntry[] {
  const key = cacheKey(db);
  const hit = cache.get(db);
  if (hit && hit.key === key) return [...hit.entries];
  const entries = readCurrentEntries(db);
  cache.set(db, { key, entries: Object.freeze(entries.map((e) => Object.freeze(e))) });
  return [...entries];
}

function readCurrentEntries(db: CaseDb): CurrentEntry[] {
  const rows = db
    .prepare(
      `SELECT e.id AS entryId, e.created_at AS createdAt, c.n AS revisionCount,
              r.revision, r.action, r.content, r.reason, r.author, r.recorded_at AS recordedAt
         FROM log_entries e
         JOIN (SELECT entry_id, MAX(revision) AS rev, COUNT(*) AS n FROM log_revisions GROUP BY entry_id) c ON c.entry_id = e.id
         JOIN log_revisions r ON r.entry_id = e.id AND r.revision = c.rev`,
    )
    .all() as (Omit<CurrentEntry, 'content' | 'instant' | 'isVoid'> & { content: string })[];
  const out = new Array<CurrentEntry>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const content = readContent(row.content);
    if (!content) throw damaged(row.entryId);
    out[i] = { ...row, content, isVoid: row.action === 'void', instant: instantOf(content.at, content.timeZone) };
  }
  return out.sort(byTime);
}

export const byTime = (a: CurrentEntry, b: CurrentEntry): number => a.instant - b.instant || a.entryId - b.entryId;

export function loadCurrentEntry(db: CaseDb, entryId: number): CurrentEntry | null {
  const row = db
    .prepare(
      `SELECT e.id AS entryId, e.created_at AS createdAt,
              (SELECT COUNT(*) FROM log_revisions WHERE entry_id = e.id) AS revisionCount,
              r.revision, r.action, r.content, r.reason, r.author, r.recorded_at AS recordedAt
         FROM log_entries e
         JOIN log_revisions r ON r.entry_id = e.id
        WHERE e.id = ?
        ORDER BY r.revision DESC LIMIT 1`,
    )
    .get(entryId) as (Omit<CurrentEntry, 'content' | 'instant' | 'isVoid'> & { content: string }) | undefined;
  if (!row) return null;
  const content = readContent(row.content);
  if (!content) throw damaged(entryId);
  return { ...row, content, isVoid: row.action === 'void', instant: instantOf(content.at, content.timeZone) };
}

export function loadRevisions(db: CaseDb, entryId?: number): RevisionRow[] {
  return (
    entryId === undefined
      ? db.prepare('SELECT * FROM log_revisions ORDER BY seq')
      : db.prepare('SELECT * FROM log_revisions WHERE entry_id = ? ORDER BY revision')
  ).all(...(entryId === undefined ? [] : [entryId])) as RevisionRow[];
}

/** The non-void entries, oldest first: what the log says happened. */
export const liveEntries = (db: CaseDb): CurrentEntry[] => loadCurrentEntries(db).filter((e) => !e.isVoid);
