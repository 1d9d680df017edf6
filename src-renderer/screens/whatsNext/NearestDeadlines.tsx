import type { UpcomingDeadline } from '../../../src-main/core/api/contract';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { daysLeftWords, longDate, urgency, whoWords } from '../../format';

interface Props {
  open: UpcomingDeadline[];
  side: string;
  goTo: (orderId: number, requirementId: string) => void;
}

/** The first six deadlines not done yet: who must act, by when, and how many days are left. */
export function NearestDeadlines({ open, side, goTo }: Props) {
  return (
    <section aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Nearest deadlines</h2>
      {open.length === 0 ? (
        <p className="quiet">No deadlines yet. They appear here when you add an order.</p>
      ) : (
        <ul className="deadline-list">
          {open.slice(0, 6).map((i) => {
            const level = urgency(i.daysLeft, false);
            return (
              <li key={`${i.orderId}-${i.requirementId}`} className={level}>
                <p className="req-who">{whoWords(i.actor, side)}</p>
                <p>
                  <strong>{i.summary}</strong>
                </p>
                <p>
                  {i.dueDate ? (
                    <>
                      By {longDate(i.dueDate)} — <span className={`badge badge--${level}`}>{daysLeftWords(i.daysLeft)}</span>
                    </>
                  ) : (
                    i.pending
                  )}
                </p>
                <button type="button" onClick={() => goTo(i.orderId, i.requirementId)}>
                  Open <span className="visually-hidden">{i.summary}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <NotLegalAdvice />
    </section>
  );
}
