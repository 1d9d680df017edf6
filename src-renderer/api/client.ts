import type { Input, Invoke, MethodName, Output, Result } from '../../src-main/core/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web shell. */
    caseFile?: { invoke: Invoke };
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

const httpInvoke: Invoke = async <M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> => {
  token ??= webToken();
  try {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Casefile-Token': token },
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

/** One call for the whole UI, whichever shell it runs in. */
export const invoke: Invoke = (method, input) => (window.caseFile ? window.caseFile.invoke(method, input) : httpInvoke(method, input));

export type { Input, MethodName, Output, Result };
