import { useState } from 'react';
import { useOrderDetail } from '../../store/orderDetailStore';

/**
 * "Remove this paper": for a letter or other paper added by mistake. It leaves the case's lists
 * and deadlines but stays in the file with the reason, as a removed log entry does.
 */
export function RemoveOrder() {
  const removeOrder = useOrderDetail((s) => s.remove);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (busy) return;
    setBusy(true);
    const problem = await removeOrder(reason);
    setBusy(false);
    if (problem) setError(problem);
  }

  return (
    <details className="card remove-order">
      <summary>Remove this paper (added by mistake)</summary>
      <p>It leaves your list of orders and its dates leave your deadlines. The case file keeps it, marked as removed, with your reason.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void remove();
        }}
      >
        <div className="field">
          <label htmlFor="remove-order-reason">Why are you removing it?</label>
          <input id="remove-order-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={error ? 'remove-order-error' : undefined} />
        </div>
        {error && (
          <p className="alert" role="alert" id="remove-order-error">
            {error}
          </p>
        )}
        <button type="submit" aria-disabled={busy}>
          Remove this paper
        </button>
      </form>
    </details>
  );
}
