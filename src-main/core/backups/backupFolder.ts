import path from 'node:path';
import { createHash } from 'node:crypto';

export type BackupLocation = 'beside' | 'app-data';

/**
 * Beside the case file by default, so a USB drive carries its own backups; or in the app's own
 * folder on this computer when the person prefers (a drive that is often full, say).
 */
export function backupFolder(caseFilePath: string, location: BackupLocation, appDataDir: string): string {
  const base = path.basename(caseFilePath).replace(/\.casefile$/i, '');
  if (location === 'app-data') {
    const id = createHash('sha256').update(path.resolve(caseFilePath)).digest('hex').slice(0, 12);
    return path.join(appDataDir, 'backups', `${base}-${id}`);
  }
  return path.join(path.dirname(caseFilePath), `${base} backups`);
}

/** "Dickson 2021-06-03 10-15-00-123 opened.casefile": sorts by time and says when at a glance (UTC). */
export function backupFileName(caseFilePath: string, when: Date, reason: string): string {
  const base = path.basename(caseFilePath).replace(/\.casefile$/i, '');
  const stamp = when.toISOString().replace('T', ' ').replace(/[:.]/g, '-').slice(0, 23);
  const tag = reason ? ` ${reason}` : '';
  return `${base} ${stamp}${tag}.casefile`;
}
