import { useEffect } from 'react';
import { NotLegalAdvice } from '../components/NotLegalAdvice';
import { daysLeftWords, longDate, urgency, whoWords } from '../format';
import { useCase } from '../store/caseStore';
import { useDeadlines } from '../store/deadlineStore';
import { useLog } from '../store/logStore';
import { useNavigation, type Screen } from '../store/navigation';
import { useOrderSelection } from '../store/orderStore';

/** Home screen: the nearest deadlines, who must act, days left, and the one thing to do now. */
export function WhatsNext() {
  const current = useCase((s) => s.current);
  const side = useCase((s) => s.draft?.side ?? '');
  const go = useNavigation((s) => s.go);
  const showOrder = useOrderSelection((s) => s.show);
  const upcoming = useDeadlines((s) => s.upcoming);
  const refresh = useDeadlines((s) => s.refresh);
  const goodFaith = useLog((s) => s.goodFaith?.message ?? null);
  const loadGoodFaith = useLog((s) => s.loadGoodFaith);

  useEffect(() => {
    void refresh();
    void loadGoodFaith();
  }, [refresh, loadGoodFaith]);

  if (!current) return null;
  const c = current.caption;
  const missingCaption = !c.caseNumber.trim() || !c.partyName.trim();
  const open = (upcoming?.items ?? []).filter((i) => i.status !== 'done' && !i.met);
  const mine = open.find((i) => i.dueDate && (i.actor === side || i.actor === 'all-parties' || i.actor === 'unknown'));

  const goTo = (orderId: number, requirementId: string) => {
    showOrder(orderId, requirementId);
    go('orders');
  };

  let nowStep: { text: string; button: string; action: () => void };
  if (!upcoming || upcoming.items.length === 0) {
    nowStep = { text: 'Add the court order you got. The app will explain each thing it asks, with its date.', button: 'Add a court order', action: () => (showOrder(null), go('orders')) };
  } else if (missingCaption) {
    nowStep = { text: 'Fill in your case number and your name, so your papers have the right heading.', button: 'Fill in your case details', action: () => go('caption') };
  } else if (mine) {
    nowStep = { text: `${mine.summary} By ${longDate(mine.dueDate!)}.`, button: 'See what the order says', action: () => goTo(mine.orderId, mine.requirementId) };
  } else {
    nowStep = { text: 'Keep a note of every call, letter and meeting with the other side.', button: 'Open the contact log', action: () => go('log') };
  }

  const places: { screen: Screen; title: string; text: string }[] = [
    { screen: 'orders', title: 'Orders from the court', text: 'Each order, explained in plain words.' },
    { screen: 'log', title: 'Contact log', text: 'Every call, meeting and letter with the other side.' },
    { screen: 'statement', title: 'Joint statement', text: 'Your part of the joint statement, drafted from your log.' },
    { screen: 'checklist', title: 'Checklist', text: 'Everything the court asks, to print.' },
  ];

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>What's next?</h1>
      {c.isDemo && !c.practice && <p className="demo-badge">Demo case — practice data, not a real case.</p>}
      <section className="card next-step" aria-labelledby="now-heading">
        <h2 id="now-heading">The one thing to do now</h2>
        <p>{nowStep.text}</p>
        <button type="button" className="primary" onClick={nowStep.action}>
          {nowStep.button}
        </button>
      </section>
      {upcoming?.missedContact && (
        <section className="card attention" aria-labelledby="missed-heading">
          <h2 id="missed-heading">The other side has not contacted you in time</h2>
          <p>
            {upcoming.missedContact.summary} The date was {longDate(upcoming.missedContact.dueDate)}. Your contact log has no call or meeting with them.
          </p>
          {upcoming.missedContact.orderSays.length > 0 && (
            <>
              <p>Here is what the order says happens next:</p>
              <ul>
                {upcoming.missedContact.orderSays.map((s) => (
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
      )}
      {goodFaith && (
        <section className="card attention" aria-labelledby="goodfaith-heading">
          <h2 id="goodfaith-heading">Is your log enough to show you met and conferred?</h2>
          <p>{goodFaith}</p>
          <button type="button" onClick={() => go('log')}>
            Open the contact log
          </button>
          <NotLegalAdvice />
        </section>
      )}
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
      <div className="places">
        {places.map((p) => (
          <section key={p.screen} className="card" aria-labelledby={`place-${p.screen}`}>
            <h2 id={`place-${p.screen}`}>{p.title}</h2>
            <p className="quiet">{p.text}</p>
            <button type="button" onClick={() => go(p.screen)}>
              Go to {p.title.toLowerCase()}
            </button>
          </section>
        ))}
      </div>
    </main>
  );
}
