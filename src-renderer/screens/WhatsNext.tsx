import { NotLegalAdvice } from '../components/NotLegalAdvice';
import { useCase } from '../store/caseStore';
import { useNavigation, type Screen } from '../store/navigation';

/** Home screen: the nearest deadlines and the one thing to do now. */
export function WhatsNext() {
  const current = useCase((s) => s.current);
  const go = useNavigation((s) => s.go);
  if (!current) return null;
  const c = current.caption;
  const missingCaption = !c.caseNumber.trim() || !c.partyName.trim();

  const places: { screen: Screen; title: string; empty: string }[] = [
    { screen: 'orders', title: 'Orders from the court', empty: 'No orders yet. Add the court order you got, and the app will list what it asks of you.' },
    { screen: 'log', title: 'Contact log', empty: 'No calls, meetings or letters logged yet.' },
    { screen: 'statement', title: 'Joint statement', empty: 'Your part of the joint statement will be drafted here from your log.' },
    { screen: 'checklist', title: 'Checklist', empty: 'A checklist to print will appear here once you add an order.' },
  ];

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>What's next?</h1>
      {c.isDemo && <p className="demo-badge">Demo case — practice data, not a real case.</p>}
      <section className="card next-step" aria-labelledby="now-heading">
        <h2 id="now-heading">The one thing to do now</h2>
        {missingCaption ? (
          <>
            <p>Fill in your case number and your name, so your papers have the right heading.</p>
            <button type="button" className="primary" onClick={() => go('caption')}>
              Fill in your case details
            </button>
          </>
        ) : (
          <>
            <p>Add the court order you got. The app will explain each thing it asks, with its date.</p>
            <button type="button" className="primary" onClick={() => go('orders')}>
              Add a court order
            </button>
          </>
        )}
      </section>
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Nearest deadlines</h2>
        <p className="quiet">No deadlines yet. They appear here when you add an order.</p>
        <NotLegalAdvice />
      </section>
      <div className="places">
        {places.map((p) => (
          <section key={p.screen} className="card" aria-labelledby={`place-${p.screen}`}>
            <h2 id={`place-${p.screen}`}>{p.title}</h2>
            <p className="quiet">{p.empty}</p>
            <button type="button" onClick={() => go(p.screen)}>
              Go to {p.title.toLowerCase()}
            </button>
          </section>
        ))}
      </div>
    </main>
  );
}
