import { useEffect, useState } from 'react';
import type { EntryHistory as History } from '../../../src-main/core/api/contract';
import { useLog } from '../../store/logStore';
import { Notice } from './controls';
import { EntryDetails } from './EntryDetails';
import { KIND_WORDS, savedWords, whenWords } from './words';

const ACTION_WORDS = { create: 'First saved', edit: 'Changed', void: 'Removed from the log' } as const;

/** Every version of an entry, oldest first: who saved it, when, and why. */
export function EntryHistory({ entryId, changedAt }: { entryId: number; changedAt: string }) {
  const requests = useLog((s) => s.requests);
  const entryHistory = useLog((s) => s.entryHistory);
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void entryHistory(entryId).then((r) => (r.ok ? setHistory(r.value) : setError(r.error.message)));
  }, [entryId, changedAt, entryHistory]);

  if (error) return <Notice kind="problem">{error}</Notice>;
  if (!history) return <p className="quiet">Loading the history…</p>;
  const labels = new Map(requests.map((r) => [r.id, r.label]));
  return (
    <section className="history" aria-label={`History of entry ${entryId}`}>
      <h4>History of entry {entryId}</h4>
      <ol>
        {history.revisions.map((v) => (
          <li key={v.seq} className={`history-item history-item--${v.action}`}>
            <p>
              <strong>
                Version {v.revision}: {ACTION_WORDS[v.action]}
              </strong>{' '}
              by {v.author} on {savedWords(v.recordedAt)}.{v.reason && <> Why: {v.reason}</>}
            </p>
            {v.content ? (
              <>
                <p className="quiet">
                  {KIND_WORDS[v.content.kind]}, {whenWords(v.content.at, v.content.timeZone)}
                </p>
                {v.action !== 'void' && <EntryDetails content={v.content} labels={labels} />}
              </>
            ) : (
              <p>This version cannot be read.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
