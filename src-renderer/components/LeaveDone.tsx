import { useEffect, useRef } from 'react';
import type { LeaveReport } from '../../src-main/core/api/contract';

/**
 * What "Leave this computer" removed and what stays, on a screen of its own: the case is already
 * gone from the screen and from memory. "Start screen" loads the page afresh, so no timer, draft
 * or call from before survives.
 */
export function LeaveDone({ report }: { report: LeaveReport }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main" tabIndex={-1} className="welcome">
      <section className="card" aria-labelledby="leave-done">
        <h1 id="leave-done" ref={heading} tabIndex={-1}>
          You can leave this computer now
        </h1>
        {report.closed && <p>{report.closed}</p>}
        <h2>What the app removed from this computer</h2>
        <ul>
          {report.removed.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2>What stays</h2>
        <ul>
          {report.kept.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>Take your USB drive with you. To finish, close the app.</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Back to the start screen
        </button>
      </section>
    </main>
  );
}
