import fs from 'node:fs';
import type { CaseDb } from './openCaseFile.js';

/** Room in memory for the whole file twice over (it grows while open), up to this much. */
const MAX_CACHE_KIB = 512 * 1024;
/** Fold the write-ahead log into the file once it is this big (SQLite's own default is about the same). */
const CHECKPOINT_AT_BYTES = 4 * 1024 * 1024;

/**
 * Get an open case ready for someone writing over its file (`cp` into the same file): the app
 * must then be able to copy out everything saved, from this connection alone. So every page is
 * read into a page cache big enough to keep it (the lock is exclusive, so SQLite never drops that
 * cache), and SQLite does not fold the log into the file on its own: only `checkpoint` below
 * does, after checking that the file is still as the app left it.
 */
export function guardOpenFile(db: CaseDb, filePath: string): void {
  let size = 0;
  try {
    size = fs.statSync(filePath).size;
  } catch {
    // Checked again before every use.
  }
  const kib = Math.min(MAX_CACHE_KIB, Math.max(8 * 1024, Math.ceil((size * 2) / 1024)));
  db.pragma(`cache_size = -${kib}`);
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('quick_check');
}

/** Is the write-ahead log big enough to fold into the file now? */
export function logIsLarge(filePath: string): boolean {
  try {
    return fs.statSync(`${filePath}-wal`).size >= CHECKPOINT_AT_BYTES;
  } catch {
    return false;
  }
}

export function checkpoint(db: CaseDb): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}

/**
 * Close a case whose file another program wrote over, without writing a byte into that file:
 * SQLite would fold its log into it on close. An emptied log has nothing to fold, so the
 * other program's file is left exactly as it wrote it.
 */
export function closeWithoutWriting(db: CaseDb, filePath: string): void {
  const wal = `${filePath}-wal`;
  try {
    fs.truncateSync(wal, 0);
  } catch {
    // No log: nothing to fold in.
  }
  try {
    db.close();
  } catch {
    // The log could not be read back: that is the point.
  }
  try {
    if (fs.statSync(wal).size === 0) fs.rmSync(wal);
  } catch {
    // Already gone.
  }
}
