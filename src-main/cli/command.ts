import type { CaseFileApi } from '../core/api/createApi.js';
import type { Result } from '../core/result.js';

/** A problem to print on stderr with a non-zero exit. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** What a command prints on stdout, and its exit code (0 unless the command says otherwise). */
export interface CliOutput {
  stdout: string;
  exitCode?: number;
}

export interface CliCommand {
  /** e.g. 'new', 'log add' */
  name: string;
  usage: string;
  run(api: CaseFileApi, args: string[]): Promise<CliOutput | string>;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value;
}
