/**
 * Results cross every boundary (API, CLI, shells) as data, never as thrown stacks,
 * so each shell can put the message in front of a person in words.
 */
export type ErrorCode =
  | 'bad-input'
  | 'no-case-open'
  /** The window names a case that is not the open one (another tab opened or closed a case). */
  | 'other-case-open'
  | 'not-found'
  | 'already-exists'
  | 'not-a-case-file'
  | 'damaged-file'
  | 'newer-version'
  | 'cannot-write'
  | 'in-use'
  | 'not-available'
  | 'bad-order'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Which input field the message is about, when there is one (for the form to point at). */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): { ok: false; error: ApiError } => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

/** An error we raise on purpose inside core; the API boundary turns it into a Result. */
export class CaseFileError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CaseFileError';
  }
}
