import { useState } from 'react';
import { useLog } from '../../store/logStore';
import { plural } from './words';

/** "Check the log is unchanged": recompute the hash chain and say what it found. */
export function VerifyPanel() {
  const verify = useLog((s) => s.verify);
  const checkLog = useLog((s) => s.checkLog);
  const [busy, setBusy] = useState(false);

  return (
    <section aria-labelledby="verify-heading" className="card verify">
      <h2 id="verify-heading">Can you trust this log?</h2>
      <p>
        Each saved version carries a fingerprint of what it says and of the version before it. If anyone changes the file with another program, the check
        below shows where.
      </p>
      <button
        type="button"
        aria-disabled={busy}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          await checkLog();
          setBusy(false);
        }}
      >
        Check the log is unchanged
      </button>
      <div aria-live="polite" data-testid="verify-result">
        {verify?.intact === true && (
          <div className="verify-ok">
            <p>
              <span aria-hidden="true">✓ </span>
              <strong>The log is unchanged.</strong> It has {plural(verify.entries, 'entry', 'entries')} and {plural(verify.revisions, 'saved version', 'saved versions')}.
            </p>
            <p className="quiet">
              Check code: <code>{verify.lastHash.slice(0, 16)}</code>. Write it down with today's date. If the log is ever questioned, the same code shows nothing
              was changed since.
            </p>
            {verify.warning && <p className="verify-warning">{verify.warning}</p>}
          </div>
        )}
        {verify?.intact === false && (
          <div className="alert" role="alert">
            <p>
              <strong>The log was changed outside this app.</strong> {verify.problem.message}
            </p>
            <p>Keep this file as it is, and open your newest backup to compare.</p>
          </div>
        )}
      </div>
    </section>
  );
}
