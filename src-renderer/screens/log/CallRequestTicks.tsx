import type { Outcome, RequestView } from '../../../src-main/core/api/contract';
import { CheckField, SelectField } from './controls';
import { OUTCOME_WORDS, OUTCOMES } from './words';

interface Props {
  open: RequestView[];
  outcomes: Record<number, Outcome>;
  change: (outcomes: Record<number, Outcome>) => void;
}

/** During a call: tick each open request talked about, and say what happened with it. */
export function CallRequestTicks({ open, outcomes, change }: Props) {
  function tick(id: number, on: boolean) {
    const next = { ...outcomes };
    if (on) next[id] = 'still-disputed';
    else delete next[id];
    change(next);
  }
  return (
    <fieldset>
      <legend>Open requests: tick each one you talk about</legend>
      {open.length === 0 && <p className="quiet">No open requests are listed. You can still take notes.</p>}
      {open.map((r) => {
        const outcome = outcomes[r.id];
        return (
          <div key={r.id} className="request-pick">
            <CheckField label={`${r.label}: ${r.description}`} checked={!!outcome} onChange={(on) => tick(r.id, on)} />
            {outcome && (
              <div className="request-pick-details">
                <SelectField label={`What happened with ${r.label}?`} value={outcome} onChange={(v) => change({ ...outcomes, [r.id]: v })} options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))} />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
