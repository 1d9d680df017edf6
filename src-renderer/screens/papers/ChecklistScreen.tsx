import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { longDate } from '../../format';
import { downloadFile } from './download';
import { usePageHeader } from '../../components/pageHeader';
import type { ChecklistView } from './paperTypes';

/** Everything every order asks, with a box to tick: for the wall, a folder, or a phone's calendar. */
export function ChecklistScreen() {
  const [view, setView] = useState<ChecklistView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await invoke('papers.checklist', {});
    if (r.ok) setView(r.value);
    else setError(r.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  usePageHeader(view?.caseLine ?? '');

  async function tick(orderId: number, requirementId: string, done: boolean) {
    // Show the tick at once; the saved state comes back from the case file just after.
    setView((v) => v && { ...v, groups: v.groups.map((g) => (g.orderId !== orderId ? g : { ...g, entries: g.entries.map((e) => (e.requirementId === requirementId ? { ...e, done } : e)) })) });
    const r = await invoke('orders.setRequirement', { orderId, requirementId, status: done ? 'done' : 'confirmed' });
    if (!r.ok) {
      setError(r.error.message);
      return load();
    }
    setError(null);
    setStatus(done ? 'Marked done.' : 'Marked not done.');
    await load();
  }

  async function savePdf() {
    if (busy) return;
    setBusy(true);
    const r = await invoke('papers.export', { paper: 'checklist', format: 'pdf' });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    downloadFile(r.value);
    setStatus([`Saved ${r.value.fileName}. Look for it in your Downloads folder.`, ...r.value.warnings].join(' '));
  }

  async function saveCalendar() {
    if (busy) return;
    setBusy(true);
    const r = await invoke('papers.exportCalendar', {});
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    if (r.value.events === 0) return setStatus('No requirement has a date yet, so there is nothing to add to a calendar.');
    downloadFile(r.value);
    setStatus(`Saved ${r.value.fileName} with ${r.value.events} dates. Open it on your phone or computer to add them to your calendar. Each has a reminder 3 days before.`);
  }

  return (
    <main id="main" tabIndex={-1} className="screen checklist-screen">
      {view && (
        <p className="print-case-line" data-testid="checklist-case">
          {view.caseLine}
        </p>
      )}
      <h1>Checklist: what the court asks, and by when</h1>
      <p className="lead">Tick a box when it is done. The app remembers it. Print this page for your wall or your folder.</p>
      <div className="paper-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" aria-disabled={busy} onClick={() => void savePdf()}>
          Save as PDF
        </button>
        <button type="button" aria-disabled={busy} onClick={() => void saveCalendar()}>
          Add to my calendar (.ics)
        </button>
      </div>
      <p className="paper-status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <NotLegalAdvice />
      {!view && !error && <p className="loading">Gathering what the orders ask…</p>}
      {view && view.groups.length === 0 && <p className="card">No court orders are in this case file yet. Add one on the Orders screen, and its list will show here.</p>}
      {view?.groups.map((g) => (
        <section key={g.orderId} className="checklist-group" aria-labelledby={`cl-${g.orderId}`}>
          <h2 id={`cl-${g.orderId}`}>
            {g.title}
            {g.signedDate && <span className="quiet"> (signed {longDate(g.signedDate)})</span>}
          </h2>
          <ul className="checklist">
            {g.entries.map((e) => {
              const id = `cl-${g.orderId}-${e.requirementId}`;
              return (
                <li key={e.requirementId} className={e.done ? 'checklist-item checklist-item--done' : 'checklist-item'}>
                  <input id={id} type="checkbox" checked={e.done} aria-describedby={`${id}-more`} onChange={(ev) => void tick(g.orderId, e.requirementId, ev.target.checked)} />
                  <div>
                    <label htmlFor={id}>{e.summary}</label>
                    <p className="checklist-meta" id={`${id}-more`}>
                      {e.dueText && (
                        <>
                          <strong>{e.dueDate ? `Due: ${e.dueText}` : e.dueText}</strong>
                          {' · '}
                        </>
                      )}
                      Who: {e.who}
                    </p>
                    {e.explanation && <p className="checklist-explain">{e.explanation}</p>}
                    {e.items.length > 0 && (
                      <ul className="checklist-subitems">
                        {e.items.map((it) => (
                          <li key={it}>{it}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {g.conflicts.map((m) => (
            <p key={m} className="card conflicts">
              Two dates for one thing: {m}
            </p>
          ))}
        </section>
      ))}
      {view && view.notices.slice(1).map((n) => <p key={n} className="card">{n}</p>)}
    </main>
  );
}
