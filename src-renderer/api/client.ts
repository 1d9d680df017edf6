import { CASE_ID_HEADER } from '../../src-main/core/api/caseGate';
import type { ApiError, Input, Invoke, MethodName, Output, Result, ShellInvoke } from '../../src-main/core/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web shell. */
    caseFile?: { invoke: ShellInvoke };
  }
}

const TOKEN_KEY = 'casefile.token';

/** The web shell prints an address with ?token=...; keep it for this tab and take it out of the address bar. */
function webToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

/**
 * The case this window shows ('' for none). Every call carries it, so a call from a window whose
 * case is no longer the open one is refused instead of landing in another case's file.
 */
let shownCaseId = '';
const otherCaseListeners = new Set<(error: ApiError) => void>();

/** Called whenever the window starts showing a case (or none). */
export function showingCase(caseId: string | null): void {
  shownCaseId = caseId ?? '';
}

/** Hear when the app refuses a call because another window changed the open case. */
export function onOtherCaseOpen(listener: (error: ApiError) => void): () => void {
  otherCaseListeners.add(listener);
  return () => otherCaseListeners.delete(listener);
}

const httpInvoke: ShellInvoke = async <M extends MethodName>(method: M, input: Input<M>, caseId: string): Promise<Result<Output<M>>> => {
  token ??= webToken();
  try {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': token, [CASE_ID_HEADER]: caseId },
      body: JSON.stringify(input ?? {}),
    });
    if (res.status === 403) {
      return { ok: false, error: { code: 'not-available', message: 'This page is missing its key. Close it and open the address the app printed when it started.' } };
    }
    return (await res.json()) as Result<Output<M>>;
  } catch {
    return { ok: false, error: { code: 'not-available', message: 'The app is not running. Start it again, then reload this page. Your saved work is safe.' } };
  }
};

/** Calls that open a case (the window shows it from then on) or close it (the window shows none). */
const OPENS: ReadonlySet<MethodName> = new Set<MethodName>(['case.create', 'case.createDemo', 'case.open', 'backups.restore', 'backups.restoreDamaged']);
const CLOSES: ReadonlySet<MethodName> = new Set<MethodName>(['case.close', 'computer.leave']);

/** One call for the whole UI, whichever shell it runs in. */
export const invoke: Invoke = async (method, input) => {
  const result = await (window.caseFile ? window.caseFile.invoke(method, input, shownCaseId) : httpInvoke(method, input, shownCaseId));
  if (result.ok) {
    // The window's next calls are about the case it just opened, even before a screen shows it.
    const value: unknown = result.value;
    if (OPENS.has(method) && value !== null && typeof value === 'object' && 'caseId' in value && typeof value.caseId === 'string') showingCase(value.caseId);
    if (CLOSES.has(method)) showingCase(null);
  } else if (result.error.code === 'other-case-open') {
    for (const listener of otherCaseListeners) listener(result.error);
  }
  return result;
};

export type { Input, MethodName, Output, Result };
