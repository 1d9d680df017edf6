import path from 'node:path';
import { backupFolder, backupLocationOf, listBackups, makeBackup, setBackupLocation } from '../backups/backups.js';
import { dropStaged, stageBackup, swapInStaged, swapOutDamaged } from '../backups/restore.js';
import { openCaseFile } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import type { backupInputs, BackupListing } from './backupContract.js';
import { caseSnapshot } from './caseHandlers.js';
import type { ApiContext } from './context.js';
import type { HandlersFor } from './handlerTypes.js';

function listing(ctx: ApiContext): BackupListing {
  const db = ctx.session.db();
  const location = backupLocationOf(db);
  const folder = backupFolder(ctx.session.path!, location, ctx.env.appDataDir);
  return { folder, location, backups: listBackups(folder), lastError: ctx.session.backups()?.lastError ?? null };
}

/** Only files in this case's own backup folders may be restored: never an arbitrary path. */
function checkBackupBelongs(ctx: ApiContext, casePath: string, backupPath: string): string {
  const resolved = path.resolve(backupPath);
  const folders = (['beside', 'app-data'] as const).map((l) => backupFolder(casePath, l, ctx.env.appDataDir));
  if (!folders.includes(path.dirname(resolved))) throw new CaseFileError('bad-input', 'That file is not one of this case\'s backups.', 'backupPath');
  return resolved;
}

export const backupHandlers: HandlersFor<keyof typeof backupInputs> = {
  'backups.list'(ctx, input) {
    if (input.casePath && !ctx.session.isOpen) {
      // The case would not open (damaged): look in both places its backups may be.
      const casePath = path.resolve(input.casePath);
      const all = (['beside', 'app-data'] as const).flatMap((l) => listBackups(backupFolder(casePath, l, ctx.env.appDataDir)));
      return { folder: backupFolder(casePath, 'beside', ctx.env.appDataDir), location: 'beside', backups: all.sort((a, b) => b.madeAt.localeCompare(a.madeAt)), lastError: null };
    }
    return listing(ctx);
  },

  async 'backups.makeNow'(ctx) {
    const db = ctx.session.db();
    return makeBackup(db, ctx.session.path!, backupFolder(ctx.session.path!, backupLocationOf(db), ctx.env.appDataDir), 'by hand');
  },

  async 'backups.restore'(ctx, input) {
    const casePath = ctx.session.path;
    if (!casePath) throw new CaseFileError('no-case-open', 'Open the case first, then pick a backup.');
    const backupPath = checkBackupBelongs(ctx, casePath, input.backupPath);
    const db = ctx.session.db();
    // Never overwrite the current file without a copy of it first.
    const saved = await makeBackup(db, casePath, backupFolder(casePath, backupLocationOf(db), ctx.env.appDataDir), 'before restore');
    // The whole backup is written and checked beside the case while the case is still open: if
    // that fails (a full drive), the case stays open and unchanged.
    const staged = stageBackup(backupPath, casePath);
    try {
      await ctx.session.close();
    } catch (e) {
      dropStaged(staged);
      throw e;
    }
    try {
      swapInStaged(staged, casePath);
    } finally {
      // Either the backup or, when it could not be put in, the file as it was.
      await ctx.session.attach(openCaseFile(casePath), casePath);
    }
    return { ...caseSnapshot(ctx), savedCurrentAs: saved.path };
  },

  async 'backups.restoreDamaged'(ctx, input) {
    const casePath = path.resolve(input.casePath);
    const backupPath = checkBackupBelongs(ctx, casePath, input.backupPath);
    const staged = stageBackup(backupPath, casePath);
    await ctx.session.close();
    const kept = swapOutDamaged(staged, casePath);
    await ctx.session.attach(openCaseFile(casePath), casePath);
    return { ...caseSnapshot(ctx), damagedKeptAs: kept };
  },

  'backups.setLocation'(ctx, input) {
    setBackupLocation(ctx.session.db(), input.location);
    return listing(ctx);
  },
};
