import path from 'node:path';
import { closeCaseFile, type CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';

/** The one case file a shell has open. Each shell process holds one session. */
export class CaseSession {
  private current: { db: CaseDb; path: string } | null = null;

  get isOpen(): boolean {
    return this.current !== null;
  }

  get path(): string | null {
    return this.current?.path ?? null;
  }

  /** The open database, or a message the person understands. */
  db(): CaseDb {
    if (!this.current) throw new CaseFileError('no-case-open', 'No case file is open. Open or create one first.');
    return this.current.db;
  }

  attach(db: CaseDb, filePath: string): void {
    this.close();
    this.current = { db, path: path.resolve(filePath) };
  }

  close(): boolean {
    if (!this.current) return false;
    closeCaseFile(this.current.db);
    this.current = null;
    return true;
  }
}
