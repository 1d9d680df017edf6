import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CaseDb } from '../db/openCaseFile.js';
import { APPLICATION_ID } from '../db/caseFileFormat.js';
import { backupFileName, backupFolder, type BackupLocation } from './backupFolder.js';
import { backupsToRemove } from './backupPolicy.js';

export interface BackupInfo {
  name: string;
  path: string;
  madeAt: string;
  bytes: number;
  /** Log entries in the copy, so a person can tell which backup has the call they need. */
  entries: number | null;
  /** The copy passed SQLite's integrity check when listed. */
  good: boolean;
  reason: string;
}

export function backupLocationOf(db: CaseDb): BackupLocation {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'backup_location'").get() as { value: string } | undefined;
  return row?.value === 'app-data' ? 'app-data' : 'beside';
}

export function setBackupLocation(db: CaseDb, location: BackupLocation): void {
  db.prepare("INSERT INTO meta (key, value) VALUES ('backup_location', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(location);
}

/** SQLite's online backup: a consistent copy even while the file is open. Then prune old ones. */
export async function makeBackup(db: CaseDb, caseFilePath: string, folder: string, reason = ''): Promise<BackupInfo> {
  fs.mkdirSync(folder, { recursive: true });
  const now = new Date();
  const target = path.join(folder, backupFileName(caseFilePath, now, reason));
  const tmp = `${target}.partial`;
  await db.backup(tmp);
  // A plain rollback-journal copy: reading it later leaves no -wal/-shm files lying around.
  const copy = new Database(tmp);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  // A backup that is half-written must never look like a good one.
  fs.renameSync(tmp, target);
  pruneBackups(folder, now);
  return describeBackup(target);
}

/**
 * A backup cut short (the app killed, the power gone) leaves its ".partial" copy, and maybe that
 * copy's "-journal", "-wal" or "-shm". Call only when no backup of this case can be running: when
 * the case is opened, holding its lock, before the first backup.
 */
export function removeUnfinishedBackups(folder: string, caseFilePath: string): string[] {
  const base = path.basename(caseFilePath).replace(/\.casefile$/i, '');
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return []; // no backups folder yet
  }
  const unfinished = names.filter((f) => f.startsWith(`${base} `) && /\.casefile\.partial(-journal|-wal|-shm)?$/i.test(f));
  for (const name of unfinished) fs.rmSync(path.join(folder, name), { force: true });
  return unfinished;
}

export function pruneBackups(folder: string, now: Date): string[] {
  const all = listBackupFiles(folder).map((f) => ({ name: f, madeAt: madeAtFromName(f) ?? new Date(fs.statSync(path.join(folder, f)).mtimeMs).toISOString() }));
  const remove = backupsToRemove(all, now);
  for (const name of remove) fs.rmSync(path.join(folder, name), { force: true });
  return remove;
}

/** Ordinary files only: opening a pipe or a device that has a backup's name would never end. */
function listBackupFiles(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.casefile'))
      .map((d) => d.name);
  } catch {
    return [];
  }
}

const STAMPED_NAME = / (\d{4}-\d{2}-\d{2}) (\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))? ?(.*)\.casefile$/i;

function madeAtFromName(name: string): string | null {
  const m = STAMPED_NAME.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z` : null;
}

export function describeBackup(file: string): BackupInfo {
  const name = path.basename(file);
  const stat = fs.statSync(file);
  const reason = STAMPED_NAME.exec(name)?.[6] ?? '';
  let entries: number | null = null;
  let good: boolean;
  let probe: Database.Database | undefined;
  try {
    if (!stat.isFile()) throw new Error('not an ordinary file'); // a pipe would never answer
    probe = new Database(file, { readonly: true, fileMustExist: true });
    good = probe.pragma('application_id', { simple: true }) === APPLICATION_ID && probe.pragma('quick_check', { simple: true }) === 'ok';
    const hasLog = probe.prepare("SELECT 1 FROM sqlite_master WHERE name = 'log_entries'").get();
    entries = hasLog ? (probe.prepare('SELECT COUNT(*) AS n FROM log_entries').get() as { n: number }).n : 0;
  } catch {
    good = false;
  } finally {
    probe?.close();
  }
  return { name, path: file, madeAt: madeAtFromName(name) ?? stat.mtime.toISOString(), bytes: stat.size, entries, good, reason };
}

export function listBackups(folder: string): BackupInfo[] {
  return listBackupFiles(folder)
    .map((f) => describeBackup(path.join(folder, f)))
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

export { backupFolder };
