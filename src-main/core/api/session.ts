import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AutoBackup } from '../backups/autoBackup.js';
import { backupFolder, backupLocationOf } from '../backups/backups.js';
import { writeRescueCopy } from '../backups/rescue.js';
import { checkFile, identityOf, lostFileMessage, type FileCheck, type FileIdentity } from '../db/fileIdentity.js';
import { checkpoint, closeWithoutWriting, guardOpenFile, logIsLarge } from '../db/guardedFile.js';
import { closeCaseFile, type CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';

interface OpenCase {
  /** New each time a case is attached: a window names it to say which case its calls are for. */
  id: string;
  db: CaseDb;
  path: string;
  backups: AutoBackup | null;
  identity: FileIdentity | null;
  /** Set once the file is gone or replaced: every later use says so, nothing more is saved. */
  lost: string | null;
  /** Another program wrote into the file itself: the app must never write to it again, not even on close. */
  overwritten: boolean;
  /** Kept open to read the file's header: closing a descriptor of the file would drop SQLite's lock on it. */
  fd: number | null;
  /** Opened only to read (verify, show): the app never folds its log into the file or writes to it. */
  readOnly: boolean;
}

function openForWatching(filePath: string): number | null {
  try {
    return fs.openSync(filePath, 'r');
  } catch {
    return null;
  }
}

/** The one case file a shell has open. Each shell process holds one session. */
export class CaseSession {
  private current: OpenCase | null = null;

  constructor(
    private readonly appDataDir: string,
    private readonly autoBackup: boolean,
  ) {}

  get isOpen(): boolean {
    return this.current !== null;
  }

  get path(): string | null {
    return this.current?.path ?? null;
  }

  /** The id of the open case, or null when none is open. */
  get caseId(): string | null {
    return this.current?.id ?? null;
  }

  /**
   * The open database, or a message the person understands. Checks first that the file is
   * still the one that was opened: after a pulled USB drive or a deleted file, SQLite would
   * go on "saving" into a file nobody can see again.
   */
  db(): CaseDb {
    const current = this.current;
    if (!current) throw new CaseFileError('no-case-open', 'No case file is open. Open or create one first.');
    if (current.lost === null) {
      const check = checkFile(current.path, current.identity, current.fd ?? undefined);
      if (check !== 'same') this.markLost(current, check);
    }
    if (current.lost !== null) throw new CaseFileError('cannot-write', current.lost);
    return current.db;
  }

  /** Why the open case can no longer be saved, or null while all is well. */
  get lostReason(): string | null {
    return this.current?.lost ?? null;
  }

  private markLost(current: OpenCase, check: Exclude<FileCheck, 'same'>): void {
    current.lost = lostFileMessage(current.path, check);
    if (check === 'overwritten') {
      current.overwritten = true;
      current.lost += ` ${this.rescue(current)}`;
      return;
    }
    if (current.readOnly) return;
    try {
      // If the file was moved or renamed, fold the log of recent saves into it, so the file
      // holds every saved change on its own wherever it is now.
      current.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // The drive is gone: there is nothing to write to.
    }
    // The open connection still reads the old file: copy it to the backups while we can.
    void current.backups?.now('rescued');
  }

  /** Copy what was saved out of the open connection; say where, or say plainly that it could not. */
  private rescue(current: OpenCase): string {
    let copy: string | null;
    try {
      copy = writeRescueCopy(current.db, current.path, backupFolder(current.path, backupLocationOf(current.db), this.appDataDir));
    } catch {
      copy = null;
    }
    if (copy) return `Everything you had saved in it until then is in a rescue copy: "${path.basename(copy)}" in ${path.dirname(copy)}. You can open that copy to go on.`;
    return 'The app could not make a whole rescue copy of what you had saved. Your backups from before this are on the Backups screen.';
  }

  backups(): AutoBackup | null {
    return this.current?.backups ?? null;
  }

  /** A case opened only to read gets no backups: nothing in it can change. */
  async attach(db: CaseDb, filePath: string, options: { readOnly?: boolean } = {}): Promise<void> {
    await this.close();
    const resolved = path.resolve(filePath);
    const backups = this.autoBackup && !options.readOnly ? new AutoBackup(db, resolved, this.appDataDir) : null;
    // A read-only look (verify, show) writes nothing, so there is nothing to rescue from it.
    if (!options.readOnly) guardOpenFile(db, resolved);
    const fd = openForWatching(resolved);
    this.current = { id: randomUUID(), db, path: resolved, backups, identity: identityOf(resolved, process.platform, fd ?? undefined), lost: null, overwritten: false, fd, readOnly: options.readOnly === true };
    backups?.removeUnfinished();
    await backups?.now('opened');
  }

  /**
   * After every API call: lets the backup timer see whether anything changed, and folds a big
   * log into the file, only after checking that the file is still as the app left it.
   */
  noteActivity(): void {
    const current = this.current;
    if (!current) return;
    current.backups?.noteActivity();
    if (current.readOnly || current.lost !== null || !logIsLarge(current.path)) return;
    const check = checkFile(current.path, current.identity, current.fd ?? undefined);
    if (check !== 'same') return this.markLost(current, check);
    try {
      checkpoint(current.db);
      current.identity = identityOf(current.path, process.platform, current.fd ?? undefined);
    } catch {
      // Tried again after the next call; the next use says what is wrong, in words.
    }
  }

  async close(): Promise<boolean> {
    const current = this.current;
    if (!current) return false;
    this.current = null;
    await current.backups?.beforeClose();
    if (current.overwritten) closeWithoutWriting(current.db, current.path);
    else closeCaseFile(current.db);
    // Only now: SQLite has let go of the file, so closing this descriptor drops no lock of its.
    if (current.fd !== null) fs.closeSync(current.fd);
    return true;
  }
}
