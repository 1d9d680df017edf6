import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/caseFileFormat.js';
import type { CaseDb } from '../db/openCaseFile.js';
import { backupFileName } from './backupFolder.js';

/**
 * Another program wrote over the open file: what the app saved is now only in this connection
 * (its page cache and its write-ahead log). Copy it out at once, synchronously, before anything
 * else can touch either, and check the copy. Returns the copy's path, or null when no whole copy
 * could be made (then nothing is claimed about it).
 */
export function writeRescueCopy(db: CaseDb, caseFilePath: string, folder: string): string | null {
  const target = path.join(folder, backupFileName(caseFilePath, new Date(), 'rescued'));
  const partial = `${target}.partial`;
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(partial, db.serialize());
    const fd = fs.openSync(partial, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const copy = new Database(partial);
    try {
      // A plain rollback-journal file that opens on its own, like every other backup.
      copy.pragma('journal_mode = DELETE');
      const whole = copy.pragma('integrity_check', { simple: true }) === 'ok' && copy.pragma('application_id', { simple: true }) === APPLICATION_ID;
      if (!whole) throw new Error('the rescue copy is not whole');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
    return target;
  } catch {
    fs.rmSync(partial, { force: true });
    return null;
  }
}
