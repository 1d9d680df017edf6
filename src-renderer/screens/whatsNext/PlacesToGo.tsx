import type { Screen } from '../../store/navigation';

const places: { screen: Screen; title: string; text: string }[] = [
  { screen: 'orders', title: 'Orders from the court', text: 'Each order, explained in plain words.' },
  { screen: 'log', title: 'Contact log', text: 'Every call, meeting and letter with the other side.' },
  { screen: 'statement', title: 'Joint statement', text: 'Your part of the joint statement, drafted from your log.' },
  { screen: 'checklist', title: 'Checklist', text: 'Everything the court asks, to print.' },
];

/** The main parts of the app, each with a line about what it is for. */
export function PlacesToGo({ go }: { go: (screen: Screen) => void }) {
  return (
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
  );
}
