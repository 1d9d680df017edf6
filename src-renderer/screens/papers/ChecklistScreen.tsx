import { useEffect } from 'react';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { usePageHeader } from '../../components/pageHeader';
import { useChecklist } from '../../store/checklistStore';
import { ChecklistGroupList } from './ChecklistGroupList';

/** Everything every order asks, with a box to tick: for the wall, a folder, or a phone's calendar. */
export function ChecklistScreen() {
  const view = useChecklist((s) => s.view);
  const error = useChecklist((s) => s.error);
  const status = useChecklist((s) => s.status);
  const open = useChecklist((s) => s.open);

  useEffect(() => open(), [open]);
  usePageHeader(view?.caseLine ?? '');

  return (
    <main id="main" tabIndex={-1} className="screen checklist-screen">
      {view && (
        <p className="print-case-line" data-testid="checklist-case">
          {view.caseLine}
        </p>
      )}
      <h1>Checklist: what the court asks, and by when</h1>
      <p className="lead">Tick a box when it is done. The app remembers it. Print this page for your wall or your folder.</p>
      {/* The case line sits above the buttons: both come with the list, so "Print" never slides down under the pointer. */}
      {!view && !error && <p className="loading">Gathering what the orders ask…</p>}
      {(view || error) && <ChecklistActions />}
      <p className="paper-status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <NotLegalAdvice />
      {view && view.groups.length === 0 && <p className="card">No court orders are in this case file yet. Add one on the Orders screen, and its list will show here.</p>}
      {view?.groups.map((g) => <ChecklistGroupList key={g.orderId} group={g} />)}
      {view && view.notices.slice(1).map((n) => <p key={n} className="card">{n}</p>)}
    </main>
  );
}

function ChecklistActions() {
  const busy = useChecklist((s) => s.busy);
  const savePdf = useChecklist((s) => s.savePdf);
  const saveCalendar = useChecklist((s) => s.saveCalendar);
  return (
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
  );
}
