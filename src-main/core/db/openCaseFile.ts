import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CaseFileError } from '../result.js';
import { APPLICATION_ID, SQLITE_HEADER } from './caseFileFormat.js';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.js';

export type CaseDb = Database.Database;

const fileName = (p: string): string => path.basename(p);

/**
 * Look at a file before we open it for writing. Everything here is read-only, so a file
 * that is not ours, is damaged, or comes from a newer app is refused and never touched.
 */
function inspectExisting(filePath: string): void {
  let header: Buffer;
  try {
    const fd = fs.openSync(filePath, 'r');
    try {
      header = Buffer.alloc(100);
      const read = fs.readSync(fd, header, 0, 100, 0);
      header = header.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CaseFileError('not-found', `We could not find "${fileName(filePath)}". It may have been moved, renamed, or be on a drive that is not plugged in.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CaseFileError('cannot-write', `This computer will not let the app read "${fileName(filePath)}". Try copying it to your Documents folder first.`);
    if (code === 'EISDIR') throw new CaseFileError('not-a-case-file', `"${fileName(filePath)}" is a folder, not a case file.`);
    throw new CaseFileError('not-found', `We could not read "${fileName(filePath)}".`);
  }
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new CaseFileError('not-a-case-file', `"${fileName(filePath)}" is not a case file. Nothing in it was changed. Please pick a file that ends in .casefile.`);
  }
  if (header.readInt32BE(68) !== APPLICATION_ID) {
    throw new CaseFileError('not-a-case-file', `"${fileName(filePath)}" is a database, but not a Pro Se Case File case file. Nothing in it was changed.`);
  }
  const version = header.readUInt32BE(60);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new CaseFileError('newer-version', `"${fileName(filePath)}" was saved by a newer version of Pro Se Case File. This version cannot open it safely, so it left the file untouched. Please update the app to open it.`);
  }

  let probe: Database.Database | undefined;
  try {
    probe = new Database(filePath, { readonly: true, fileMustExist: true });
    const rows = probe.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new Error('quick_check failed');
  } catch {
    throw new CaseFileError('damaged-file', `"${fileName(filePath)}" is damaged and cannot be opened safely. The app did not change it. Keep the file for someone who can help, and open your newest backup instead.`);
  } finally {
    probe?.close();
  }
}

function configure(db: CaseDb): void {
  // WAL keeps readers and the writer apart; FULL sync makes each commit survive power loss.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}

function migrate(db: CaseDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) {
    throw new CaseFileError('newer-version', 'This case file was saved by a newer version of the app.');
  }
  const run = db.transaction(() => {
    for (let v = current; v < LATEST_SCHEMA_VERSION; v++) {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  run.immediate();
}

/** Open an existing case file: inspect read-only first, then migrate forward if needed. */
export function openCaseFile(filePath: string): CaseDb {
  inspectExisting(filePath);
  let db: CaseDb;
  try {
    db = new Database(filePath, { fileMustExist: true });
  } catch {
    throw new CaseFileError('cannot-write', `"${fileName(filePath)}" cannot be opened for saving. The drive may be read-only or full.`);
  }
  try {
    configure(db);
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof CaseFileError) throw e;
    throw new CaseFileError('cannot-write', `"${fileName(filePath)}" could not be prepared for saving. The drive may be read-only or full. Nothing was lost.`);
  }
}

/** Make a brand-new case file. Refuses to replace a file that is already there. */
export function createCaseFile(filePath: string, appVersion: string): CaseDb {
  if (fs.existsSync(filePath)) {
    throw new CaseFileError('already-exists', `A file named "${fileName(filePath)}" is already there. Pick another name, or open that file instead.`, 'path');
  }
  const dir = path.dirname(filePath);
  if (!fs.existsSync(dir)) {
    throw new CaseFileError('not-found', `The folder "${dir}" does not exist.`, 'path');
  }
  let db: CaseDb;
  try {
    db = new Database(filePath);
  } catch {
    throw new CaseFileError('cannot-write', `The app cannot save a file in "${dir}". Pick another folder.`, 'path');
  }
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configure(db);
    migrate(db);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('created_at', new Date().toISOString(), 'created_by', appVersion);
    return db;
  } catch (e) {
    db.close();
    // A half-made new file holds nothing of the user's; remove it so a retry starts clean.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
    if (e instanceof CaseFileError) throw e;
    throw new CaseFileError('cannot-write', `The app could not finish making "${fileName(filePath)}". The drive may be full or read-only.`, 'path');
  }
}

/** Close cleanly: let SQLite refresh its statistics and fold the WAL back into the file. */
export function closeCaseFile(db: CaseDb): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Closing must never fail because the drive went away; the last commit is already durable.
  }
  db.close();
}
