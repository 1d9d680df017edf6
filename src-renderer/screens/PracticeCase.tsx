import { usePractice } from '../store/practiceStore';

/**
 * "Practice first": the demo case (a public court order, a few calls and letters) with its dates
 * moved to near today, so the deadlines look as they would in a live case. Labelled practice
 * on every screen and paper.
 */
export function PracticeCase() {
  const busy = usePractice((s) => s.busy);
  const message = usePractice((s) => s.message);
  const start = usePractice((s) => s.start);

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
