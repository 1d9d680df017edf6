/**
 * The one contract between the renderer and both shells. Every user action is one method,
 * with a zod schema for its input (checked in core, whoever called) and a TypeScript type
 * for its output. Each part of the app lists its methods in its own file; this one joins them.
 * The renderer imports this file with `import type` only.
 */
import type { z } from 'zod';
import type { Result } from '../result.js';
import { backupInputs, type BackupOutputs } from './backupContract.js';
import { caseInputs, type CaseOutputs } from './caseContract.js';
import { computerInputs, type ComputerOutputs } from './computerContract.js';
import { helpInputs, type HelpOutputs } from './helpContract.js';
import { logInputs, type LogOutputs } from './logContract.js';
import { orderInputs, type OrderOutputs } from './orderContract.js';
import { paperInputs, type PaperOutputs } from './paperContract.js';

export const inputSchemas = { ...caseInputs, ...orderInputs, ...logInputs, ...backupInputs, ...helpInputs, ...paperInputs, ...computerInputs } as const;

export type MethodName = keyof typeof inputSchemas;
export const METHOD_NAMES = Object.keys(inputSchemas) as MethodName[];

export interface Outputs extends CaseOutputs, OrderOutputs, LogOutputs, BackupOutputs, HelpOutputs, PaperOutputs, ComputerOutputs {}

/** What the renderer may send (defaults may be left out). */
export type Input<M extends MethodName> = z.input<(typeof inputSchemas)[M]>;
/** What a handler receives after validation. */
export type ParsedInput<M extends MethodName> = z.output<(typeof inputSchemas)[M]>;
export type Output<M extends MethodName> = Outputs[M];

/** The one call every shell offers: Electron's preload, the web shell's HTTP client, the CLI. */
export type Invoke = <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

/** What a window's bridge to its shell carries: the call and the case the window shows ('' for none). */
export type ShellInvoke = <M extends MethodName>(method: M, input: Input<M>, caseId: string) => Promise<Result<Output<M>>>;

export type { Result };
export type { Caption, Counsel } from '../caseInfo/caption.js';
export type { RecentFile } from '../settings/settingsFile.js';
export type { AppInfo, CaseSnapshot, FolderListing } from './caseContract.js';
export type * from './backupContract.js';
export type * from './computerContract.js';
export type * from './helpContract.js';
export type * from './logContract.js';
export type * from './orderContract.js';
export type * from './paperContract.js';
export type { CaptionPatch } from '../caseInfo/caption.js';
export type { ApiError, ErrorCode } from '../result.js';
