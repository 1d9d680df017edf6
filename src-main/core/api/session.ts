import path from 'node:path';
import { AutoBackup } from '../backups/autoBackup.js';
import { closeCaseFile, type CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';

/** The one case file a shell has open. Each shell process holds one session. */
export class CaseSession {
  private current: { db: CaseDb; path: string; backups: AutoBackup | null } | null = null;

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

  /** The open database, or a message the person understands. */
  db(): CaseDb {
    if (!this.current) throw new CaseFileError('no-case-open', 'No case file is open. Open or create one first.');
    return this.current.db;
  }

  backups(): AutoBackup | null {
    return this.current?.backups ?? null;
  }

  async attach(db: CaseDb, filePath: string): Promise<void> {
    await this.close();
    const resolved = path.resolve(filePath);
    const backups = this.autoBackup ? new AutoBackup(db, resolved, this.appDataDir) : null;
    this.current = { db, path: resolved, backups };
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
