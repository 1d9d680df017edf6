import type { z } from 'zod';
import { CaseFileError } from '../result.js';

/** Check input with a schema; a problem becomes a message in words, naming the field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix = ''): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = [fieldPrefix, path].filter(Boolean).join('.') || undefined;
  const generic = !issue || issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' || issue.code === 'invalid_value';
  const message = generic ? `Please check ${field ? `"${field}"` : 'what you entered'}: it is not in the form the app expects.` : issue.message;
  throw new CaseFileError('bad-input', message, field);
}
