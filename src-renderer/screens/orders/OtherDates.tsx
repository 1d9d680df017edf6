import type { OrderView } from '../../../src-main/core/api/contract';
import { longDate } from '../../format';

/** Every date in the order that is no one's deadline now, with the reason: nothing in the order is silently dropped. */
export function OtherDates({ dates }: { dates: OrderView['otherDates'] }) {
  if (dates.length === 0) return null;
  return (
    <section className="card other-dates" aria-labelledby="other-dates-heading">
      <h2 id="other-dates-heading">Other dates in this order</h2>
      <p className="quiet">These dates are in the order, but they are not deadlines for anyone now. Each one says why. Check them against the order’s words.</p>
      <ul>
        {dates.map((d) => (
          <li key={`${d.date}-${d.reason}-${d.quote.start}`}>
            <strong>
              {longDate(d.date)}
              {d.time ? ` at ${d.time}` : ''}
            </strong>
            : {d.why}
            <blockquote className="req-quote">“{d.quote.clean ?? d.quote.text.replace(/\s+/g, ' ').trim()}”</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
