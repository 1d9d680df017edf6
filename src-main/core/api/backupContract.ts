/** Methods for the Backups screen: see the copies the app made, make one now, restore one. */
import { z } from 'zod';
import type { BackupInfo } from '../backups/backups.js';
import type { BackupLocation } from '../backups/backupFolder.js';
import { filePath, none, type CaseSnapshot } from './caseContract.js';

export const backupInputs = {
  'backups.list': z.object({ casePath: filePath.optional() }).strict(),
  'backups.makeNow': none,
  'backups.restore': z.object({ backupPath: filePath }).strict(),
  'backups.restoreDamaged': z.object({ casePath: filePath, backupPath: filePath }).strict(),
  'backups.setLocation': z.object({ location: z.enum(['beside', 'app-data']) }).strict(),
} as const;

export interface BackupListing {
  folder: string;
  location: BackupLocation;
  backups: BackupInfo[];
  /** Why the last automatic backup failed, if it did. */
  lastError: string | null;
}

export interface BackupOutputs {
  'backups.list': BackupListing;
  'backups.makeNow': BackupInfo;
  'backups.restore': CaseSnapshot & { savedCurrentAs: string };
  'backups.restoreDamaged': CaseSnapshot & { damagedKeptAs: string };
  'backups.setLocation': BackupListing;
}

export type { BackupInfo, BackupLocation };
