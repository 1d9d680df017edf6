/**
 * The discovery requests the motion is about: "RFP Set 1, No. 3". What the person types is
 * stored; where each request stands is worked out from the log (requestStatus.ts).
 */
import { z } from 'zod';
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import { liveEntries } from './logRows.js';
import { deriveStatuses, OPEN, type OutcomeRecord, type RequestStatus } from './requestStatus.js';
import { parseOrThrow } from './validate.js';

export const SET_TYPES = ['rfp', 'interrogatory', 'rfa', 'deposition', 'other'] as const;
export type SetType = (typeof SET_TYPES)[number];

/** The full names, as on the papers. */
export const SET_TYPE_NAMES: Record<SetType, string> = {
  rfp: 'Request for Production',
  interrogatory: 'Interrogatory',
  rfa: 'Request for Admission',
  deposition: 'Deposition notice',
  other: 'Other request',
};

/** The short names in labels: "RFP Set 1, No. 3". */
const SHORT: Record<SetType, string> = { rfp: 'RFP', interrogatory: 'Interrogatory', rfa: 'RFA', deposition: 'Deposition', other: 'Other' };
/** The short keys the CLI uses: "RFP-1-3". */
const KEY: Record<SetType, string> = { rfp: 'RFP', interrogatory: 'ROG', rfa: 'RFA', deposition: 'DEPO', other: 'OTHER' };
const KEY_ALIASES: Record<string, SetType> = {
  RFP: 'rfp',
  RFPD: 'rfp',
  ROG: 'interrogatory',
  INT: 'interrogatory',
  INTERROGATORY: 'interrogatory',
  RFA: 'rfa',
  DEPO: 'deposition',
  DEP: 'deposition',
  DEPOSITION: 'deposition',
  OTHER: 'other',
};

const text = (max: number, what: string) => z.string().trim().max(max, `Please keep ${what} under ${max} characters.`);

export const requestFieldsSchema = z
  .object({
    setType: z.enum(SET_TYPES),
    setNumber: z.number().int('Please give the set number as a whole number.').min(1, 'The set number starts at 1.').max(999, 'The set number must be 999 or less.'),
    number: z.number().int('Please give the request number as a whole number.').min(1, 'The request number starts at 1.').max(9999, 'The request number must be 9999 or less.'),
    description: text(300, 'the short description').min(1, 'Please give a short description, like "Medical records from 2016".'),
    asked: text(10000, 'what you asked for').default(''),
    answer: text(10000, 'their answer').default(''),
    position: text(4000, 'your position').default(''),
  })
  .strict();
export type RequestFields = z.output<typeof requestFieldsSchema>;
export type RequestFieldsInput = z.input<typeof requestFieldsSchema>;

export const requestPatchSchema = z
  .object({
    setType: requestFieldsSchema.shape.setType.optional(),
    setNumber: requestFieldsSchema.shape.setNumber.optional(),
    number: requestFieldsSchema.shape.number.optional(),
    description: requestFieldsSchema.shape.description.optional(),
    asked: text(10000, 'what you asked for').optional(),
    answer: text(10000, 'their answer').optional(),
    position: text(4000, 'your position').optional(),
  })
  .strict();
export type RequestPatch = z.input<typeof requestPatchSchema>;

type Numbered = { setType: SetType; setNumber: number; number: number };

/** "RFP Set 1, No. 3" */
export const requestLabel = (r: Numbered): string => `${SHORT[r.setType]} Set ${r.setNumber}, No. ${r.number}`;
/** "RFP-1-3" */
export const requestKey = (r: Numbered): string => `${KEY[r.setType]}-${r.setNumber}-${r.number}`;

/** Read "RFP-1-3" (any case; ROG/INT for interrogatories, DEPO for depositions). Null if it is not one. */
export function parseRequestKey(key: string): Numbered | null {
  const m = /^\s*([A-Za-z]+)[-\s]?(\d{1,3})-(\d{1,4})\s*$/.exec(key);
  if (!m) return null;
  const setType = KEY_ALIASES[m[1].toUpperCase()];
  return setType ? { setType, setNumber: Number(m[2]), number: Number(m[3]) } : null;
}

export interface RequestView extends RequestFields {
  id: number;
  label: string;
  key: string;
  createdAt: string;
  updatedAt: string;
  /** Where it stands, from the log. */
  status: RequestStatus;
  /** Everything the log says about it, oldest first. */
  outcomes: OutcomeRecord[];
}

interface RequestRow {
  id: number;
  set_type: SetType;
  set_number: number;
  number: number;
  description: string;
  asked: string;
  answer: string;
  position: string;
  created_at: string;
  updated_at: string;
}

const ORDER = 'ORDER BY CASE set_type WHEN \'rfp\' THEN 1 WHEN \'interrogatory\' THEN 2 WHEN \'rfa\' THEN 3 WHEN \'deposition\' THEN 4 ELSE 5 END, set_number, number';

function view(row: RequestRow, derived?: { status: RequestStatus; outcomes: OutcomeRecord[] }): RequestView {
  const r = { setType: row.set_type, setNumber: row.set_number, number: row.number };
  return {
    id: row.id,
    ...r,
    description: row.description,
    asked: row.asked,
    answer: row.answer,
    position: row.position,
    label: requestLabel(r),
    key: requestKey(r),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    status: derived?.status ?? OPEN,
    outcomes: derived?.outcomes ?? [],
  };
}

const duplicate = (r: Numbered) => new CaseFileError('already-exists', `You already listed ${requestLabel(r)}. Change that one instead.`, 'number');

/** Every request, in the order of the papers (RFPs, interrogatories, RFAs, ...; by set and number), with its status. */
export function listRequests(db: CaseDb): RequestView[] {
  const rows = db.prepare(`SELECT * FROM requests ${ORDER}`).all() as RequestRow[];
  if (rows.length === 0) return [];
  const derived = deriveStatuses(liveEntries(db));
  return rows.map((row) => view(row, derived.get(row.id)));
}

export function getRequest(db: CaseDb, id: number): RequestView {
  const row = db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined;
  if (!row) throw new CaseFileError('not-found', `There is no request number ${id} in this case file.`, 'id');
  return view(row, deriveStatuses(liveEntries(db)).get(id));
}

/** The request a short key ("RFP-1-3") names, or null. */
export function findRequestByKey(db: CaseDb, key: string): RequestView | null {
  const k = parseRequestKey(key);
  if (!k) return null;
  const row = db.prepare('SELECT id FROM requests WHERE set_type = ? AND set_number = ? AND number = ?').get(k.setType, k.setNumber, k.number) as { id: number } | undefined;
  return row ? getRequest(db, row.id) : null;
}

export function addRequest(db: CaseDb, input: RequestFieldsInput): RequestView {
  const r = parseOrThrow(requestFieldsSchema, input);
  const now = new Date().toISOString();
  const id = db
    .transaction(() => {
      const exists = db.prepare('SELECT 1 FROM requests WHERE set_type = ? AND set_number = ? AND number = ?').get(r.setType, r.setNumber, r.number);
      if (exists) throw duplicate(r);
      return Number(
        db
          .prepare('INSERT INTO requests (set_type, set_number, number, description, asked, answer, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(r.setType, r.setNumber, r.number, r.description, r.asked, r.answer, r.position, now, now).lastInsertRowid,
      );
    })
    .immediate();
  return getRequest(db, id);
}

export function updateRequest(db: CaseDb, id: number, patch: RequestPatch): RequestView {
  const p = parseOrThrow(requestPatchSchema, patch);
  db.transaction(() => {
    const row = db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined;
    if (!row) throw new CaseFileError('not-found', `There is no request number ${id} in this case file.`, 'id');
    const next = {
      setType: p.setType ?? row.set_type,
      setNumber: p.setNumber ?? row.set_number,
      number: p.number ?? row.number,
      description: p.description ?? row.description,
      asked: p.asked ?? row.asked,
      answer: p.answer ?? row.answer,
      position: p.position ?? row.position,
    };
    const clash = db.prepare('SELECT 1 FROM requests WHERE set_type = ? AND set_number = ? AND number = ? AND id <> ?').get(next.setType, next.setNumber, next.number, id);
    if (clash) throw duplicate(next);
    db.prepare('UPDATE requests SET set_type = ?, set_number = ?, number = ?, description = ?, asked = ?, answer = ?, position = ?, updated_at = ? WHERE id = ?').run(
      next.setType,
      next.setNumber,
      next.number,
      next.description,
      next.asked,
      next.answer,
      next.position,
      new Date().toISOString(),
      id,
    );
  }).immediate();
  return getRequest(db, id);
}

/** The ids that exist, to check an entry's requests before saving it. */
export function existingRequestIds(db: CaseDb, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const rows = db.prepare(`SELECT id FROM requests WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Labels and keys of every request, by id (cheap: no log read). */
export function requestNames(db: CaseDb): Map<number, { label: string; key: string }> {
  const rows = db.prepare('SELECT id, set_type, set_number, number FROM requests').all() as Pick<RequestRow, 'id' | 'set_type' | 'set_number' | 'number'>[];
  return new Map(rows.map((row) => {
    const r = { setType: row.set_type, setNumber: row.set_number, number: row.number };
    return [row.id, { label: requestLabel(r), key: requestKey(r) }];
  }));
}
