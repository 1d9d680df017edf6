import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { AutoBackup } from '../backups/autoBackup.js';
import { checkFile, identityOf, lostFileMessage, type FileIdentity } from '../db/fileIdentity.js';
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
      const check = checkFile(current.path, current.identity);
      if (check !== 'same') this.markLost(current, lostFileMessage(current.path, check));
    }
    if (current.lost !== null) throw new CaseFileError('cannot-write', current.lost);
    return current.db;
  }

  /** Why the open case can no longer be saved, or null while all is well. */
  get lostReason(): string | null {
    return this.current?.lost ?? null;
  }

  private markLost(current: OpenCase, message: string): void {
    current.lost = message;
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

  backups(): AutoBackup | null {
    return this.current?.backups ?? null;
  }

  async attach(db: CaseDb, filePath: string): Promise<void> {
    await this.close();
    const resolved = path.resolve(filePath);
    const backups = this.autoBackup ? new AutoBackup(db, resolved, this.appDataDir) : null;
    this.current = { id: randomUUID(), db, path: resolved, backups, identity: identityOf(resolved), lost: null };
    await backups?.now('opened');
  }

  /** After every API call: lets the backup timer see whether anything changed. */
  noteActivity(): void {
    this.current?.backups?.noteActivity();
  }

  async close(): Promise<boolean> {
    const current = this.current;
    if (!current) return false;
    this.current = null;
    await current.backups?.beforeClose();
    closeCaseFile(current.db);
    return true;
  }
}
