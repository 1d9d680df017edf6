import { LeaveComputer } from '../components/LeaveComputer';
import { useLoadedOnce } from '../components/loadedOnce';
import { useWelcome } from '../store/welcomeStore';
import { StartFromOrder } from './orders/StartFromOrder';
import { PracticeCase } from './PracticeCase';
import { NewCaseForm } from './welcome/NewCaseForm';
import { OpenCaseForm } from './welcome/OpenCaseForm';

/** First screen: make a new case file, open one, or pick a recent one. */
export function Welcome() {
  const load = useWelcome((s) => s.load);
  // The folder list and recent files come late, above the practice case: what is below them waits for them.
  const ready = useLoadedOnce(load, 'start screen');

  return (
    <main id="main" className="welcome" tabIndex={-1}>
      <h1>Pro Se Case File</h1>
      <p className="lead">Keep your court case in one file: what the court ordered, every call and letter, and the papers you must file.</p>
      <p className="quiet">Your case file stays on this computer or your USB drive. Nothing is sent anywhere.</p>

      <StartFromOrder />
      <NewCaseForm />
      <OpenCaseForm />
      {!ready && (
        <p className="loading" role="status">
          Looking for your case files…
        </p>
      )}
      {ready && (
        <>
          <RecentFiles />
          <PracticeCase />

          {/* Where a person at a library looks before walking away: the start screen. */}
          <details className="card leave">
            <summary>Leaving a library or shared computer?</summary>
            <LeaveComputer />
          </details>
        </>
      )}
    </main>
  );
}

function RecentFiles() {
  const recent = useWelcome((s) => s.recent);
  const open = useWelcome((s) => s.open);
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading" className="card">
      <h2 id="recent-heading">Recently used on this computer</h2>
      <ul className="recent">
        {recent.map((r) => (
          <li key={r.path}>
            <button type="button" className="link-button" onClick={() => void open(r.path)}>
              {r.name}
            </button>{' '}
            <span className="path">{r.path}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
