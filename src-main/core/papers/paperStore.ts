/**
 * What the person changed in a paper, kept in the case file: their own words for a generated
 * paragraph, and their choices for the papers (pleading paper, the date they mail it).
 *
 * Stored as rows of the `meta` key/value table (keys "paper-edit:<paper>:<part>" and
 * "paper-settings"), so no schema change is needed. Each edit also keeps the app's draft it
 * replaced ("basedOn"), so the app can say when its draft has changed since (a call logged later).
 */
import { z } from 'zod';
import type { CaseDb } from '../db/openCaseFile.js';

export const EDITABLE_PAPERS = ['joint-statement', 'letter'] as const;
export type EditablePaper = (typeof EDITABLE_PAPERS)[number];

export const PART_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
export const EDIT_MAX = 20_000;

export interface PaperEdit {
  text: string;
  /** The app's text when the person saved theirs. */
  basedOn: string;
  updatedAt: string;
}

const editSchema = z.object({ text: z.string().max(EDIT_MAX), basedOn: z.string().max(200_000), updatedAt: z.string().max(40) });

export const paperSettingsSchema = z
  .object({
    /** 28 numbered lines down the left margin (California pleading paper). */
    pleadingPaper: z.boolean().default(false),
    /** The day the person will hand the paper to staff or mail it: YYYY-MM-DD, or '' to leave a line to fill by hand. */
    serviceDate: z.string().max(10).default(''),
    /** The date by the signature: YYYY-MM-DD, or '' for today (typed signature) or a line to fill (signed by hand). */
    signatureDate: z.string().max(10).default(''),
  })
  .strict();
export type PaperSettings = z.output<typeof paperSettingsSchema>;

const SETTINGS_KEY = 'paper-settings';
const editPrefix = (paper: EditablePaper) => `paper-edit:${paper}:`;

export function readEdits(db: CaseDb, paper: EditablePaper): Map<string, PaperEdit> {
  const prefix = editPrefix(paper);
  const rows = db.prepare('SELECT key, value FROM meta WHERE key >= ? AND key < ?').all(prefix, `${prefix}\uffff`) as { key: string; value: string }[];
  const out = new Map<string, PaperEdit>();
  for (const r of rows) {
    try {
      const parsed = editSchema.safeParse(JSON.parse(r.value));
      if (parsed.success) out.set(r.key.slice(prefix.length), parsed.data);
    } catch {
      // An unreadable edit is skipped: the app's own text shows instead, and nothing is lost from the log.
    }
  }
  return out;
}

export function saveEdit(db: CaseDb, paper: EditablePaper, partId: string, text: string, basedOn: string): void {
  const value: PaperEdit = { text, basedOn, updatedAt: new Date().toISOString() };
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(editPrefix(paper) + partId, JSON.stringify(value));
}

/** Back to the app's text. Returns false when there was no edit. */
export function removeEdit(db: CaseDb, paper: EditablePaper, partId: string): boolean {
  return db.prepare('DELETE FROM meta WHERE key = ?').run(editPrefix(paper) + partId).changes > 0;
}

export function readSettings(db: CaseDb): PaperSettings {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(SETTINGS_KEY) as { value: string } | undefined;
  let stored: unknown;
  try {
    stored = row ? JSON.parse(row.value) : {};
  } catch {
    stored = {};
  }
  const parsed = paperSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : paperSettingsSchema.parse({});
}

export function writeSettings(db: CaseDb, patch: Partial<PaperSettings>): PaperSettings {
  const next = paperSettingsSchema.parse({ ...readSettings(db), ...patch });
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify(next));
  return next;
}
