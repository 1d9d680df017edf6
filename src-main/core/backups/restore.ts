import fs from 'node:fs';
import path from 'node:path';
import { CaseFileError } from '../result.js';
import { describeBackup } from './backups.js';

/**
 * Put a backup's bytes in place of the case file. Copy to a temp file beside it first, then
 * rename: the case file is either the old one or the whole backup, never half of each.
 */
export function copyBackupOver(backupPath: string, caseFilePath: string): void {
  const info = describeBackup(backupPath);
  if (!info.good) throw new CaseFileError('damaged-file', `The backup "${info.name}" is damaged too. Please pick another one.`);
  const tmp = `${caseFilePath}.restoring`;
  fs.copyFileSync(backupPath, tmp);
  const fd = fs.openSync(tmp, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(caseFilePath + suffix, { force: true });
  fs.renameSync(tmp, caseFilePath);
}

/** Move a damaged file aside, unchanged, so a helper can still look at it. */
export function keepDamagedFile(caseFilePath: string): string {
  const stamp = new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);
  const kept = path.join(path.dirname(caseFilePath), `${path.basename(caseFilePath)}.damaged-${stamp}`);
  fs.renameSync(caseFilePath, kept);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(caseFilePath + suffix)) fs.renameSync(caseFilePath + suffix, kept + suffix);
  }
  return kept;
}
