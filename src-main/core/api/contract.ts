/**
 * The one contract between the renderer and both shells. Every user action is one method,
 * with a zod schema for its input (checked in core, whoever called) and a TypeScript type
 * for its output. The renderer imports this file with `import type` only.
 */
import { z } from 'zod';
import { captionPatchSchema, type Caption } from '../caseInfo/caption.js';
import type { Result } from '../result.js';
import type { RecentFile } from '../settings/settingsFile.js';

const filePath = z.string().trim().min(1, 'Please give a file name.').max(4096, 'That file path is too long.');
const none = z.object({}).strict();

export const inputSchemas = {
  'app.info': none,
  'case.create': z.object({ path: filePath, caption: captionPatchSchema.optional(), remember: z.boolean().default(false) }).strict(),
  'case.open': z.object({ path: filePath, remember: z.boolean().default(false) }).strict(),
  'case.close': none,
  'case.current': none,
  'case.updateCaption': z.object({ patch: captionPatchSchema }).strict(),
  'recent.list': none,
  'recent.forget': z.object({ path: filePath }).strict(),
  'files.suggestPath': z.object({ name: z.string().max(200).optional() }).strict(),
  'files.list': z.object({ folder: filePath.optional() }).strict(),
} as const;

export type MethodName = keyof typeof inputSchemas;
export const METHOD_NAMES = Object.keys(inputSchemas) as MethodName[];

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'web' | 'cli';
  documentsDir: string;
}

export interface CaseSnapshot {
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

export interface Outputs {
  'app.info': AppInfo;
  'case.create': CaseSnapshot;
  'case.open': CaseSnapshot;
  'case.close': { closed: boolean };
  'case.current': CaseSnapshot | null;
  'case.updateCaption': { caption: Caption; savedAt: string };
  'recent.list': RecentFile[];
  'recent.forget': { forgotten: true };
  'files.suggestPath': { path: string };
  'files.list': FolderListing;
}

/** What the renderer may send (defaults may be left out). */
export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
/** What a handler receives after validation. */
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
export type Output<M extends MethodName> = Outputs[M];

/** The one call every shell offers: Electron's preload, the web shell's HTTP client, the CLI. */
export type Invoke = <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

export type { Caption, RecentFile, Result };
export type { CaptionPatch } from '../caseInfo/caption.js';
export type { ApiError, ErrorCode } from '../result.js';
