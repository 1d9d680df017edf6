import path from 'node:path';
import { defaultDownloadsDir } from '../settings/appDataDir.js';
import { computerFootprint, leaveComputer } from '../settings/leaveComputer.js';
import { findSavedPapers, forgetSavedPapers } from '../settings/savedPapers.js';
import type { computerInputs } from './computerContract.js';
import type { ApiContext } from './context.js';
import type { HandlersFor } from './handlerTypes.js';

const downloadsOf = (ctx: ApiContext) => ctx.env.downloadsDir ?? defaultDownloadsDir();

/** Close the open case after its last backup, and say so in words. */
async function closeForLeaving(ctx: ApiContext): Promise<string | null> {
  const casePath = ctx.session.path;
  if (!casePath) return null;
  const backups = ctx.session.backups();
  let folder: string | null;
  try {
    folder = backups?.folder() ?? null;
  } catch {
    folder = null; // the drive went away; the close below still works
  }
  const lost = ctx.session.lostReason;
  await ctx.session.close();
  const name = `"${path.basename(casePath)}"`;
  if (lost) return `Closed ${name}. It could not be saved any more: ${lost}`;
  if (!backups) return `Closed ${name}. Everything was already saved in it.`;
  if (backups.lastError) return `Closed ${name}. Everything was already saved in it, but its last backup could not be made: ${backups.lastError}`;
  return `Closed ${name}. Everything was saved in it, and its newest backup is in ${folder ? `"${folder}"` : 'its backups folder'}.`;
}

export const computerHandlers: HandlersFor<keyof typeof computerInputs> = {
  'computer.footprint'(ctx) {
    return computerFootprint(ctx.env.appDataDir, ctx.session.path ? [ctx.session.path] : [], findSavedPapers(ctx.session, downloadsOf(ctx)));
  },

  async 'computer.leave'(ctx, input) {
    const casePath = ctx.session.path;
    const closed = await closeForLeaving(ctx);
    const result = leaveComputer(ctx.env.appDataDir, {
      casePaths: casePath ? [casePath] : [],
      removeBackupsHere: input.removeBackupsHere,
      savedPapers: findSavedPapers(ctx.session, downloadsOf(ctx)),
      removeSavedPapers: input.removeSavedPapers,
    });
    forgetSavedPapers(ctx.session);
    return { closed, ...result };
  },
};
