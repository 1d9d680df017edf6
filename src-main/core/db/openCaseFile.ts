import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CaseFileError } from '../result.js';
import { APPLICATION_ID, SQLITE_HEADER } from './caseFileFormat.js';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.js';

export type CaseDb = Database.Database;

/** How long to wait for a file another program is busy with before saying so (ms). */
export const BUSY_TIMEOUT_MS = 2000;

export interface OpenOptions {
  /** Wait this long for a busy file before answering 'in-use' (tests shorten it). */
  busyTimeoutMs?: number;
}

const fileName = (p: string): string => path.basename(p);

export const inUseError = (filePath: string): CaseFileError =>
  new CaseFileError('in-use', `"${fileName(filePath)}" is open in another window or program. Close it there first, then try again. Nothing in it was changed.`);

export const readOnlyPlaceError = (filePath: string): CaseFileError =>
  new CaseFileError(
    'cannot-write',
    `"${fileName(filePath)}" is in a place this computer will not let the app save to: the drive, the folder or the file is read-only (a locked USB drive, a CD, a shared folder). Nothing in it was changed. Copy it to your Documents folder, or to a USB drive that is not locked, and open the copy.`,
  );

export const driveFullError = (filePath: string): CaseFileError =>
  new CaseFileError('cannot-write', `The drive that holds "${fileName(filePath)}" is full. Nothing in the file was changed. Free some space on it (or copy the file to another drive) and open it again.`);

const sqliteCode = (e: unknown): string => {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
};
const isBusy = (code: string) => code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
/** What SQLite says when it cannot write the file or make its -wal beside it. */
const isReadOnly = (code: string) => code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_IOERR_LOCK' || code === 'SQLITE_AUTH' || code === 'SQLITE_PERM';
const isFull = (code: string) => code === 'SQLITE_FULL';

/**
 * The app saves the file and makes "NAME-wal" beside it, so both must be writable. Root and
 * Windows administrators pass this check on a chmod-ed folder; a read-only drive still fails it.
 */
function checkWritable(filePath: string): void {
  try {
    fs.accessSync(filePath, fs.constants.R_OK | fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK | fs.constants.X_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw readOnlyPlaceError(filePath);
    // Anything else (a flaky drive) shows up, in words, when SQLite opens the file.
  }
}

/**
 * Only an ordinary file can be a case file. A pipe (FIFO) or a device named "x.casefile" would make
 * the first read wait for ever, or never end (/dev/zero): refuse it before opening anything.
 */
function checkOrdinaryFile(filePath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CaseFileError('not-found', `We could not find "${fileName(filePath)}". It may have been moved, renamed, or be on a drive that is not plugged in.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CaseFileError('cannot-write', `This computer will not let the app read "${fileName(filePath)}". Try copying it to your Documents folder first.`);
    throw new CaseFileError('not-found', `We could not read "${fileName(filePath)}".`);
  }
  if (stat.isDirectory()) throw new CaseFileError('not-a-case-file', `"${fileName(filePath)}" is a folder, not a case file.`);
  if (!stat.isFile()) throw new CaseFileError('not-a-case-file', `"${fileName(filePath)}" is not a case file: it is not an ordinary file (it may be a device or a pipe). The app did not open it. Please pick a file that ends in .casefile.`);
}

/**
 * Look at a file before we open it for writing. Everything here is read-only, so a file
 * that is not ours, is damaged, or comes from a newer app is refused and never touched.
 */
function inspectExisting(filePath: string): void {
  checkOrdinaryFile(filePath);
  let header: Buffer;
  try {
    // Non-blocking, in case a pipe took the file's place since the check above.
    const fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
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
    throw new CaseFileError('not-a-case-file', notACaseFile(filePath, header));
  }
  if (header.readInt32BE(68) !== APPLICATION_ID) {
    throw new CaseFileError('not-a-case-file', `"${fileName(filePath)}" is a database, but not a Pro Se Case File case file. Nothing in it was changed.`);
  }
  // SQLite stores user_version as a signed number; the app only ever writes 0 and up.
  const version = header.readInt32BE(60);
  if (version < 0) throw unknownVersionError(filePath, version);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new CaseFileError('newer-version', `"${fileName(filePath)}" was saved by a newer version of Pro Se Case File. This version cannot open it safely, so it left the file untouched. Please update the app to open it.`);
  }
}

/** A version number no app ever wrote is not "newer": the file is damaged or not ours. */
const unknownVersionError = (filePath: string, version: number): CaseFileError =>
  new CaseFileError(
    'damaged-file',
    `"${fileName(filePath)}" cannot be read as a case file. The version number inside it (${version}) is not one Pro Se Case File ever writes, so the file may be damaged or made by another program. Nothing in it was changed. If you have a backup of your case, open that.`,
  );

/** Why a file is not a case file, in words that fit it: its name may already end in .casefile. */
function notACaseFile(filePath: string, header: Buffer): string {
  const name = `"${fileName(filePath)}"`;
  if (header.length === 0) return `${name} is empty, so it is not a case file. Nothing in it was changed. If you have a backup of your case, open that.`;
  if (header.subarray(0, 5).toString('latin1') === '%PDF-') {
    return `${name} is a PDF, not a case file. Nothing in it was changed. To read a court order, use "I have a court order" on the start screen.`;
  }
  if (/\.casefile$/i.test(filePath)) {
    return `${name} has a case file's name, but what is inside is not a case file. It may be another kind of file that was renamed. Nothing in it was changed. If you have a backup of your case, open that.`;
  }
  return `${name} is not a case file. Nothing in it was changed. Case files have names that end in .casefile.`;
}


const isDamage = (code: string) => code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';

/** Less than this free beside the file, and SQLite cannot make its small helper files: the drive is full. */
const LOW_SPACE_BYTES = 1024 * 1024;

function spaceIsLow(folder: string): boolean {
  try {
    const s = fs.statfsSync(folder);
    return s.bavail * s.bsize < LOW_SPACE_BYTES;
  } catch {
    return false;
  }
}

/** The drive, not the file, stopped the check: never call the file damaged for that. */
const driveTroubleError = (filePath: string): CaseFileError =>
  new CaseFileError(
    'cannot-write',
    `The app could not check "${fileName(filePath)}" because the drive it is on did not let it read or write there. This does not mean the file is damaged, and the app did not change it. Check that the drive is plugged in and has free space, then open the file again.`,
  );

class FailedCheck extends Error {}

/**
 * What the read-only check may leave beside the file when it fails: a "-shm" it made holds only
 * an index of the moment (never saved work), and a "-wal" it made is empty. Both are removed.
 */
function tidyAfterProbe(filePath: string, existedBefore: ReadonlySet<string>): void {
  for (const suffix of ['-wal', '-shm']) {
    const helper = filePath + suffix;
    try {
      if (!existedBefore.has(suffix) && (suffix === '-shm' || fs.statSync(helper).size === 0)) fs.rmSync(helper);
    } catch {
      // Not there, or the drive is gone.
    }
  }
}

/**
 * SQLite's own check, read-only. Only what SQLite finds wrong inside the file is called damage:
 * a busy file, a read-only place, a full or failing drive are said as what they are.
 */
function quickCheck(filePath: string, busyTimeoutMs: number): void {
  const existedBefore = new Set(['-wal', '-shm'].filter((suffix) => fs.existsSync(filePath + suffix)));
  let probe: Database.Database | undefined;
  try {
    probe = new Database(filePath, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    const rows = probe.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new FailedCheck('quick_check failed');
  } catch (e) {
    probe?.close();
    probe = undefined;
    tidyAfterProbe(filePath, existedBefore);
    const code = sqliteCode(e);
    if (isBusy(code)) throw inUseError(filePath);
    if (isReadOnly(code)) throw readOnlyPlaceError(filePath);
    if (e instanceof FailedCheck || isDamage(code)) {
      throw new CaseFileError('damaged-file', `"${fileName(filePath)}" is damaged and cannot be opened safely. The app did not change it. Keep the file for someone who can help, and open your newest backup instead.`);
    }
    if (isFull(code) || spaceIsLow(path.dirname(filePath))) throw driveFullError(filePath);
    throw driveTroubleError(filePath);
  } finally {
    probe?.close();
  }
}

/**
 * One writer, ever. EXCLUSIVE locking set before the first read makes SQLite keep its WAL index
 * in this process's memory (no "-shm" file, which also suits USB and network drives) and hold an
 * exclusive lock on the file until it is closed: a second app window, a second copy of the app,
 * or the CLI gets SQLITE_BUSY, which the API words as 'in-use'. The lock goes away with the
 * process, even when it is killed. WAL plus FULL sync makes each commit survive a crash or power loss.
 */
function configure(db: CaseDb, busyTimeoutMs: number): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * Take the write lock now, at open, so a second writer is refused here and not at its first save.
 * Holding it, no other connection can have the file open (an idle WAL reader keeps a shared lock),
 * so a "-shm" left by the read-only check or by another program is stale: tidy it away.
 */
function takeWriteLock(db: CaseDb, filePath: string): void {
  db.exec('BEGIN IMMEDIATE');
  db.exec('COMMIT');
  try {
    fs.rmSync(`${filePath}-shm`, { force: true });
  } catch {
    // Windows keeps a file another program has open; it is harmless to leave.
  }
}

/** Word what SQLite said while opening; the file was not changed. */
function openFailure(e: unknown, filePath: string, fallback: string): CaseFileError {
  if (e instanceof CaseFileError) return e;
  const code = sqliteCode(e);
  if (isBusy(code)) return inUseError(filePath);
  if (isReadOnly(code)) return readOnlyPlaceError(filePath);
  if (isFull(code) || (code.startsWith('SQLITE_IOERR') && spaceIsLow(path.dirname(filePath)))) return driveFullError(filePath);
  if (isDamage(code)) {
    return new CaseFileError('damaged-file', `"${fileName(filePath)}" is damaged and cannot be opened safely. Keep the file for someone who can help, and open your newest backup instead.`);
  }
  return new CaseFileError('cannot-write', fallback);
}

function migrate(db: CaseDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  // Checked again here, before any write, in case the file changed since it was inspected.
  if (current < 0) throw unknownVersionError(db.name, current);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new CaseFileError('newer-version', 'This case file was saved by a newer version of the app.');
  }
  const run = db.transaction(() => {
    for (let v = current; v < LATEST_SCHEMA_VERSION; v++) {
      db.exec(migrations[v]);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  run.immediate();
}

/**
 * Open an existing case file: look at it read-only first (ours? damaged? newer? a place we can
 * save to? open elsewhere?), then open it as its only writer and migrate forward if needed.
 */
export function openCaseFile(filePath: string, options: OpenOptions = {}): CaseDb {
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  inspectExisting(filePath);
  checkWritable(filePath);
  quickCheck(filePath, busyTimeoutMs);
  let db: CaseDb;
  try {
    db = new Database(filePath, { fileMustExist: true, timeout: busyTimeoutMs });
  } catch (e) {
    throw openFailure(e, filePath, `"${fileName(filePath)}" cannot be opened for saving. The drive may be read-only or full.`);
  }
  try {
    configure(db, busyTimeoutMs);
    takeWriteLock(db, filePath);
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw openFailure(e, filePath, `"${fileName(filePath)}" could not be prepared for saving. The drive may be read-only or full. Nothing was lost.`);
  }
}

/** Handles opened only to read: closing them must not tidy, optimise or checkpoint anything. */
const readers = new WeakSet<CaseDb>();

/**
 * True for a handle that must not write. openCaseFileToRead's handles are read-write to SQLite
 * (for the lock) and refuse writes through query_only, so `db.readonly` alone says false for them.
 */
export function isOpenedToRead(db: CaseDb): boolean {
  return db.readonly || readers.has(db);
}

/**
 * Open a case file only to read it (verify, show, list, export): the file keeps its bytes, its
 * modified time and its journal mode, and no "-shm" is left beside it. The handle is read-write
 * only so it can take the same exclusive lock as the app (a file the app has open answers
 * 'in-use') and keep SQLite's WAL index in memory; query_only refuses any write on it. An older
 * file is brought up to date in memory, never on disk.
 */
export function openCaseFileToRead(filePath: string, options: OpenOptions = {}): CaseDb {
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  inspectExisting(filePath);
  let db: CaseDb;
  try {
    db = new Database(filePath, { fileMustExist: true, timeout: busyTimeoutMs });
  } catch (e) {
    throw openFailure(e, filePath, `"${fileName(filePath)}" cannot be opened. Nothing in it was changed.`);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    db.pragma('query_only = ON');
    const rows = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw Object.assign(new Error('quick_check failed'), { code: 'SQLITE_CORRUPT' });
    if ((db.pragma('user_version', { simple: true }) as number) < LATEST_SCHEMA_VERSION) {
      const inMemory = new Database(db.serialize());
      db.close();
      db = inMemory;
      migrate(db);
      db.pragma('query_only = ON');
    }
    db.pragma('foreign_keys = ON');
    readers.add(db);
    return db;
  } catch (e) {
    db.close();
    throw openFailure(e, filePath, `"${fileName(filePath)}" could not be read. Nothing in it was changed.`);
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
    db = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
  } catch {
    throw new CaseFileError('cannot-write', `The app cannot save a file in "${dir}": this computer will not let it write there (the folder or the drive may be read-only). Pick another folder.`, 'path');
  }
  try {
    // Exclusive from the very first write, so nobody else can open the file half-made.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    configure(db, BUSY_TIMEOUT_MS);
    migrate(db);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('created_at', new Date().toISOString(), 'created_by', appVersion);
    return db;
  } catch (e) {
    db.close();
    // A half-made new file holds nothing of the user's; remove it so a retry starts clean.
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
    if (e instanceof CaseFileError) throw e;
    const code = sqliteCode(e);
    if (isFull(code)) throw new CaseFileError('cannot-write', `The drive is full, so the app could not make "${fileName(filePath)}". Free some space or pick another drive.`, 'path');
    if (isReadOnly(code)) throw new CaseFileError('cannot-write', `The app cannot save a file in "${dir}": it is read-only. Pick another folder.`, 'path');
    throw new CaseFileError('cannot-write', `The app could not finish making "${fileName(filePath)}". The drive may be full or read-only.`, 'path');
  }
}

/** Close cleanly: let SQLite refresh its statistics and fold the WAL back into the file. */
export function closeCaseFile(db: CaseDb): void {
  if (!db.open) return;
  if (readers.has(db)) {
    db.close();
    return;
  }
  const filePath = db.name;
  try {
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Closing must never fail because the drive went away; the last commit is already durable.
  }
  db.close();
  removeOrphanWal(filePath);
}

/**
 * SQLite does not delete the "-wal" of a file that was moved or deleted while open. Once the file
 * is gone from its old name, an empty -wal left there is only litter: nothing is in it.
 */
function removeOrphanWal(filePath: string): void {
  try {
    if (!filePath || fs.existsSync(filePath)) return;
    const wal = `${filePath}-wal`;
    if (fs.statSync(wal).size === 0) fs.rmSync(wal);
  } catch {
    // No -wal there, or the drive is gone.
  }
}
