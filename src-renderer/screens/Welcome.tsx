import { useEffect, useRef, useState } from 'react';
import { invoke } from '../api/client';
import type { BackupInfo, FolderListing, RecentFile } from '../../src-main/core/api/contract';
import { LeaveComputer } from '../components/LeaveComputer';
import { mayFill } from '../components/suggestion';
import { StartFromOrder } from './orders/StartFromOrder';
import { PracticeCase } from './PracticeCase';
import { useCase } from '../store/caseStore';
import { useNavigation } from '../store/navigation';

/** First screen: make a new case file, open one, or pick a recent one. */
export function Welcome() {
  const setCurrent = useCase((s) => s.setCurrent);
  const go = useNavigation((s) => s.go);
  const [newPath, setNewPath] = useState('');
  const typedPath = useRef(false);
  const [openPath, setOpenPath] = useState('');
  const [remember, setRemember] = useState(false);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [listing, setListing] = useState<FolderListing | null>(null);
  // Each error shows next to the button that caused it, where the person is looking.
  const [createMessage, setCreateMessage] = useState<string | null>(null);
  const [openMessage, setOpenMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [damaged, setDamaged] = useState<{ path: string; backup: BackupInfo | null } | null>(null);

  useEffect(() => {
    void invoke('files.suggestPath', {}).then((r) => r.ok && mayFill('new-path', typedPath.current) && setNewPath((typed) => typed || r.value.path));
    void invoke('recent.list', {}).then((r) => r.ok && setRecent(r.value));
    void browse(undefined);
  }, []);

  async function browse(folder: string | undefined) {
    const r = await invoke('files.list', folder ? { folder } : {});
    if (r.ok) setListing(r.value);
  }

  // Going into a folder takes away the button that had the keyboard: put it on the new folder's first button.
  const movedFolder = useRef(false);
  useEffect(() => {
    if (!movedFolder.current) return;
    movedFolder.current = false;
    document.querySelector<HTMLButtonElement>('.browser button')?.focus();
  }, [listing]);
  const goToFolder = (folder: string) => {
    movedFolder.current = true;
    void browse(folder);
  };

  async function create() {
    if (busy) return;
    setBusy(true);
    setCreateMessage(null);
    const r = await invoke('case.create', { path: newPath, remember });
    setBusy(false);
    if (!r.ok) return setCreateMessage(r.error.message);
    setCurrent(r.value);
    go('caption');
  }

  async function open(path: string) {
    if (busy) return;
    setBusy(true);
    setOpenMessage(null);
    const r = await invoke('case.open', { path, remember });
    setBusy(false);
    setDamaged(null);
    if (!r.ok) {
      setOpenMessage(r.error.message);
      if (r.error.code === 'damaged-file') {
        const list = await invoke('backups.list', { casePath: path });
        setDamaged({ path, backup: list.ok ? (list.value.backups.find((b) => b.good) ?? null) : null });
      }
      return;
    }
    setCurrent(r.value);
    go('next');
  }

  async function restoreDamaged(casePath: string, backupPath: string) {
    const r = await invoke('backups.restoreDamaged', { casePath, backupPath });
    if (!r.ok) return setOpenMessage(r.error.message);
    setDamaged(null);
    setOpenMessage(null);
    setCurrent(r.value);
    go('next');
  }

  return (
    <main id="main" className="welcome" tabIndex={-1}>
      <h1>Pro Se Case File</h1>
      <p className="lead">Keep your court case in one file: what the court ordered, every call and letter, and the papers you must file.</p>
      <p className="quiet">Your case file stays on this computer or your USB drive. Nothing is sent anywhere.</p>

      <StartFromOrder />

      <section aria-labelledby="new-heading" className="card">
        <h2 id="new-heading">Start a new case file</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <div className="field">
            <label htmlFor="new-path">Where to save it</label>
            <p className="hint" id="new-path-hint">
              The full name of the file. To keep it on a USB drive, type the drive's folder here.
            </p>
            <input
              id="new-path"
              aria-describedby="new-path-hint"
              value={newPath}
              onChange={(e) => {
                typedPath.current = true;
                setNewPath(e.target.value);
              }}
            />
          </div>
          <RememberBox checked={remember} onChange={setRemember} id="remember-new" />
          <button type="submit" className="primary" aria-disabled={busy}>
            Create case file
          </button>
          {createMessage && (
            <p className="alert" role="alert">
              {createMessage}
            </p>
          )}
        </form>
      </section>

      <section aria-labelledby="open-heading" className="card">
        <h2 id="open-heading">Open a case file you already have</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void open(openPath);
          }}
        >
          <div className="field">
            <label htmlFor="open-path">Case file to open</label>
            <input id="open-path" value={openPath} onChange={(e) => setOpenPath(e.target.value)} placeholder="Pick one below or type its name" />
          </div>
          <RememberBox checked={remember} onChange={setRemember} id="remember-open" />
          <button type="submit" className="primary" disabled={!openPath.trim()} aria-disabled={busy}>
            Open case file
          </button>
          {openMessage && (
            <p className="alert" role="alert">
              {openMessage}
            </p>
          )}
        </form>
        {damaged && (
          <section className="card damaged" aria-labelledby="damaged-heading">
            <h3 id="damaged-heading">Use a backup instead?</h3>
            {damaged.backup ? (
              <>
                <p>
                  The newest good backup was made {new Date(damaged.backup.madeAt).toLocaleString()} and has {damaged.backup.entries ?? 0} log entries. The damaged file will be kept, unchanged, next to it, for someone who can help.
                </p>
                <button type="button" className="primary" onClick={() => void restoreDamaged(damaged.path, damaged.backup!.path)}>
                  Open the newest good backup
                </button>
              </>
            ) : (
              <p>No backup of this file was found. Keep the file as it is and ask someone who knows computers to look at it.</p>
            )}
          </section>
        )}
        {listing && (
          <nav aria-label="Files in this folder" className="browser">
            <p className="quiet">
              In <span className="path">{listing.folder}</span>
            </p>
            <ul>
              {listing.parent && (
                <li>
                  <button type="button" className="link-button" onClick={() => goToFolder(listing.parent!)}>
                    ↑ Up one folder
                  </button>
                </li>
              )}
              {listing.entries.map((e) => (
                <li key={e.path}>
                  <button type="button" className="link-button" onClick={() => (e.kind === 'folder' ? goToFolder(e.path) : setOpenPath(e.path))}>
                    {e.kind === 'folder' ? `📁 ${e.name}` : `📄 ${e.name}`}
                  </button>
                </li>
              ))}
              {listing.entries.length === 0 && <li className="quiet">No case files or folders here.</li>}
            </ul>
          </nav>
        )}
      </section>

      {recent.length > 0 && (
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
      )}

      <PracticeCase />

      {/* Where a person at a library looks before walking away: the start screen. */}
      <details className="card leave">
        <summary>Leaving a library or shared computer?</summary>
        <LeaveComputer />
      </details>
    </main>
  );
}

function RememberBox({ checked, onChange, id }: { checked: boolean; onChange: (v: boolean) => void; id: string }) {
  return (
    <div className="check">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>Remember this file on this computer</label>
      <p className="hint" id={`${id}-hint`}>
        Leave this unticked on a library or shared computer.
      </p>
    </div>
  );
}
