import { useEffect, useState } from 'react';
import { DateField } from '../../components/DateField';
import { longDate } from '../../format';
import { NO_REASON, useClosures } from '../../store/closureStore';

/**
 * "Days the court was closed": FRCP 6(a)(3) (the clerk's office could not be reached) and
 * 6(a)(6)(B) (a day the President or Congress declared a holiday). Each day counts like a legal
 * holiday, forward and backward, so every date is counted again as soon as the list changes.
 */
export function CourtClosures({ onChanged }: { onChanged: () => void }) {
  const closures = useClosures((s) => s.closures);
  const error = useClosures((s) => s.error);
  const load = useClosures((s) => s.load);
  const addClosure = useClosures((s) => s.add);
  const removeClosure = useClosures((s) => s.remove);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');

  useEffect(() => void load(), [load]);

  async function add() {
    if (!(await addClosure(date, reason))) return;
    setDate('');
    setReason('');
    onChanged();
  }

  async function remove(day: string) {
    if (await removeClosure(day)) onChanged();
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
              <button type="button" className="link-button" onClick={() => void remove(c.date)}>
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
