import { useEffect } from 'react';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { usePapers, type Paper } from '../../store/paperStore';
import { PaperOptions } from './PaperOptions';
import { PaperView } from './PaperView';

const PAPERS: { paper: Paper; label: string; heading: string; intro: string }[] = [
  {
    paper: 'joint-statement',
    label: 'Joint statement',
    heading: 'Your part of the joint statement',
    intro: 'The app wrote this from your order, your requests and your contact log. Read each part. Change any part in your own words. Then save it, print it, sign it and send it.',
  },
  {
    paper: 'letter',
    label: "Letter to the other side's lawyer",
    heading: "A letter to the other side's lawyer",
    intro: 'This letter asks to meet and confer about the requests still at issue. Change any part you like. After you mail it, tell the app, and it goes in your contact log.',
  },
  {
    paper: 'contact-log',
    label: 'Contact log report',
    heading: 'Your contact log, ready to print',
    intro: 'Every call, meeting, letter and try, in date order, with a check that the log was not changed. You can give it to the court if it asks what happened.',
  },
];

const FORMATS = [
  { format: 'pdf', label: 'Save as PDF' },
  { format: 'docx', label: 'Save as Word (DOCX)' },
  { format: 'txt', label: 'Save as text' },
] as const;

/** Joint statement, letter and log report: preview, change in place, save as a file. */
export function StatementScreen() {
  const paper = usePapers((s) => s.paper);
  const preview = usePapers((s) => s.preview);
  const error = usePapers((s) => s.error);
  const status = usePapers((s) => s.status);
  const choose = usePapers((s) => s.choose);
  const savePart = usePapers((s) => s.savePart);
  const resetPart = usePapers((s) => s.resetPart);
  const info = PAPERS.find((p) => p.paper === paper)!;

  // Each visit starts at the joint statement, drafted fresh from the case file.
  useEffect(() => choose('joint-statement'), [choose]);

  return (
    <main id="main" tabIndex={-1} className="screen screen--wide papers">
      <div className="paper-tabs" role="group" aria-label="Which paper">
        {PAPERS.map((p) => (
          <button key={p.paper} type="button" aria-pressed={p.paper === paper} onClick={() => choose(p.paper)}>
            {p.label}
          </button>
        ))}
      </div>
      <h1>{info.heading}</h1>
      <p className="lead">{info.intro}</p>

      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}

      {/* The advice and options sit above the buttons: all come with the draft, so no button slides down under the pointer. */}
      {!preview && !error && <p className="loading">Writing the draft…</p>}
      {(preview || error) && (
        <>
          <PaperAdvice />
          {paper === 'joint-statement' && <PaperOptions />}
          <PaperActions />
        </>
      )}
      <p className="paper-status" role="status" aria-live="polite">
        {status}
      </p>

      {preview && <PaperView model={preview.model} parts={preview.parts} {...(paper !== 'contact-log' && { onSave: savePart, onReset: resetPart })} />}
      <NotLegalAdvice />
    </main>
  );
}

/** What to do with the paper, and what to check before sending it. */
function PaperAdvice() {
  const preview = usePapers((s) => s.preview);
  if (!preview) return null;
  return (
    <>
      {preview.nextStep && (
        <section className="card next-step" aria-labelledby="paper-next-step-heading">
          <h2 id="paper-next-step-heading">What to do with this paper</h2>
          <p>{preview.nextStep}</p>
        </section>
      )}
      {preview.warnings.length > 0 && (
        <section className="card paper-warnings" aria-labelledby="paper-warnings-heading">
          <h2 id="paper-warnings-heading">Check these before you send it</h2>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function PaperActions() {
  const paper = usePapers((s) => s.paper);
  const ready = usePapers((s) => s.preview !== null);
  const busy = usePapers((s) => s.busy);
  const saveAs = usePapers((s) => s.saveAs);
  const letterSent = usePapers((s) => s.letterSent);
  return (
    <div className="paper-actions">
      {FORMATS.map((f) => (
        <button key={f.format} type="button" className={f.format === 'pdf' ? 'primary' : undefined} disabled={!ready} aria-disabled={busy} onClick={() => void saveAs(f.format)}>
          {f.label}
        </button>
      ))}
      {paper === 'letter' && (
        <button type="button" disabled={!ready} aria-disabled={busy} onClick={() => void letterSent()}>
          I sent this letter (add it to my log)
        </button>
      )}
    </div>
  );
}
