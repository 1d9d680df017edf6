import { useEffect, useState } from 'react';
import { invoke } from '../api/client';
import type { UpcomingDeadline } from '../../src-main/core/api/contract';
import { daysLeftWords, longDate } from '../format';
import { useNavigation } from '../store/navigation';
import { useOrderSelection } from '../store/orderStore';

/** Stays on every screen while a deadline is 3 days away or less (or passed) and not marked done. */
export function DeadlineBanner() {
  const screen = useNavigation((s) => s.screen);
  const go = useNavigation((s) => s.go);
  const show = useOrderSelection((s) => s.show);
  const [near, setNear] = useState<UpcomingDeadline[]>([]);

  useEffect(() => {
    void invoke('deadlines.upcoming', {}).then((r) => {
      if (r.ok) setNear(r.value.items.filter((i) => i.status !== 'done' && !i.met && i.daysLeft !== null && i.daysLeft <= 3));
    });
  }, [screen]);

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
