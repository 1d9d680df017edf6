import type { MissedContact } from '../../../src-main/core/api/contract';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { longDate } from '../../format';

/** The other side had to contact the person by a date that passed, and the log shows no call or meeting. */
export function MissedContactNotice({ missed }: { missed: MissedContact }) {
  return (
    <section className="card attention" aria-labelledby="missed-heading">
      <h2 id="missed-heading">The other side has not contacted you in time</h2>
      <p>
        {missed.summary} The date was {longDate(missed.dueDate)}. Your contact log has no call or meeting with them.
      </p>
      {missed.orderSays.length > 0 && (
        <>
          <p>Here is what the order says happens next:</p>
          <ul>
            {missed.orderSays.map((s) => (
              <li key={s.quote || s.summary}>
                {s.summary}
                {s.quote && <blockquote className="req-quote">“{s.quote}”</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>If they did call or meet with you, add it to the contact log.</p>
      <NotLegalAdvice />
    </section>
  );
}
