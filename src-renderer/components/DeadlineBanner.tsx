import { daysLeftWords, longDate } from '../format';
import { useDeadlines } from '../store/deadlineStore';
import { useNavigation } from '../store/navigation';
import { useOrderSelection } from '../store/orderStore';

/** Stays on every screen while a deadline is 3 days away or less (or passed) and not marked done. */
export function DeadlineBanner() {
  const go = useNavigation((s) => s.go);
  const show = useOrderSelection((s) => s.show);
  const upcoming = useDeadlines((s) => s.upcoming);
  // Read again before each screen change shows (navigation.ts); edits on the order screen refresh the store themselves, at once.

  const near = (upcoming?.items ?? []).filter((i) => i.status !== 'done' && !i.met && i.daysLeft !== null && i.daysLeft <= 3);

  if (near.length === 0) return null;
  const late = near.some((i) => (i.daysLeft ?? 0) < 0);
  return (
    <div className={late ? 'banner banner--late' : 'banner'} role="status">
      <strong>{late ? 'A deadline has passed.' : 'A deadline is close.'}</strong>
      <ul>
        {near.map((i) => (
          <li key={`${i.orderId}-${i.requirementId}`}>
            {i.summary} — {longDate(i.dueDate!)} ({daysLeftWords(i.daysLeft)}).{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                show(i.orderId, i.requirementId);
                go('orders');
              }}
            >
              Open it
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
