import { useState } from 'react';
import { invoke } from '../api/client';
import { useCase } from '../store/caseStore';
import { useNavigation } from '../store/navigation';

/**
 * "Practice first": the demo case (a public court order, a few calls and letters) with its dates
 * moved to near today, so the deadlines look as they would in a live case. Labelled practice
 * on every screen and paper.
 */
export function PracticeCase() {
  const setCurrent = useCase((s) => s.setCurrent);
  const go = useNavigation((s) => s.go);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function start() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const where = await invoke('files.suggestPath', { name: 'Practice case' });
    const r = where.ok ? await invoke('case.createDemo', { path: where.value.path, practice: true }) : where;
    setBusy(false);
    if (!r.ok) return setMessage(r.error.message);
    setCurrent(r.value);
    go('next');
  }

  return (
    <section aria-labelledby="practice-heading" className="card">
      <h2 id="practice-heading">Practice first</h2>
      <p>
        Try the app on a made-up case built from a real, public court order. Its dates are moved to near today, so you can see what a live case looks like. Everything in it is
        marked "practice".
      </p>
      <button type="button" onClick={() => void start()} aria-disabled={busy}>
        Open a practice case
      </button>
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
