import type { CaseDb } from '../db/openCaseFile.js';
import { backupFolder, backupLocationOf, makeBackup, removeUnfinishedBackups } from './backups.js';

const AFTER_CHANGES_MS = 30_000;

/**
 * Backups made for the person: one when a case opens, one 30 s after the last change, one
 * when it closes if anything changed. SQLite's own change counter says whether anything did,
 * so no method has to remember to ask for a backup.
 */
export class AutoBackup {
  private timer: NodeJS.Timeout | undefined;
  private changesAtLastBackup = 0;
  private running: Promise<unknown> = Promise.resolve();
  lastError: string | null = null;

  constructor(
    private readonly db: CaseDb,
    private readonly caseFilePath: string,
    private readonly appDataDir: string,
  ) {}

  private changes(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  folder(): string {
    return backupFolder(this.caseFilePath, backupLocationOf(this.db), this.appDataDir);
  }

  /** At open, before the first backup: tidy what a backup cut short left, in either backup place. */
  removeUnfinished(): void {
    for (const location of ['beside', 'app-data'] as const) {
      try {
        removeUnfinishedBackups(backupFolder(this.caseFilePath, location, this.appDataDir), this.caseFilePath);
      } catch {
        // A folder we cannot tidy must not stop the case from opening.
      }
    }
  }

  now(reason: string): Promise<unknown> {
    clearTimeout(this.timer);
    this.running = this.running.then(async () => {
      if (!this.db.open) return;
      try {
        await makeBackup(this.db, this.caseFilePath, this.folder(), reason);
        this.changesAtLastBackup = this.changes();
        this.lastError = null;
      } catch (e) {
        // A backup that fails must never stop the person's work; the Backups screen says so.
        this.lastError = (e as Error).message;
      }
    });
    return this.running;
  }

  /** Call after every API call; cheap when nothing changed. */
  noteActivity(): void {
    try {
      if (!this.db.open || this.changes() === this.changesAtLastBackup) return;
    } catch {
      return; // the file went away; the next call will say so in words
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.now(''), AFTER_CHANGES_MS);
    this.timer.unref();
  }

  /** Before closing: back up if anything changed since the last backup. */
  async beforeClose(): Promise<void> {
    clearTimeout(this.timer);
    if (this.db.open && this.changes() !== this.changesAtLastBackup) await this.now('');
    await this.running;
  }
}
