import { useEffect, useRef, useState } from 'react';
import { useCase } from '../store/caseStore';
import { useNavigation } from '../store/navigation';

/**
 * Another tab or window opened or closed a case, so this window's calls are refused. Say so, and
 * offer the way back: open this window's case again (what was typed here stays), or go to the start.
 */
export function CaseElsewhere() {
  const elsewhere = useCase((s) => s.elsewhere);
  const current = useCase((s) => s.current);
  const reopen = useCase((s) => s.reopen);
  const setCurrent = useCase((s) => s.setCurrent);
  const go = useNavigation((s) => s.go);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Where the person was (often "Save" at the bottom of a long form): the keyboard goes back there after "Open again".
  const cameFrom = useRef<HTMLElement | null>(null);

  // The refusal usually comes from a button far down the page: bring the message and its way back into view.
  useEffect(() => {
    if (!elsewhere) return;
    cameFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [elsewhere]);

  if (!elsewhere) return null;

  async function openAgain() {
    if (busy) return;
    setBusy(true);
    const error = await reopen();
    setBusy(false);
    setProblem(error?.message ?? null);
    if (!error && cameFrom.current?.isConnected) {
      cameFrom.current.focus({ preventScroll: true });
      cameFrom.current.scrollIntoView({ block: 'center' });
    }
  }

  return (
    <section className="alert case-elsewhere" role="alert" aria-labelledby="case-elsewhere-heading">
      <h2 id="case-elsewhere-heading" ref={heading} tabIndex={-1}>
        {current ? 'This case is not open here any more' : 'A case is open in another window'}
      </h2>
      <p>{elsewhere.message}</p>
      {problem && <p>{problem}</p>}
      <div className="button-row">
        {current && (
          <button type="button" className="primary" aria-disabled={busy} onClick={() => void openAgain()}>
            Open "{current.fileName}" again
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            setCurrent(null);
            go('welcome');
          }}
        >
          {current ? 'Go to the start screen' : 'Close this message'}
        </button>
      </div>
    </section>
  );
}
