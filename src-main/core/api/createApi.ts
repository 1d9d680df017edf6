import type { z } from 'zod';
import { CaseFileError, fail, ok, type Result } from '../result.js';
import { backupHandlers } from './backupHandlers.js';
import { CaseGate, caseMatches, isCaseFree, otherCaseMessage, switchesCase } from './caseGate.js';
import { caseHandlers } from './caseHandlers.js';
import { computerHandlers } from './computerHandlers.js';
import { helpHandlers } from './helpHandlers.js';
import { inputSchemas, type Invoke, type MethodName } from './contract.js';
import type { ApiContext, ApiEnv } from './context.js';
import type { HandlersFor } from './handlerTypes.js';
import { logHandlers } from './logHandlers.js';
import { orderHandlers } from './orderHandlers.js';
import { paperHandlers } from './paperHandlers.js';
import { CaseSession } from './session.js';
import { wellFormedInput } from './wellFormedText.js';

const handlers: HandlersFor<MethodName> = { ...caseHandlers, ...orderHandlers, ...logHandlers, ...backupHandlers, ...helpHandlers, ...paperHandlers, ...computerHandlers };

const isMethod = (m: unknown): m is MethodName => typeof m === 'string' && Object.hasOwn(inputSchemas, m);

/** Word a schema problem the way a form would: which field, and what to do. */
function describeIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Something in that request was not right.' };
  const field = issue.path.map(String).join('.');
  const generic = issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' || issue.code === 'invalid_value';
  const message = generic ? `Please check ${field ? `"${field}"` : 'what you entered'}: it is not in the form the app expects.` : issue.message;
  return field ? { message, field } : { message };
}

export interface CaseFileApi {
  /**
   * Validate, run, and always answer with a Result: never throws. The shells pass `caseId`, the
   * case the calling window shows ('' for none): a call about a case that is not the open one is
   * refused. Code in this process (CLI, tests) leaves it out: it only ever has the one case.
   */
  invoke(method: unknown, input: unknown, caseId?: string): Promise<Result<unknown>>;
  /** The same call, typed by the contract, for code in this process (CLI, tests, bench). */
  call: Invoke;
  session: CaseSession;
  close(): Promise<boolean>;
}

/** Turn anything thrown below the API into words; unexpected ones are logged for a helper. */
function failureFrom(e: unknown, method: string): Result<never> {
  if (e instanceof CaseFileError) return fail(e.code, e.message, e.field);
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return fail('cannot-write', 'The drive is full. Your last saved work is safe. Free some space and try again.');
  if (code === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EACCES') return fail('cannot-write', 'The app cannot save here: the drive or folder is read-only. Your last saved work is safe.');
  if (code.startsWith('SQLITE_IOERR')) return fail('cannot-write', 'The app lost touch with the case file. Was the drive unplugged? Your last saved work is safe. Plug it back in and open the file again.');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return fail('in-use', 'The case file is busy in another window or program. Close it there and try again.');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return fail('damaged-file', 'The case file seems damaged. The app stopped so it would not make it worse. Open your newest backup.');
  console.error('[casefile] unexpected error in', method, e);
  return fail('internal', 'Something went wrong inside the app. Your saved work is safe. Please try again.');
}

export function createApi(env: ApiEnv): CaseFileApi {
  const ctx: ApiContext = { env, session: new CaseSession(env.appDataDir, env.autoBackup ?? false) };
  const gate = new CaseGate();
  const run = async (method: MethodName, input: unknown, caseId: string | undefined): Promise<Result<unknown>> => {
    if (caseId !== undefined && !isCaseFree(method) && !caseMatches(caseId, ctx.session.caseId)) return fail('other-case-open', otherCaseMessage(caseId));
    try {
      const handler = handlers[method] as (c: ApiContext, i: unknown) => unknown;
      return ok(await handler(ctx, input));
    } catch (e) {
      return failureFrom(e, method);
    } finally {
      ctx.session.noteActivity();
    }
  };
  const invoke = async (method: unknown, input: unknown, caseId?: string): Promise<Result<unknown>> => {
    if (!isMethod(method)) return fail('bad-input', 'The app asked for something it does not know how to do.');
    // Every shell and the CLI come through here: text is made well-formed once, before any check.
    const parsed = inputSchemas[method].safeParse(wellFormedInput(input ?? {}));
    if (!parsed.success) {
      const { message, field } = describeIssue(parsed.error);
      return fail('bad-input', message, field);
    }
    const call = () => run(method, parsed.data, caseId);
    return switchesCase(method) ? gate.switchCase(call) : gate.use(call);
  };
  return {
    session: ctx.session,
    invoke,
    call: ((method, input) => invoke(method, input)) as Invoke,
    close: () => gate.switchCase(() => ctx.session.close()),
  };
}
