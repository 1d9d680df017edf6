import type { EntryContent, OutcomeView } from '../../../src-main/core/api/contract';
import { whoWords } from '../../../src-main/core/contacts/whoWords';
import { dateWords, minutesWords, OUTCOME_WORDS, PROMISED_WORDS, STARTED_WORDS } from './words';

/** The name the version was saved with (history never changes), and today's beside it if the request was renumbered. */
function savedName(saved: string | undefined, today: string | undefined, id: number): string {
  if (saved && today && saved !== today) return `${saved} (now ${today})`;
  return saved ?? today ?? `Request ${id}`;
}

/** "Ask about the reports that are missing." + ", by July 16" must not read "missing., by July 16". */
const noEndStop = (text: string) => text.replace(/[.\s]+$/, '');

/** What one version of an entry says. */
export function EntryDetails({ content, outcomes, labels }: { content: EntryContent; outcomes?: OutcomeView[]; labels?: Map<number, string> }) {
  const c = content;
  const who = whoWords(c);
  const requestRows = outcomes ?? c.requests.map((r) => ({ ...r, label: savedName(r.label, labels?.get(r.requestId), r.requestId), key: '' }));
  return (
    <dl className="facts">
      {c.minutes !== null && (
        <>
          <dt>How long</dt>
          <dd>{minutesWords(c.minutes)}</dd>
        </>
      )}
      <dt>Who started it</dt>
      <dd>{STARTED_WORDS[c.startedBy]}</dd>
      {who.names && (
        <>
          <dt>{who.label}</dt>
          <dd>{who.names}</dd>
        </>
      )}
      {requestRows.length > 0 && (
        <>
          <dt>Requests</dt>
          <dd>
            <ul>
              {requestRows.map((r) => (
                <li key={r.requestId}>
                  {r.label}: {OUTCOME_WORDS[r.outcome]}
                  {r.byDate ? ` by ${dateWords(r.byDate)}` : ''}
                  {r.note ? ` (${r.note})` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {c.agreements.length > 0 && (
        <>
          <dt>Agreed</dt>
          <dd>
            <ul>
              {c.agreements.map((a, i) => (
                <li key={i}>
                  {noEndStop(a.text)} ({PROMISED_WORDS[a.who].replace(' did', '')} promised{a.dueDate ? `, by ${dateWords(a.dueDate)}` : ''})
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {c.followUps.length > 0 && (
        <>
          <dt>Next steps</dt>
          <dd>
            <ul>
              {c.followUps.map((f, i) => (
                <li key={i}>
                  {f.dueDate ? `${noEndStop(f.text)}, by ${dateWords(f.dueDate)}` : f.text}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {c.reference && (
        <>
          <dt>Reference</dt>
          <dd>{c.reference}</dd>
        </>
      )}
      {c.notes && (
        <>
          <dt>Notes</dt>
          <dd className="notes">{c.notes}</dd>
        </>
      )}
    </dl>
  );
}
