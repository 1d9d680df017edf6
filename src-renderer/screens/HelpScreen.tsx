import { useEffect } from 'react';
import { useHelp } from '../store/helpStore';
import { LeaveComputer } from '../components/LeaveComputer';

/** "Where can I get help?": what the app is and is not, and where people find real help. */
export function HelpScreen() {
  const texts = useHelp((s) => s.texts);
  const loadTexts = useHelp((s) => s.loadTexts);
  useEffect(() => void loadTexts(), [loadTexts]);


  // The screen (and its heading) shows at once, so the keyboard has somewhere to go; the sections come together.
  if (!texts) {
    return (
      <main id="main" tabIndex={-1} className="screen">
        <h1>Where can I get help?</h1>
        <p className="loading" role="status">
          Opening help…
        </p>
      </main>
    );
  }
  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>Where can I get help?</h1>
      <section className="card" aria-labelledby="advice-heading">
        <h2 id="advice-heading">What this app is</h2>
        <p>{texts.notLegalAdvice}</p>
      </section>
      <section className="card" aria-labelledby="selfhelp-heading">
        <h2 id="selfhelp-heading">People who can help</h2>
        <ul>
          {texts.selfHelpSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="lastday-heading">
        <h2 id="lastday-heading">When does a deadline day end?</h2>
        <p>{texts.lastDayMeaning}</p>
      </section>
      <section className="card" aria-labelledby="mailbox-heading">
        <h2 id="mailbox-heading">If you are in prison: the mailbox rule</h2>
        <p>{texts.prisonMailboxRule}</p>
      </section>
      <section className="card" aria-labelledby="leave-heading">
        <h2 id="leave-heading" tabIndex={-1}>
          On a library or shared computer
        </h2>
        <LeaveComputer />
      </section>
      <section className="card" aria-labelledby="keys-heading">
        <h2 id="keys-heading">Using the keyboard</h2>
        <ul>
          <li>Press Tab to move to the next button or box, and Shift+Tab to go back.</li>
          <li>Press Enter or Space to press a button.</li>
          <li>Use the A− and A+ buttons at the top to make the words smaller or bigger.</li>
        </ul>
      </section>
    </main>
  );
}
