import { useEffect, useState } from 'react';
import type { Result } from '../../../src-main/core/api/contract';
import { invoke } from '../../api/client';
import { DateField } from '../../components/DateField';
import { longDate } from '../../format';

type Closure = { date: string; name: string };

// The API needs a reason; most people will not know one, and that must not stop them.
const NO_REASON = 'court closed';

/**
 * "Days the court was closed": FRCP 6(a)(3) (the clerk's office could not be reached) and
 * 6(a)(6)(B) (a day the President or Congress declared a holiday). Each day counts like a legal
 * holiday, forward and backward, so every date is counted again as soon as the list changes.
 */
export function CourtClosures({ onChanged }: { onChanged: () => void }) {
  const [closures, setClosures] = useState<Closure[]>([]);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void invoke('closures.list', {}).then((r) => r.ok && setClosures(r.value));
  }, []);

  async function save(call: Promise<Result<Closure[]>>) {
    const r = await call;
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setError(null);
    setClosures(r.value);
    onChanged();
    return true;
  }

  async function add() {
    if (!date) {
      setError('Please enter the date the court was closed.');
      return;
    }
    if (await save(invoke('closures.add', { date, name: reason.trim() || NO_REASON }))) {
      setDate('');
      setReason('');
    }
  }

  return (
    <details className="card closures">
      <summary>Days the court was closed{closures.length > 0 ? ` (${closures.length})` : ''}</summary>
      <p className="hint">
        If the court or the clerk's office was closed on a day, for bad weather or a day off the President gave, add it here. The app counts it like a holiday and moves the dates.
      </p>
      {closures.length > 0 && (
        <ul className="closure-list" aria-label="Days the court was closed">
          {closures.map((c) => (
            <li key={c.date}>
              {longDate(c.date)}
              {c.name && c.name !== NO_REASON ? ` — ${c.name}` : ''}{' '}
              <button type="button" className="link-button" onClick={() => void save(invoke('closures.remove', { date: c.date }))}>
                Remove {longDate(c.date)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <DateField id="closure-date" label="Date the court was closed" value={date} onCommit={setDate} />
        <div className="field">
          <label htmlFor="closure-reason">Why it was closed (you can leave this empty)</label>
          <input id="closure-reason" type="text" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </div>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Add this day</button>
      </form>
    </details>
  );
}
