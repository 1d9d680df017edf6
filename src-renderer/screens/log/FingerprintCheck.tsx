import { useState } from 'react';
import { useLog } from '../../store/logStore';
import type { FingerprintCheck as Check } from '../../../src-main/core/api/contract';
import { InputField } from './controls';
import { savedWords } from './words';

/** Type the fingerprint printed on an earlier paper; the app says whether today's log still holds that history. */
export function FingerprintCheck() {
  const checkFingerprint = useLog((s) => s.checkFingerprint);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Check | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    const r = await checkFingerprint(typed);
    setBusy(false);
    if (r.ok) {
      setError(null);
      setResult(r.value);
    } else setError(r.error.message);
  };

  return (
    <form
      className="fingerprint-check"
      aria-labelledby="fingerprint-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void check();
      }}
    >
      <h3 id="fingerprint-heading">Check a fingerprint from a paper</h3>
      <p>Every letter, statement and log report the app makes prints the log's fingerprint on that day. Type one here to see if today's log still holds exactly that history.</p>
      <InputField
        label="Fingerprint from the paper"
        value={typed}
        onChange={setTyped}
        hint="Like 3F9C-21AB-7D10-88E2-0C4B-A9F1. Capital letters, spaces and dashes do not matter."
        error={error}
      />
      <button type="submit" aria-disabled={busy}>
        Check this fingerprint
      </button>
      <div aria-live="polite" data-testid="fingerprint-result">
        {result?.matches === true && (
          <p className="verify-ok">
            <span aria-hidden="true">✓ </span>
            {result.message} Change {result.fingerprint.seq} was saved {savedWords(result.fingerprint.recordedAt)}.
          </p>
        )}
        {result?.matches === false && (
          <p className="alert" role="alert">
            {result.message}
          </p>
        )}
      </div>
    </form>
  );
}
