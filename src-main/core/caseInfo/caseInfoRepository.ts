import { CaseFileError } from '../result.js';
import type { CaseDb } from '../db/openCaseFile.js';
import { captionSchema, emptyCaption, type Caption } from './caption.js';

export function readCaption(db: CaseDb): Caption {
  const row = db.prepare('SELECT caption FROM case_info WHERE id = 1').get() as { caption: string } | undefined;
  if (!row) return emptyCaption();
  let stored: unknown;
  try {
    stored = JSON.parse(row.caption);
  } catch {
    stored = null;
  }
  // Fields added in later versions take their defaults; anything unreadable is damage, never silently blanked.
  const parsed = captionSchema.safeParse(typeof stored === 'object' && stored ? { ...emptyCaption(), ...stored } : null);
  if (!parsed.success) throw new CaseFileError('damaged-file', 'The case details in this file cannot be read. The file may have been changed outside the app. Open your newest backup.');
  return parsed.data;
}

export function writeCaption(db: CaseDb, caption: Caption): string {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO case_info (id, caption, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET caption = excluded.caption, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(captionSchema.parse(caption)), now);
  return now;
}

export function captionUpdatedAt(db: CaseDb): string | null {
  const row = db.prepare('SELECT updated_at FROM case_info WHERE id = 1').get() as { updated_at: string } | undefined;
  return row?.updated_at ?? null;
}
