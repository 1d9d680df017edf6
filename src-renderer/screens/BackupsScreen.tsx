import { useEffect, useState } from 'react';
import { invoke } from '../api/client';
import type { BackupListing } from '../../src-main/core/api/contract';
import { useCase } from '../store/caseStore';

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'long', timeStyle: 'short' });
const REASONS: Record<string, string> = { opened: 'When you opened the case', 'by hand': 'You made it', 'before restore': 'Made before a restore', rescued: 'Saved when the case file went missing or was written over', '': 'After your changes' };

/** "Are my copies safe?": the backups the app made, and a way back to any of them. */
export function BackupsScreen() {
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const setCurrent = useCase((s) => s.setCurrent);

  const load = () => void invoke('backups.list', {}).then((r) => (r.ok ? setListing(r.value) : setMessage(r.error.message)));
  useEffect(load, []);

  async function makeNow() {
    const r = await invoke('backups.makeNow', {});
    setMessage(r.ok ? `A backup was made: ${r.value.name}` : r.error.message);
    load();
  }

  async function restore(path: string) {
    const r = await invoke('backups.restore', { backupPath: path });
    setConfirming(null);
    if (!r.ok) return setMessage(r.error.message);
    setCurrent(r.value);
    setMessage('The backup is back in place. Your work from just before is kept as a backup too, so nothing was lost.');
    load();
  }

  async function setLocation(location: 'beside' | 'app-data') {
    const r = await invoke('backups.setLocation', { location });
    if (r.ok) setListing(r.value);
  }

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>Are my copies safe?</h1>
      <p className="lead">The app makes a copy of your case file when you open it and after you make changes. It keeps the last 10, and one a day for 30 days.</p>
      {message && (
        <p className="card" role="status">
          {message}
        </p>
      )}
      {listing?.lastError && (
        <p className="alert" role="alert">
          The last backup did not work: {listing.lastError}
        </p>
      )}
      <button type="button" className="primary" onClick={() => void makeNow()}>
        Make a backup now
      </button>
      {listing && (
        <>
          <fieldset>
            <legend>Where backups are kept</legend>
            <div className="check">
              <input type="radio" id="loc-beside" name="loc" checked={listing.location === 'beside'} onChange={() => void setLocation('beside')} />
              <label htmlFor="loc-beside">Next to the case file (good for a USB drive)</label>
            </div>
            <div className="check">
              <input type="radio" id="loc-app" name="loc" checked={listing.location === 'app-data'} onChange={() => void setLocation('app-data')} />
              <label htmlFor="loc-app">In the app's own folder on this computer</label>
            </div>
            <p className="quiet">
              Folder: <span className="path">{listing.folder}</span>
            </p>
          </fieldset>
          <h2>Backups, newest first</h2>
          {listing.backups.length === 0 ? (
            <p className="quiet">No backups yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="plain-table">
                <caption className="visually-hidden">Backups of this case file</caption>
                <thead>
                  <tr>
                    <th scope="col">Made</th>
                    <th scope="col">Why</th>
                    <th scope="col">Log entries</th>
                    <th scope="col">Check</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {listing.backups.map((b, i) => (
                    <tr key={b.path}>
                      <td>{when(b.madeAt)}</td>
                      <td>{REASONS[b.reason] ?? b.reason}</td>
                      <td>{b.entries ?? '?'}</td>
                      <td>{b.good ? 'Good' : 'Damaged'}</td>
                      <td>
                        {confirming === b.path ? (
                          <span>
                            Put this copy back? Your current file is saved as a backup first.{' '}
                            <button type="button" onClick={() => void restore(b.path)}>
                              Yes, put it back
                            </button>{' '}
                            <button
                              type="button"
                              autoFocus
                              onClick={() => {
                                setConfirming(null);
                                requestAnimationFrame(() => document.getElementById(`restore-${i}`)?.focus());
                              }}
                            >
                              No
                            </button>
                          </span>
                        ) : (
                          <button type="button" id={`restore-${i}`} disabled={!b.good} onClick={() => setConfirming(b.path)}>
                            Put this copy back <span className="visually-hidden">({when(b.madeAt)})</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </main>
  );
}
