import type { MethodName } from './contract.js';

/**
 * Calls that never touch the open case's contents: they open, make or close cases, or read the
 * app's own settings and help. Every other call must name the case it is for (see checkCaseId).
 */
const CASE_FREE: ReadonlySet<MethodName> = new Set<MethodName>([
  'app.info',
  'case.create',
  'case.createDemo',
  'case.open',
  'case.current',
  'recent.list',
  'recent.forget',
  'files.suggestPath',
  'files.list',
  'settings.get',
  'settings.setTextSize',
  'help.glossary',
  'help.texts',
  'orders.explainText',
  'computer.footprint',
  'computer.leave',
  'backups.restoreDamaged',
]);

/** Calls that change which case is open: they run one at a time, with no other call in between. */
const SWITCHES: ReadonlySet<MethodName> = new Set<MethodName>(['case.create', 'case.createDemo', 'case.open', 'case.close', 'backups.restore', 'backups.restoreDamaged', 'computer.leave']);

/** The web shell's request header that names the case a tab shows (the renderer imports this file). */
export const CASE_ID_HEADER = 'x-casefile-case';

export const isCaseFree = (method: MethodName): boolean => CASE_FREE.has(method);
export const switchesCase = (method: MethodName): boolean => SWITCHES.has(method);

const STALE_CASE_MESSAGE =
  'This window shows a case that is no longer open here: a case was opened or closed in another tab or window. Nothing from this window was saved. Open this case again to go on.';
const NO_CASE_HERE_MESSAGE =
  'Another tab or window has a case open, so this window cannot do that now. Nothing from this window was saved. Open a case here from the start screen, or go on in the other window.';

/** Why a call from a window that shows case `named` ('' for none) was refused, in words that are true for that window. */
export const otherCaseMessage = (named: string): string => (named === '' ? NO_CASE_HERE_MESSAGE : STALE_CASE_MESSAGE);

/**
 * Is a call from a window that shows case `named` ('' for none) allowed while `open` is the open
 * case (null for none)? A window showing no case may still ask, when no case is open, so the
 * handler can answer "no case is open" in its own words.
 */
export function caseMatches(named: string, open: string | null): boolean {
  return named === (open ?? '');
}

/**
 * One case at a time, for every window. Ordinary calls share the open case; a call that switches
 * cases waits until the calls under way are done, and calls that come in meanwhile wait for it,
 * then are checked against the case that is open after it. So no call starts on one case and
 * ends on another, and two "open" calls at once cannot leave one file half attached.
 */
export class CaseGate {
  private switching: Promise<unknown> = Promise.resolve();
  private switchesWaiting = 0;
  private readonly running = new Set<Promise<unknown>>();

  async use<T>(fn: () => Promise<T>): Promise<T> {
    while (this.switchesWaiting > 0) await this.switching;
    const call = fn();
    this.running.add(call);
    try {
      return await call;
    } finally {
      this.running.delete(call);
    }
  }

  switchCase<T>(fn: () => Promise<T>): Promise<T> {
    this.switchesWaiting++;
    const run = this.switching.then(async () => {
      try {
        await Promise.allSettled([...this.running]);
        return await fn();
      } finally {
        this.switchesWaiting--;
      }
    });
    this.switching = run.catch(() => undefined);
    return run;
  }
}
