/**
 * The contact log: add, change and remove entries without ever losing what was there.
 *
 * Each change is one IMMEDIATE transaction that appends one row to log_revisions (never an
 * UPDATE or DELETE of a revision): 'create' for a new entry, 'edit' with a reason, 'void' with a
 * reason (the entry stays, marked removed). Every row extends the hash chain (hashChain.ts), and
 * meta 'log_head' remembers the newest link, so even removing the last row shows (and stays
 * shown: a finding is written down before the next link could hide it).
 */
import { readCaption } from '../caseInfo/caseInfoRepository.js';
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import {
  canonicalJson,
  entryInputSchema,
  entryPatchSchema,
  readContent,
  toContent,
  type EntryContent,
  type EntryInput,
  type EntryKind,
  type EntryPatch,
  type RequestOutcome,
} from './entryContent.js';
import { chainHashOf, contentHashOf, GENESIS_HASH, oneLine, type RevisionAction } from './hashChain.js';
import { loadCurrentEntries, loadCurrentEntry, loadRevisions, type CurrentEntry, type RevisionRow } from './logRows.js';
import { existingRequestIds, requestNames } from './requests.js';
import { parseOrThrow } from './validate.js';
import { checkAndRecord } from './verifyLog.js';

export const LOG_HEAD_KEY = 'log_head';
export const REASON_MAX = 1000;

export interface OutcomeView extends RequestOutcome {
  /** "RFP Set 1, No. 3", or "Request 7 (no longer listed)". */
  label: string;
  key: string;
}

export interface RevisionView {
  seq: number;
  revision: number;
  action: RevisionAction;
  reason: string;
  author: string;
  recordedAt: string;
  content: EntryContent | null;
  contentHash: string;
  prevHash: string;
  chainHash: string;
}

export interface LogEntryView {
  id: number;
  content: EntryContent;
  /** What the log says about each request in this entry, with the request's name. */
  outcomes: OutcomeView[];
  /** The newest revision's number (1 for an entry never changed). */
  revision: number;
  revisionCount: number;
  isVoid: boolean;
  /** Why it was removed from the log, when it was. */
  voidReason: string | null;
  /** Why it was last changed or removed; null for an entry never changed. */
  lastReason: string | null;
  author: string;
  createdAt: string;
  changedAt: string;
  /** Every revision, oldest first, when asked for (listEntries withHistory). */
  history?: RevisionView[];
}

export interface LogFilter {
  kinds?: readonly EntryKind[];
  requestId?: number;
  /** Words to find in the notes, names, reference, agreements, follow-ups and reasons (any case). */
  text?: string;
  /** Show removed entries too (default true: they stay visible, struck through). */
  includeVoid?: boolean;
  order?: 'newest' | 'oldest';
  offset?: number;
  limit?: number;
  withHistory?: boolean;
}

export interface LogListing {
  entries: LogEntryView[];
  /** How many entries match the filter (entries may hold fewer: offset and limit). */
  total: number;
  /** How many entries the whole log has, removed ones included. */
  count: number;
}

/** Who a revision is by: the person's name from the case details, or "You". */
export function authorFor(db: CaseDb): string {
  try {
    return oneLine(readCaption(db).partyName) || 'You';
  } catch {
    return 'You';
  }
}

/** The people a new entry lists when none are given: the other side's lawyer. */
function defaultParticipants(db: CaseDb): string[] {
  try {
    const name = oneLine(readCaption(db).counsel.name);
    return name ? [name] : [];
  } catch {
    return [];
  }
}

function checkReason(reason: string, what: 'change' | 'remove'): string {
  const r = oneLine(reason ?? '');
  if (!r) throw new CaseFileError('bad-input', what === 'change' ? 'Please say why you are changing this entry.' : 'Please say why you are removing this entry.', 'reason');
  if (r.length > REASON_MAX) throw new CaseFileError('bad-input', `Please keep the reason under ${REASON_MAX} characters.`, 'reason');
  return r;
}

function checkRequests(db: CaseDb, content: EntryContent): void {
  const ids = content.requests.map((r) => r.requestId);
  const known = existingRequestIds(db, ids);
  const i = ids.findIndex((id) => !known.has(id));
  if (i >= 0) throw new CaseFileError('not-found', `Request number ${ids[i]} is not in your list of requests. Add it on "Requests at issue" first.`, `entry.requests.${i}.requestId`);
}

/**
 * Write each request's name into the entry as it is today, so the entry keeps saying what it
 * said. A request the entry already named keeps the name it was saved with; one saved before
 * names were kept gets none (the app does not guess what it was called then).
 */
function nameRequests(db: CaseDb, content: EntryContent, before?: EntryContent): EntryContent {
  const names = requestNames(db);
  const earlier = new Map((before?.requests ?? []).map((r) => [r.requestId, r]));
  const requests = content.requests.map((r) => {
    const old = earlier.get(r.requestId);
    const label = old ? old.label : names.get(r.requestId)?.label;
    return label ? { ...r, label } : r;
  });
  return { ...content, requests };
}

/** The entry's requests without their saved names: what the person can change. */
const withoutLabels = (c: EntryContent): EntryContent => ({ ...c, requests: c.requests.map(({ label: _l, ...r }) => r) });

function mustFind(db: CaseDb, entryId: number): CurrentEntry {
  const e = loadCurrentEntry(db, entryId);
  if (!e) throw new CaseFileError('not-found', `There is no entry ${entryId} in the contact log.`, 'entryId');
  return e;
}

/**
 * Before a new link is added: does the end of the chain still match the app's record of its
 * newest link? If not (the last version was removed, or that record was changed), the new link
 * would make the chain whole again and hide it, so the check's finding is written down first.
 */
function keepTailProblem(db: CaseDb): void {
  const last = db.prepare('SELECT seq, chain_hash FROM log_revisions ORDER BY seq DESC LIMIT 1').get() as { seq: number; chain_hash: string } | undefined;
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(LOG_HEAD_KEY) as { value: string } | undefined;
  if (!row && !last) return;
  let head: { seq?: unknown; hash?: unknown } | null;
  try {
    head = row ? (JSON.parse(row.value) as { seq?: unknown; hash?: unknown }) : null;
  } catch {
    head = null;
  }
  if (head && head.seq === last?.seq && head.hash === last?.chain_hash) return;
  checkAndRecord(db);
}

/** Append one revision at the end of the chain. Call inside an IMMEDIATE transaction, after keepTailProblem. */
function appendRevision(db: CaseDb, r: { entryId: number; revision: number; action: RevisionAction; content: string; reason: string; author: string }): void {
  const last = db.prepare('SELECT seq, chain_hash FROM log_revisions ORDER BY seq DESC LIMIT 1').get() as { seq: number; chain_hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.chain_hash ?? GENESIS_HASH;
  const recordedAt = new Date().toISOString();
  const author = oneLine(r.author) || 'You';
  const contentHash = contentHashOf(r.content);
  const chainHash = chainHashOf({ prevHash, seq, entryId: r.entryId, revision: r.revision, action: r.action, reason: r.reason, author, recordedAt, contentHash });
  db.prepare(
    `INSERT INTO log_revisions (seq, entry_id, revision, action, content, reason, author, recorded_at, content_hash, prev_hash, chain_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, r.entryId, r.revision, r.action, r.content, r.reason, author, recordedAt, contentHash, prevHash, chainHash);
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LOG_HEAD_KEY, JSON.stringify({ seq, hash: chainHash }));
}

/** Log a call, meeting, letter or try. Returns the new entry. */
export function addEntry(db: CaseDb, input: EntryInput, author: string = authorFor(db)): LogEntryView {
  const parsed = toContent(parseOrThrow(entryInputSchema, input, 'entry'), defaultParticipants(db));
  const entryId = db
    .transaction(() => {
      keepTailProblem(db);
      checkRequests(db, parsed);
      const content = nameRequests(db, parsed);
      const id = Number(db.prepare('INSERT INTO log_entries (created_at) VALUES (?)').run(new Date().toISOString()).lastInsertRowid);
      appendRevision(db, { entryId: id, revision: 1, action: 'create', content: canonicalJson(content), reason: '', author });
      return id;
    })
    .immediate();
  return getEntry(db, entryId);
}

/** Change an entry: the parts given replace the old ones, and the old version stays in its history. */
export function editEntry(db: CaseDb, entryId: number, changes: EntryPatch, reason: string, author: string = authorFor(db)): LogEntryView {
  const why = checkReason(reason, 'change');
  const patch = parseOrThrow(entryPatchSchema, changes, 'entry');
  db.transaction(() => {
    keepTailProblem(db);
    const current = mustFind(db, entryId);
    if (current.isVoid) throw new CaseFileError('bad-input', `Entry ${entryId} was removed from the log, so it cannot be changed. Its history is kept.`, 'entryId');
    const merged = parseOrThrow(entryInputSchema, { ...withoutLabels(current.content), ...stripUndefined(patch) }, 'entry');
    const changed = toContent(merged, current.content.participants);
    if (canonicalJson(changed) === canonicalJson(withoutLabels(current.content))) throw new CaseFileError('bad-input', 'Nothing in the entry was changed, so there is nothing to save.', 'entry');
    checkRequests(db, changed);
    const json = canonicalJson(nameRequests(db, changed, current.content));
    appendRevision(db, { entryId, revision: current.revision + 1, action: 'edit', content: json, reason: why, author });
  }).immediate();
  return getEntry(db, entryId);
}

/** Remove an entry from the log: it is marked void with the reason, never deleted. */
export function voidEntry(db: CaseDb, entryId: number, reason: string, author: string = authorFor(db)): LogEntryView {
  const why = checkReason(reason, 'remove');
  db.transaction(() => {
    keepTailProblem(db);
    const current = mustFind(db, entryId);
    if (current.isVoid) throw new CaseFileError('bad-input', `Entry ${entryId} was already removed from the log.`, 'entryId');
    appendRevision(db, { entryId, revision: current.revision + 1, action: 'void', content: canonicalJson(current.content), reason: why, author });
  }).immediate();
  return getEntry(db, entryId);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The name the entry was saved with, and today's name beside it when the request was renumbered since. */
export function outcomeLabel(saved: string | undefined, today: string | undefined, requestId: number): string {
  if (saved && today && saved !== today) return `${saved} (now ${today})`;
  return saved ?? today ?? `Request ${requestId} (no longer listed)`;
}

function outcomesOf(content: EntryContent, names: Map<number, { label: string; key: string }>): OutcomeView[] {
  return content.requests.map((r) => {
    const n = names.get(r.requestId);
    return { ...r, label: outcomeLabel(r.label, n?.label, r.requestId), key: n?.key ?? String(r.requestId) };
  });
}

function toView(e: CurrentEntry, names: Map<number, { label: string; key: string }>): LogEntryView {
  return {
    id: e.entryId,
    content: e.content,
    outcomes: outcomesOf(e.content, names),
    revision: e.revision,
    revisionCount: e.revisionCount,
    isVoid: e.isVoid,
    voidReason: e.isVoid ? e.reason : null,
    lastReason: e.revision > 1 ? e.reason : null,
    author: e.author,
    createdAt: e.createdAt,
    changedAt: e.recordedAt,
  };
}

function revisionView(r: RevisionRow): RevisionView {
  return {
    seq: r.seq,
    revision: r.revision,
    action: r.action,
    reason: r.reason,
    author: r.author,
    recordedAt: r.recorded_at,
    content: readContent(r.content),
    contentHash: r.content_hash,
    prevHash: r.prev_hash,
    chainHash: r.chain_hash,
  };
}

export function getEntry(db: CaseDb, entryId: number): LogEntryView {
  return toView(mustFind(db, entryId), requestNames(db));
}

/** Every version of one entry, oldest first, with who changed it, when and why. */
export function entryHistory(db: CaseDb, entryId: number): { entry: LogEntryView; revisions: RevisionView[] } {
  const entry = getEntry(db, entryId);
  return { entry, revisions: loadRevisions(db, entryId).map(revisionView) };
}

function haystack(e: CurrentEntry): string {
  const c = e.content;
  return [c.notes, c.reference, ...c.participants, ...c.agreements.map((a) => a.text), ...c.followUps.map((f) => f.text), ...c.requests.map((r) => r.note ?? ''), e.reason]
    .join('\n')
    .toLowerCase();
}

/** The timeline: newest first unless asked otherwise, filtered by kind, request and words. */
export function listEntries(db: CaseDb, filter: LogFilter = {}): LogListing {
  const all = loadCurrentEntries(db);
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const includeVoid = filter.includeVoid ?? true;
  const matching = all.filter(
    (e) =>
      (includeVoid || !e.isVoid) &&
      (!kinds || kinds.has(e.content.kind)) &&
      (filter.requestId === undefined || e.content.requests.some((r) => r.requestId === filter.requestId)) &&
      (words.length === 0 || ((h) => words.every((w) => h.includes(w)))(haystack(e))),
  );
  if ((filter.order ?? 'newest') === 'newest') matching.reverse();
  const offset = filter.offset ?? 0;
  const page = filter.limit === undefined ? matching.slice(offset) : matching.slice(offset, offset + filter.limit);
  const names = requestNames(db);
  const entries = page.map((e) => toView(e, names));
  if (filter.withHistory && entries.length > 0) {
    const byEntry = new Map<number, RevisionView[]>();
    for (const r of loadRevisions(db)) {
      let list = byEntry.get(r.entry_id);
      if (!list) byEntry.set(r.entry_id, (list = []));
      list.push(revisionView(r));
    }
    for (const e of entries) e.history = (byEntry.get(e.id) ?? []).sort((a, b) => a.revision - b.revision);
  }
  return { entries, total: matching.length, count: all.length };
}
