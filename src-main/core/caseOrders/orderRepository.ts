import { createHash } from 'node:crypto';
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';

import type { ServiceMethod } from '../deadlines/index.js';

/** '' when the person is not sure how it came. */
export type ServiceMethodAnswer = ServiceMethod | '';
export type RequirementStatus = 'new' | 'confirmed' | 'dismissed' | 'done';

export interface StoredOrder {
  id: number;
  title: string;
  ecfNumber: string;
  signedDate: string;
  servedDate: string;
  /** The day it reached the person, for orders that count from receipt; '' when not entered. */
  receivedDate: string;
  serviceMethod: ServiceMethodAnswer;
  originalText: string;
  sourceName: string;
  sourceSha256: string;
  addedAt: string;
}

export interface RequirementNote {
  requirementId: string;
  status: RequirementStatus;
  summary: string | null;
  dueDate: string | null;
  updatedAt: string;
  /** The words of the order the note is about (offsets in the original text); null for notes from before version 5. */
  anchor: { start: number; end: number } | null;
}

export interface AddedRequirement {
  id: number;
  summary: string;
  actor: string;
  dueDate: string;
  status: Exclude<RequirementStatus, 'new'>;
  createdAt: string;
}

interface OrderRow {
  id: number;
  title: string;
  ecf_number: string;
  signed_date: string;
  served_date: string;
  received_date: string;
  service_method: ServiceMethodAnswer;
  original_text: string;
  source_name: string;
  source_sha256: string;
  added_at: string;
}

const fromRow = (r: OrderRow): StoredOrder => ({
  id: r.id,
  title: r.title,
  ecfNumber: r.ecf_number,
  signedDate: r.signed_date,
  servedDate: r.served_date,
  receivedDate: r.received_date,
  serviceMethod: r.service_method,
  originalText: r.original_text,
  sourceName: r.source_name,
  sourceSha256: r.source_sha256,
  addedAt: r.added_at,
});

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function insertOrder(db: CaseDb, o: Omit<StoredOrder, 'id' | 'addedAt' | 'receivedDate'> & { receivedDate?: string }): number {
  const r = db
    .prepare(
      `INSERT INTO orders (title, ecf_number, signed_date, served_date, received_date, service_method, original_text, source_name, source_sha256, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(o.title, o.ecfNumber, o.signedDate, o.servedDate, o.receivedDate ?? '', o.serviceMethod, o.originalText, o.sourceName, o.sourceSha256, new Date().toISOString());
  return Number(r.lastInsertRowid);
}

/** The case's orders; ones the person removed are left out (see listRemovedOrders). */
export function listOrders(db: CaseDb): StoredOrder[] {
  return (db.prepare("SELECT * FROM orders WHERE removed_at = '' ORDER BY signed_date, id").all() as OrderRow[]).map(fromRow);
}

export interface RemovedOrder {
  id: number;
  title: string;
  sourceName: string;
  addedAt: string;
  removedAt: string;
  reason: string;
}

/** Papers removed as added by mistake: kept in the file, with when and why, like voided log entries. */
export function listRemovedOrders(db: CaseDb): RemovedOrder[] {
  const rows = db.prepare("SELECT id, title, source_name, added_at, removed_at, removed_reason FROM orders WHERE removed_at <> '' ORDER BY removed_at, id").all() as {
    id: number;
    title: string;
    source_name: string;
    added_at: string;
    removed_at: string;
    removed_reason: string;
  }[];
  return rows.map((r) => ({ id: r.id, title: r.title, sourceName: r.source_name, addedAt: r.added_at, removedAt: r.removed_at, reason: r.removed_reason }));
}

/** Take an order off the case's lists. Its words and the person's notes stay in the file. */
export function removeOrder(db: CaseDb, id: number, reason: string): void {
  const row = db.prepare('SELECT removed_at FROM orders WHERE id = ?').get(id) as { removed_at: string } | undefined;
  if (!row) throw new CaseFileError('not-found', 'That order is not in this case file.');
  if (row.removed_at) throw new CaseFileError('bad-input', 'That paper was already removed.');
  db.prepare('UPDATE orders SET removed_at = ?, removed_reason = ? WHERE id = ?').run(new Date().toISOString(), reason, id);
}

export function getOrder(db: CaseDb, id: number): StoredOrder {
  const row = db.prepare('SELECT * FROM orders WHERE id = ?').get(id) as OrderRow | undefined;
  if (!row) throw new CaseFileError('not-found', 'That order is not in this case file.');
  return fromRow(row);
}

export function updateOrder(db: CaseDb, id: number, patch: Partial<Pick<StoredOrder, 'title' | 'ecfNumber' | 'signedDate' | 'servedDate' | 'receivedDate' | 'serviceMethod'>>): void {
  const o = getOrder(db, id);
  const next = { ...o, ...patch };
  db.prepare('UPDATE orders SET title = ?, ecf_number = ?, signed_date = ?, served_date = ?, received_date = ?, service_method = ? WHERE id = ?').run(
    next.title,
    next.ecfNumber,
    next.signedDate,
    next.servedDate,
    next.receivedDate,
    next.serviceMethod,
    id,
  );
}

export function requirementNotes(db: CaseDb, orderId: number): Map<string, RequirementNote> {
  const rows = db.prepare('SELECT requirement_id, status, summary, due_date, updated_at, anchor_start, anchor_end FROM requirement_notes WHERE order_id = ?').all(orderId) as {
    requirement_id: string;
    status: RequirementStatus;
    summary: string | null;
    due_date: string | null;
    updated_at: string;
    anchor_start: number | null;
    anchor_end: number | null;
  }[];
  return new Map(
    rows.map((r) => [
      r.requirement_id,
      {
        requirementId: r.requirement_id,
        status: r.status,
        summary: r.summary,
        dueDate: r.due_date,
        updatedAt: r.updated_at,
        anchor: r.anchor_start !== null && r.anchor_end !== null ? { start: r.anchor_start, end: r.anchor_end } : null,
      },
    ]),
  );
}

export function setRequirementNote(
  db: CaseDb,
  orderId: number,
  requirementId: string,
  patch: { status?: RequirementStatus; summary?: string | null; dueDate?: string | null },
  anchor: { start: number; end: number } | null = null,
): void {
  const current = requirementNotes(db, orderId).get(requirementId);
  const next = { status: current?.status ?? 'new', summary: current?.summary ?? null, dueDate: current?.dueDate ?? null, ...patch };
  const at = anchor ?? current?.anchor ?? null;
  db.prepare(
    `INSERT INTO requirement_notes (order_id, requirement_id, status, summary, due_date, updated_at, anchor_start, anchor_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (order_id, requirement_id) DO UPDATE SET status = excluded.status, summary = excluded.summary, due_date = excluded.due_date, updated_at = excluded.updated_at,
       anchor_start = excluded.anchor_start, anchor_end = excluded.anchor_end`,
  ).run(orderId, requirementId, next.status, next.summary, next.dueDate, new Date().toISOString(), at?.start ?? null, at?.end ?? null);
}

export function addedRequirements(db: CaseDb, orderId: number): AddedRequirement[] {
  return (
    db.prepare('SELECT id, summary, actor, due_date, status, created_at FROM added_requirements WHERE order_id = ? ORDER BY id').all(orderId) as {
      id: number;
      summary: string;
      actor: string;
      due_date: string;
      status: AddedRequirement['status'];
      created_at: string;
    }[]
  ).map((r) => ({ id: r.id, summary: r.summary, actor: r.actor, dueDate: r.due_date, status: r.status, createdAt: r.created_at }));
}

export function addRequirement(db: CaseDb, orderId: number, r: { summary: string; actor: string; dueDate: string }): number {
  getOrder(db, orderId);
  return Number(db.prepare("INSERT INTO added_requirements (order_id, summary, actor, due_date, status, created_at) VALUES (?, ?, ?, ?, 'confirmed', ?)").run(orderId, r.summary, r.actor, r.dueDate, new Date().toISOString()).lastInsertRowid);
}

export function setAddedRequirementStatus(db: CaseDb, id: number, status: AddedRequirement['status']): void {
  db.prepare('UPDATE added_requirements SET status = ? WHERE id = ?').run(status, id);
}

export function listClosures(db: CaseDb): { date: string; name: string }[] {
  return db.prepare('SELECT date, name FROM court_closures ORDER BY date').all() as { date: string; name: string }[];
}

export function addClosure(db: CaseDb, date: string, name: string): void {
  db.prepare('INSERT INTO court_closures (date, name) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name').run(date, name);
}

export function removeClosure(db: CaseDb, date: string): void {
  db.prepare('DELETE FROM court_closures WHERE date = ?').run(date);
}
