import { useState } from 'react';
import type { BackupListing } from '../../../src-main/core/api/contract';
import { useBackups } from '../../store/backupStore';

type Backup = BackupListing['backups'][number];

export const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'long', timeStyle: 'short' });
const REASONS: Record<string, string> = { opened: 'When you opened the case', 'by hand': 'You made it', 'before restore': 'Made before a restore', rescued: 'Saved when the case file went missing or was written over', '': 'After your changes' };

/** The backups, newest first, each with a way to put it back (asked twice). */
export function BackupTable({ backups }: { backups: readonly Backup[] }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (backups.length === 0) return <p className="quiet">No backups yet.</p>;
  return (
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
          {backups.map((b, i) => (
            <tr key={b.path}>
              <td>{when(b.madeAt)}</td>
              <td>{REASONS[b.reason] ?? b.reason}</td>
              <td>{b.entries ?? '?'}</td>
              <td>{b.good ? 'Good' : 'Damaged'}</td>
              <td>
                <PutBack backup={b} buttonId={`restore-${i}`} confirming={confirming === b.path} setConfirming={(on) => setConfirming(on ? b.path : null)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PutBack({ backup: b, buttonId, confirming, setConfirming }: { backup: Backup; buttonId: string; confirming: boolean; setConfirming: (on: boolean) => void }) {
  const restore = useBackups((s) => s.restore);
  if (!confirming) {
    return (
      <button type="button" id={buttonId} disabled={!b.good} onClick={() => setConfirming(true)}>
        Put this copy back <span className="visually-hidden">({when(b.madeAt)})</span>
      </button>
    );
  }
  return (
    <span>
      Put this copy back? Your current file is saved as a backup first.{' '}
      <button
        type="button"
        onClick={() => void restore(b.path).then(() => setConfirming(false))}
      >
        Yes, put it back
      </button>{' '}
      <button
        type="button"
        autoFocus
        onClick={() => {
          setConfirming(false);
          requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
        }}
      >
        No
      </button>
    </span>
  );
}
