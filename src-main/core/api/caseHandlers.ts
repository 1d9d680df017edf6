import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { applyCaptionPatch, emptyCaption, shortCaseName } from '../caseInfo/caption.js';
import { captionUpdatedAt, readCaption, writeCaption } from '../caseInfo/caseInfoRepository.js';
import { CASE_FILE_EXTENSION } from '../db/caseFileFormat.js';
import { closeCaseFile, createCaseFile, openCaseFile, openCaseFileToRead } from '../db/openCaseFile.js';
import { localToday } from '../caseOrders/orderView.js';
import { fillDemoCase } from '../demo/demoCase.js';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.js';
import { forgetRecent, listRecent, rememberRecent } from '../settings/recentFiles.js';
import { readSettings, writeSettings } from '../settings/settingsFile.js';
import type { CaseSnapshot, FolderListing } from './caseContract.js';
import type { caseInputs } from './caseContract.js';
import type { ApiContext } from './context.js';
import type { HandlersFor } from './handlerTypes.js';

export function caseSnapshot(ctx: ApiContext): CaseSnapshot {
  const db = ctx.session.db();
  const filePath = ctx.session.path!;
  return {
    caseId: ctx.session.caseId!,
    path: filePath,
    fileName: path.basename(filePath),
    caption: readCaption(db),
    savedAt: captionUpdatedAt(db),
    schemaVersion: LATEST_SCHEMA_VERSION,
  };
}

/** A new file always gets our extension, so people can find it again. */
const withExtension = (p: string) => (p.toLowerCase().endsWith(CASE_FILE_EXTENSION) ? p : p + CASE_FILE_EXTENSION);

/**
 * The default Documents folder may not exist (a new account, a library computer): the app made the
 * suggestion, so it makes the folder too. Any other missing folder is the person's to fix, and gets
 * the plain "does not exist" message.
 */
function ensureDefaultFolder(filePath: string, documentsDir: string): void {
  const dir = path.dirname(filePath);
  if (path.resolve(dir) === path.resolve(documentsDir) && !fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true });
}

export const caseHandlers: HandlersFor<keyof typeof caseInputs> = {
  'app.info': (ctx) => ({ name: 'Pro Se Case File', version: ctx.env.appVersion, shell: ctx.env.shell, documentsDir: ctx.env.documentsDir }),

  async 'case.create'(ctx, input) {
    const filePath = path.resolve(withExtension(input.path));
    ensureDefaultFolder(filePath, ctx.env.documentsDir);
    const db = createCaseFile(filePath, ctx.env.appVersion);
    const caption = applyCaptionPatch(emptyCaption(), input.caption ?? {});
    writeCaption(db, caption);
    await ctx.session.attach(db, filePath);
    if (input.remember) rememberRecent(ctx.env.appDataDir, filePath, shortCaseName(caption));
    return caseSnapshot(ctx);
  },

  async 'case.createDemo'(ctx, input) {
    const filePath = path.resolve(withExtension(input.path));
    ensureDefaultFolder(filePath, ctx.env.documentsDir);
    const db = createCaseFile(filePath, ctx.env.appVersion);
    try {
      fillDemoCase(db, input.practice ? { practiceToday: localToday() } : {});
    } catch (e) {
      closeCaseFile(db);
      throw e;
    }
    await ctx.session.attach(db, filePath);
    return caseSnapshot(ctx);
  },

  async 'case.open'(ctx, input) {
    const filePath = path.resolve(input.path);
    // Opening the open case again (a window coming back to it): let go of it first, or its own lock would refuse us.
    if (ctx.session.path === filePath) await ctx.session.close();
    const db = input.readOnly ? openCaseFileToRead(filePath) : openCaseFile(filePath);
    await ctx.session.attach(db, filePath, { readOnly: input.readOnly });
    const snap = caseSnapshot(ctx);
    if (input.remember) rememberRecent(ctx.env.appDataDir, filePath, shortCaseName(snap.caption));
    return snap;
  },

  async 'case.close'(ctx) {
    return { closed: await ctx.session.close() };
  },

  'case.current'(ctx) {
    return ctx.session.isOpen ? caseSnapshot(ctx) : null;
  },

  'case.updateCaption'(ctx, input) {
    const db = ctx.session.db();
    const caption = applyCaptionPatch(readCaption(db), input.patch);
    const savedAt = writeCaption(db, caption);
    return { caption, savedAt };
  },

  'recent.list'(ctx) {
    return listRecent(ctx.env.appDataDir);
  },

  'recent.forget'(ctx, input) {
    forgetRecent(ctx.env.appDataDir, input.path);
    return { forgotten: true };
  },

  'files.suggestPath'(ctx, input) {
    const base = (input.name ?? '').replace(/[^\p{L}\p{N} ._-]+/gu, ' ').replace(/\s+/g, ' ').trim() || 'My case';
    let candidate = path.join(ctx.env.documentsDir, base + CASE_FILE_EXTENSION);
    for (let n = 2; fs.existsSync(candidate) && n < 1000; n++) {
      candidate = path.join(ctx.env.documentsDir, `${base} ${n}${CASE_FILE_EXTENSION}`);
    }
    return { path: candidate };
  },

  'settings.get'(ctx) {
    return { textSize: readSettings(ctx.env.appDataDir).textSize };
  },

  'settings.setTextSize'(ctx, input) {
    const s = readSettings(ctx.env.appDataDir);
    writeSettings(ctx.env.appDataDir, { ...s, textSize: input.textSize });
    return { textSize: input.textSize };
  },

  'files.list'(ctx, input) {
    // With no Documents folder yet, the file picker starts in the home folder instead of an empty nowhere.
    const start = fs.existsSync(ctx.env.documentsDir) ? ctx.env.documentsDir : os.homedir();
    const folder = path.resolve(input.folder ?? start);
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return { folder, parent: parentOf(folder), entries: [] };
    }
    const entries: FolderListing['entries'] = names
      .filter((d) => !d.name.startsWith('.'))
      .filter((d) => d.isDirectory() || d.name.toLowerCase().endsWith(CASE_FILE_EXTENSION))
      .map((d) => ({ name: d.name, path: path.join(folder, d.name), kind: d.isDirectory() ? ('folder' as const) : ('casefile' as const) }))
      .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1))
      .slice(0, 500);
    return { folder, parent: parentOf(folder), entries };
  },
};

const parentOf = (folder: string): string | null => {
  const up = path.dirname(folder);
  return up === folder ? null : up;
};
