import { useState } from 'react';
import type { RequestView } from '../../../src-main/core/api/contract';
import { CheckField, InputField, SelectField } from './controls';
import type { RequestDraft } from './entryDraft';
import { RequestForm } from './RequestForm';
import { OUTCOME_WORDS, OUTCOMES } from './words';

interface Props {
  requests: RequestView[];
  picked: Record<number, RequestDraft>;
  toggle: (id: number, on: boolean) => void;
  change: (id: number, patch: Partial<RequestDraft>) => void;
  error: string | null;
}

/**
 * "Which requests did you talk about?", with a way to add a request right here: leaving the form
 * to add one on "Requests at issue" is what people were told to do, and it cost them their notes.
 */
export function RequestPicks({ requests, picked, toggle, change, error }: Props) {
  const [adding, setAdding] = useState(false);
  const [news, setNews] = useState('');
  return (
    <fieldset>
      <legend>Which requests did you talk about?</legend>
      {requests.length === 0 && <p className="quiet">No requests are listed yet. You can add one here.</p>}
      {requests.map((r) => {
        const d = picked[r.id];
        return (
          <div key={r.id} className="request-pick">
            <CheckField label={`${r.label}: ${r.description}`} checked={!!d} onChange={(on) => toggle(r.id, on)} />
            {d && (
              <div className="request-pick-details">
                <SelectField label={`What happened with ${r.label}?`} value={d.outcome} onChange={(v) => change(r.id, { outcome: v })} options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))} />
                {d.outcome === 'agreed-to-supplement' && <InputField label={`They will add to their answer by (${r.label})`} type="date" value={d.byDate} onChange={(v) => change(r.id, { byDate: v })} />}
                <InputField label={`Note about ${r.label}`} value={d.note} onChange={(v) => change(r.id, { note: v })} />
              </div>
            )}
          </div>
        );
      })}
      {error && <p className="field-error">{error}</p>}
      {news && (
        <p className="notice" role="status">
          {news}
        </p>
      )}
      {adding ? (
        <RequestForm
          inline
          onDone={(message, added) => {
            setAdding(false);
            setNews(message ? `${message} It is ticked above.` : '');
            if (added) toggle(added.id, true);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setNews('');
            setAdding(true);
          }}
        >
          Add a request
        </button>
      )}
    </fieldset>
  );
}
