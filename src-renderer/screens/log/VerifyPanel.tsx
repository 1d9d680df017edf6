import { useState } from 'react';
import { useLog } from '../../store/logStore';
import { FingerprintCheck } from './FingerprintCheck';
import { ProblemNote } from './ProblemNote';
import { plural, savedWords } from './words';

/**
 * "Can you trust this log?": the chain check, said as what it can and cannot prove, the log's
 * fingerprint now, problems found before, and the check of a fingerprint from an earlier paper.
 */
export function VerifyPanel() {
  const verify = useLog((s) => s.verify);
  const checkLog = useLog((s) => s.checkLog);
  const [busy, setBusy] = useState(false);
  const open = verify && !verify.intact ? verify.problemsOnRecord.find((p) => p.id === verify.problem.recordedId && !p.acknowledged) : undefined;
  const past = verify?.problemsOnRecord.filter((p) => p.acknowledged) ?? [];

  return (
    <section aria-labelledby="verify-heading" className="card verify">
      <h2 id="verify-heading">Can you trust this log?</h2>
      <p>
        Each saved version carries a fingerprint of what it says and of the version before it. The check finds damage to the file and changes made by hand. It
        cannot prove by itself that no one rewrote the log: someone with the file could work out every fingerprint again. The papers you send print the log's
        fingerprint. Once the other side or the court has one, a later change to the log up to that point can be shown.
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
        Check the log
      </button>
      <div aria-live="polite" data-testid="verify-result">
        {verify?.intact === true && (
          <div className="verify-ok">
            <p>
              <span aria-hidden="true">✓ </span>
              <strong>Every saved version checks out.</strong> The log has {plural(verify.entries, 'entry', 'entries')} and{' '}
              {plural(verify.revisions, 'saved version', 'saved versions')}.
            </p>
            {verify.warning && <p className="verify-warning">{verify.warning}</p>}
          </div>
        )}
        {verify?.intact === false && (
          <div className="alert" role="alert">
            <p>
              <strong>{verify.problem.foundEarlier ? 'A problem found earlier is still open.' : 'The check found a problem.'}</strong> {verify.problem.message}
            </p>
            {!verify.problem.foundEarlier && <p>Keep this file as it is, and open your newest backup to compare.</p>}
          </div>
        )}
        {open && <ProblemNote problemId={open.id} />}
        {verify?.fingerprint && (
          <p className="quiet" data-testid="log-fingerprint">
            The log's fingerprint now: <code>{verify.fingerprint.code}</code> (as of change {verify.fingerprint.seq}).
          </p>
        )}
        {past.length > 0 && (
          <details>
            <summary>Problems found before ({past.length})</summary>
            <ul>
              {past.map((p) => (
                <li key={p.id}>
                  Found {savedWords(p.foundAt)}: {p.message} You looked into it {savedWords(p.acknowledged!.at)}: “{p.acknowledged!.reason}”
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <FingerprintCheck />
    </section>
  );
}
