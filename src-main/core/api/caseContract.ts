/** Methods for making, opening and filling in a case file. */
import { z } from 'zod';
import { captionPatchSchema, type Caption } from '../caseInfo/caption.js';
import type { RecentFile } from '../settings/settingsFile.js';

export const filePath = z.string().trim().min(1, 'Please give a file name.').max(4096, 'That file path is too long.');
export const none = z.object({}).strict();

export const caseInputs = {
  'app.info': none,
  'case.create': z.object({ path: filePath, caption: captionPatchSchema.optional(), remember: z.boolean().default(false) }).strict(),
  /** practice: the same case with its dates moved near today, labelled "practice" everywhere. */
  'case.createDemo': z.object({ path: filePath, practice: z.boolean().default(false) }).strict(),
  /** readOnly: for commands that only read (the CLI's verify, show, list, export); the file is not changed at all. */
  'case.open': z.object({ path: filePath, remember: z.boolean().default(false), readOnly: z.boolean().default(false) }).strict(),
  'case.close': none,
  'case.current': none,
  'case.updateCaption': z.object({ patch: captionPatchSchema }).strict(),
  'recent.list': none,
  'recent.forget': z.object({ path: filePath }).strict(),
  'files.suggestPath': z.object({ name: z.string().max(200).optional() }).strict(),
  'files.list': z.object({ folder: filePath.optional() }).strict(),
  'settings.get': none,
  'settings.setTextSize': z.object({ textSize: z.number().min(0.8).max(2) }).strict(),
} as const;


export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'web' | 'cli';
  documentsDir: string;
}

export interface CaseSnapshot {
  /** Which opening of the case this is: a window sends it with every call about the case. */
  caseId: string;
  path: string;
  fileName: string;
  caption: Caption;
  savedAt: string | null;
  schemaVersion: number;
}

export interface FolderListing {
  folder: string;
  parent: string | null;
  entries: { name: string; path: string; kind: 'folder' | 'casefile' }[];
}

export interface CaseOutputs {
  'app.info': AppInfo;
  'case.create': CaseSnapshot;
  'case.open': CaseSnapshot;
  'case.createDemo': CaseSnapshot;
  'case.close': { closed: boolean };
  'case.current': CaseSnapshot | null;
  'case.updateCaption': { caption: Caption; savedAt: string };
  'recent.list': RecentFile[];
  'recent.forget': { forgotten: true };
  'files.suggestPath': { path: string };
  'files.list': FolderListing;
  'settings.get': { textSize: number };
  'settings.setTextSize': { textSize: number };
}

