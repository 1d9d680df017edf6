import { useState } from 'react';
import type { ComputerFootprint } from '../../src-main/core/api/contract';
import { useComputer } from '../store/computerStore';
import { useLoadedOnce } from './loadedOnce';

/**
 * "Leave this computer" (for a library or shared computer): close the case after its last
 * backup, clear the recent list and any temporary files the app left here, and, only when the
 * box is ticked, the backups kept on this computer and the papers saved while the app was open.
 * The case leaves the screen and memory at once; LeaveDone says what was removed, in words.
 */
export function LeaveComputer() {
  const footprint = useComputer((s) => s.footprint);
  const busy = useComputer((s) => s.busy);
  const message = useComputer((s) => s.message);
  const loadFootprint = useComputer((s) => s.loadFootprint);
  const leave = useComputer((s) => s.leave);
  const [removeBackups, setRemoveBackups] = useState(false);
  const [removePapers, setRemovePapers] = useState(false);

  // What the app keeps here decides the choices above the button: they show together, and say only what was found.
  const ready = useLoadedOnce(loadFootprint, 'this computer');

  const backupsHere = footprint?.backupsHere.files ?? 0;
  const papers = footprint?.savedPapers;

  return (
    <section className="card" aria-labelledby="leave-title">
      <h2 id="leave-title">Leave this computer</h2>
      <p>
        Using a library or shared computer? This closes your case, saves a last backup of it, and removes what the app kept about your cases on this computer: the list of recent
        files and any unfinished temporary files. Your case file and the backups next to it are not touched.
      </p>
      {!ready && (
        <p className="loading" role="status">
          Looking at what the app keeps on this computer…
        </p>
      )}
      {ready && (
        <>
          <div className="check">
            <input type="checkbox" id="leave-remove-backups" checked={removeBackups} onChange={(e) => setRemoveBackups(e.target.checked)} aria-describedby="leave-remove-backups-hint" />
            <label htmlFor="leave-remove-backups">Also remove backups kept on this computer</label>
            <p className="hint" id="leave-remove-backups-hint">
              {footprint === null
                ? 'The app could not look at what it keeps on this computer. If you tick this, it removes any backups it finds in its folder here. Removed backups cannot be brought back; make sure your case file is on your drive first.'
                : backupsHere === 0
                ? 'There are none now: your backups are kept next to your case file.'
                : `There ${backupsHere === 1 ? 'is 1 backup' : `are ${backupsHere} backups`} in the app's folder on this computer. Removed backups cannot be brought back; make sure your case file is on your drive first.`}
            </p>
          </div>
          {papers && <SavedPapersChoice papers={papers} checked={removePapers} onChange={setRemovePapers} />}
          {message && (
            <p className="alert" role="alert">
              {message}
            </p>
          )}
          <button type="button" className="primary" onClick={() => void leave({ removeBackupsHere: removeBackups, removeSavedPapers: removePapers })} disabled={busy} aria-busy={busy}>
            {busy ? 'Leaving…' : 'Leave this computer'}
          </button>
        </>
      )}
    </section>
  );
}

/** The papers saved while the app was open: where they are, and a box to delete them. */
function SavedPapersChoice({ papers, checked, onChange }: { papers: ComputerFootprint['savedPapers']; checked: boolean; onChange: (v: boolean) => void }) {
  if (papers.found.length === 0 && papers.notFound.length === 0) return null;
  return (
    <div className="saved-papers">
      <p>Papers you saved while the app was open:</p>
      <ul>
        {papers.found.map((f) => (
          <li key={f.path}>
            <span className="path">{f.path}</span>
          </li>
        ))}
        {papers.notFound.map((n) => (
          <li key={n}>
            {n}: not in <span className="path">{papers.folder}</span>. Your browser may have saved it somewhere else.
          </li>
        ))}
      </ul>
      {papers.found.length > 0 && (
        <div className="check">
          <input type="checkbox" id="leave-remove-papers" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby="leave-remove-papers-hint" />
          <label htmlFor="leave-remove-papers">Also delete {papers.found.length === 1 ? 'this paper' : `these ${papers.found.length} papers`} from this computer</label>
          <p className="hint" id="leave-remove-papers-hint">
            Only files exactly as the app made them are deleted. Keep a copy on your drive first if you need it.
          </p>
        </div>
      )}
    </div>
  );
}
