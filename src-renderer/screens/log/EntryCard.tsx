import { useState } from 'react';
import type { LogEntryView } from '../../../src-main/core/api/contract';
import { useLog } from '../../store/logStore';
import { EntryButtons } from './EntryButtons';
import { EntryForm } from './EntryForm';
import { EntryHistory } from './EntryHistory';
import { EntryText } from './EntryText';
import { RemoveEntryForm } from './RemoveEntryForm';

export type OpenPanel = 'new' | `edit-${number}` | `void-${number}` | null;

/** One entry in the timeline, with Edit, Remove from log and History. */
export function EntryCard({ entry, panel, setPanel, onDone }: { entry: LogEntryView; panel: OpenPanel; setPanel: (p: OpenPanel) => void; onDone: (message: string) => void }) {
  const voidEntry = useLog((s) => s.voidEntry);
  const [showHistory, setShowHistory] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const editing = panel === `edit-${entry.id}`;
  const removing = panel === `void-${entry.id}`;
  const headingId = `entry-${entry.id}-heading`;
  const focusButton = (name: string) => requestAnimationFrame(() => document.getElementById(`entry-${entry.id}-${name}`)?.focus());

  async function remove() {
    const r = await voidEntry(entry.id, reason);
    if (!r.ok) return setError(r.error.message);
    setReason('');
    setError(null);
    setPanel(null);
    onDone(`Entry ${entry.id} is marked as removed. It stays in the log, crossed out, with your reason.`);
    focusButton('history');
  }

  return (
    <li className={entry.isVoid ? 'entry entry--void' : 'entry'} data-testid={`entry-${entry.id}`}>
      <article aria-labelledby={headingId}>
        <EntryText entry={entry} headingId={headingId} />
        <EntryButtons
          entry={entry}
          editing={editing}
          removing={removing}
          showHistory={showHistory}
          toggleEdit={() => setPanel(editing ? null : `edit-${entry.id}`)}
          toggleRemove={() => setPanel(removing ? null : `void-${entry.id}`)}
          toggleHistory={() => setShowHistory((v) => !v)}
        />

        {editing && (
          <EntryForm
            editing={entry}
            onDone={(message) => {
              setPanel(null);
              onDone(message);
              focusButton('edit');
            }}
          />
        )}

        {removing && (
          <RemoveEntryForm
            entryId={entry.id}
            reason={reason}
            setReason={setReason}
            error={error}
            remove={() => void remove()}
            cancel={() => {
              setPanel(null);
              focusButton('void');
            }}
          />
        )}

        {showHistory && <EntryHistory entryId={entry.id} changedAt={entry.changedAt} />}
      </article>
    </li>
  );
}
