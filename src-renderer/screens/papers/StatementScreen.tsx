import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { useCase } from '../../store/caseStore';
import { localNow } from '../../format';
import { downloadFile } from './download';
import type { PaperPreview } from './paperTypes';
import { PaperView } from './PaperView';

type Paper = 'joint-statement' | 'letter' | 'contact-log';

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
  const [paper, setPaper] = useState<Paper>('joint-statement');
  const [preview, setPreview] = useState<PaperPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const flush = useCase((s) => s.flush);
  const inPrison = useCase((s) => s.draft?.inPrison ?? false);
  const info = PAPERS.find((p) => p.paper === paper)!;

  const load = useCallback(async () => {
    await flush();
    const r = await invoke('papers.preview', { paper });
    if (r.ok) {
      setPreview(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [paper, flush]);

  useEffect(() => {
    setPreview(null);
    setStatus('');
    void load();
  }, [load]);

  async function save(partId: string, text: string): Promise<boolean> {
    if (paper === 'contact-log') return false;
    const r = await invoke('papers.edit', { paper, partId, text });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setPreview(r.value);
    setError(null);
    setStatus('Saved your words. They are kept in your case file.');
    return true;
  }

  async function reset(partId: string): Promise<boolean> {
    if (paper === 'contact-log') return false;
    const r = await invoke('papers.resetPart', { paper, partId });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    setPreview(r.value);
    setError(null);
    setStatus("Back to the app's words for that part.");
    return true;
  }

  async function saveAs(format: 'pdf' | 'docx' | 'txt') {
    if (busy) return;
    setBusy(true);
    setStatus('Making the file…');
    const r = await invoke('papers.export', { paper, format });
    setBusy(false);
    if (!r.ok) {
      setStatus('');
      setError(r.error.message);
      return;
    }
    downloadFile(r.value);
    setError(null);
    // What only this file has to say (a PDF that cannot draw a character says which and where).
    const more = r.value.warnings.filter((w) => !preview?.warnings.includes(w));
    setStatus([`Saved ${r.value.fileName}. Look for it in your Downloads folder.`, ...more].join(' '));
  }

  async function setSettings(patch: { pleadingPaper?: boolean; serviceDate?: string }) {
    // Show the choice at once; the paper is drafted again just after.
    setPreview((p) => p && { ...p, settings: { ...p.settings, ...patch }, model: { ...p.model, ...(patch.pleadingPaper !== undefined && { pleadingPaper: patch.pleadingPaper }) } });
    const r = await invoke('papers.setSettings', patch);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    await load();
    setStatus('Saved.');
  }

  async function letterSent() {
    if (busy) return;
    setBusy(true);
    const r = await invoke('papers.logLetterSent', { at: localNow() });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setStatus(`Added to your contact log as entry ${r.value.id}: a letter sent today. You can change the date there.`);
    await load();
  }

  return (
    <main id="main" tabIndex={-1} className="screen screen--wide papers">
      <div className="paper-tabs" role="group" aria-label="Which paper">
        {PAPERS.map((p) => (
          <button key={p.paper} type="button" aria-pressed={p.paper === paper} onClick={() => setPaper(p.paper)}>
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

      {preview && preview.nextStep && (
        <section className="card next-step" aria-labelledby="paper-next-step-heading">
          <h2 id="paper-next-step-heading">What to do with this paper</h2>
          <p>{preview.nextStep}</p>
        </section>
      )}

      {preview && preview.warnings.length > 0 && (
        <section className="card paper-warnings" aria-labelledby="paper-warnings-heading">
          <h2 id="paper-warnings-heading">Check these before you send it</h2>
          <ul>
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      )}

      {paper === 'joint-statement' && preview && (
        <fieldset className="paper-options">
          <legend>How the paper looks</legend>
          <div className="check">
            <input id="pleading-paper" type="checkbox" checked={preview.settings.pleadingPaper} onChange={(e) => void setSettings({ pleadingPaper: e.target.checked })} />
            <label htmlFor="pleading-paper">Use pleading paper (28 numbered lines down the left side)</label>
            <p className="hint">Some courts in California ask for it. The preview below does not show the numbers; the saved PDF and Word files do.</p>
          </div>
          <div className="field">
            <label htmlFor="service-date">The day you will mail it or hand it to staff</label>
            <p className="hint" id="service-date-hint">
              This date goes in the {inPrison ? 'declaration' : 'certificate'} of service. Leave it empty to write it in by hand.
            </p>
            <input
              id="service-date"
              type="date"
              aria-describedby="service-date-hint"
              defaultValue={preview.settings.serviceDate}
              key={preview.settings.serviceDate}
              onBlur={(e) => {
                if (e.target.value !== preview.settings.serviceDate) void setSettings({ serviceDate: e.target.value });
              }}
            />
          </div>
        </fieldset>
      )}

      <div className="paper-actions">
        {FORMATS.map((f) => (
          <button key={f.format} type="button" className={f.format === 'pdf' ? 'primary' : undefined} disabled={!preview} aria-disabled={busy} onClick={() => void saveAs(f.format)}>
            {f.label}
          </button>
        ))}
        {paper === 'letter' && (
          <button type="button" disabled={!preview} aria-disabled={busy} onClick={() => void letterSent()}>
            I sent this letter (add it to my log)
          </button>
        )}
      </div>
      <p className="paper-status" role="status" aria-live="polite">
        {status}
      </p>

      {!preview && !error && <p className="loading">Writing the draft…</p>}
      {preview && <PaperView model={preview.model} parts={preview.parts} {...(paper !== 'contact-log' && { onSave: save, onReset: reset })} />}
      <NotLegalAdvice />
    </main>
  );
}
