import { useState } from 'react';
import type { LogEntryView } from '../../../src-main/core/api/contract';
import { useLog } from '../../store/logStore';
import { InputField, Notice } from './controls';
import { EntryDetails } from './EntryDetails';
import { EntryForm } from './EntryForm';
import { EntryHistory } from './EntryHistory';
import { KIND_WORDS, whenWords } from './words';

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
        <div className="entry-head">
          <h3 id={headingId}>
            <span className="entry-body">
              {KIND_WORDS[entry.content.kind]}: {whenWords(entry.content.at, entry.content.timeZone)}
            </span>
          </h3>
          <span className="entry-number">Entry {entry.id}</span>
        </div>
        {entry.isVoid && (
          <p className="void-note">
            <strong>Removed from the log.</strong> Why: {entry.voidReason}
          </p>
        )}
        <div className="entry-body">
          <EntryDetails content={entry.content} outcomes={entry.outcomes} />
        </div>
        {!entry.isVoid && entry.revisionCount > 1 && (
          <p className="quiet">
            Changed {entry.revisionCount - 1 === 1 ? 'once' : `${entry.revisionCount - 1} times`}. Last reason: {entry.lastReason}
          </p>
        )}
        <div className="button-row">
          {!entry.isVoid && (
            <>
              <button type="button" id={`entry-${entry.id}-edit`} aria-expanded={editing} onClick={() => setPanel(editing ? null : `edit-${entry.id}`)}>
                Edit<span className="log-sr"> entry {entry.id}</span>
              </button>
              <button type="button" id={`entry-${entry.id}-void`} aria-expanded={removing} onClick={() => setPanel(removing ? null : `void-${entry.id}`)}>
                Remove from log<span className="log-sr"> (entry {entry.id})</span>
              </button>
            </>
          )}
          <button type="button" id={`entry-${entry.id}-history`} aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
            {showHistory ? 'Hide history' : 'History'}
            <span className="log-sr"> of entry {entry.id}</span>
          </button>
        </div>

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
          <form
            className="card remove-form"
            aria-label={`Remove entry ${entry.id} from the log`}
            onSubmit={(e) => {
              e.preventDefault();
              void remove();
            }}
          >
            <p>The entry will not be erased. It stays in the log, crossed out, with your reason, so the log stays complete.</p>
            {error && <Notice kind="problem">{error}</Notice>}
            <InputField label="Why are you removing this entry?" value={reason} onChange={setReason} autoFocus required hint='For example: "I logged this call twice."' />
            <div className="button-row">
              <button type="submit" className="primary">
                Remove from log
              </button>
              <button type="button" onClick={() => { setPanel(null); focusButton('void'); }}>
                Cancel
              </button>
            </div>
          </form>
        )}

        {showHistory && <EntryHistory entryId={entry.id} changedAt={entry.changedAt} />}
      </article>
    </li>
  );
}
