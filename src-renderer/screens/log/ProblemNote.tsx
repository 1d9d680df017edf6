import { useState } from 'react';
import { useLog } from '../../store/logStore';
import { InputField } from './controls';

/** "I have looked into it": the person's note on a problem the check found. Kept in the file with the date. */
export function ProblemNote({ problemId }: { problemId: number }) {
  const acknowledgeProblem = useLog((s) => s.acknowledgeProblem);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="problem-note"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        const r = await acknowledgeProblem(problemId, reason);
        setBusy(false);
        if (!r.ok) setError(r.error.message);
      }}
    >
      <p>
        This stays on every check and log report until you say you have looked into it. What you write is kept with today's date, and the log report prints it.
      </p>
      <InputField label="What did you find when you looked into it?" multiline rows={2} value={reason} onChange={setReason} error={error} />
      <button type="submit" aria-disabled={busy}>
        I have looked into it
      </button>
    </form>
  );
}
