import { useEffect, useRef, useState } from 'react';
import { invoke } from '../api/client';
import type { ComputerFootprint, LeaveReport } from '../../src-main/core/api/contract';
import { useCase } from '../store/caseStore';
import { useDrafts } from '../store/draftStore';

/**
 * "Leave this computer" (for a library or shared computer): close the case after its last
 * backup, clear the recent list and any temporary files the app left here, and, only when the
 * box is ticked, the backups kept on this computer. Then say what was removed, in words, and go
 * back to the start screen.
 */
export function LeaveComputer({ onDone }: { onDone?: () => void }) {
  const flush = useCase((s) => s.flush);
  const [footprint, setFootprint] = useState<ComputerFootprint | null>(null);
  const [removeBackups, setRemoveBackups] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<LeaveReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void invoke('computer.footprint', {}).then((r) => r.ok && setFootprint(r.value));
  }, []);
  useEffect(() => {
    if (report) doneHeading.current?.focus();
  }, [report]);

  async function leave() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    await flush(); // anything still being typed is saved first
    const r = await invoke('computer.leave', { removeBackupsHere: removeBackups });
    setBusy(false);
    if (!r.ok) return setMessage(r.error.message);
    useDrafts.getState().forgetAll();
    setReport(r.value);
  }

  const backupsHere = footprint?.backupsHere.files ?? 0;

  if (report) {
    return (
      <section className="card" aria-labelledby="leave-done">
        <h2 id="leave-done" ref={doneHeading} tabIndex={-1}>
          You can leave this computer now
        </h2>
        {report.closed && <p>{report.closed}</p>}
        <h3>What the app removed from this computer</h3>
        <ul>
          {report.removed.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>What stays</h3>
        <ul>
          {report.kept.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>Take your USB drive with you. To finish, close the app.</p>
        <button type="button" className="primary" onClick={() => (onDone ? onDone() : window.location.reload())}>
          Back to the start screen
        </button>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="leave-title">
      <h2 id="leave-title">Leave this computer</h2>
      <p>
        Using a library or shared computer? This closes your case, saves a last backup of it, and removes what the app kept about your cases on this computer: the list of recent
        files and any unfinished temporary files. Your case file and the backups next to it are not touched.
      </p>
      <div className="check">
        <input type="checkbox" id="leave-remove-backups" checked={removeBackups} onChange={(e) => setRemoveBackups(e.target.checked)} aria-describedby="leave-remove-backups-hint" />
        <label htmlFor="leave-remove-backups">Also remove backups kept on this computer</label>
        <p className="hint" id="leave-remove-backups-hint">
          {backupsHere === 0
            ? 'There are none now: your backups are kept next to your case file.'
            : `There ${backupsHere === 1 ? 'is 1 backup' : `are ${backupsHere} backups`} in the app's folder on this computer. Removed backups cannot be brought back; make sure your case file is on your drive first.`}
        </p>
      </div>
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
      <button type="button" className="primary" onClick={() => void leave()} disabled={busy} aria-busy={busy}>
        {busy ? 'Leaving…' : 'Leave this computer'}
      </button>
    </section>
  );
}
