import { useEffect, useState } from 'react';
import { useLog, type CallDraft } from '../../store/logStore';
import { CheckField, InputField, Notice, RadioGroup, SelectField } from './controls';
import { clockWords, KIND_WORDS, minutesWords, OUTCOME_WORDS, OUTCOMES, STARTED_WORDS, TALK_KINDS } from './words';

const elapsedWords = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
};

/** Whole minutes on the call, at least 1. */
export const callMinutes = (draft: CallDraft, nowMs: number) => Math.max(1, Math.round((nowMs - draft.startedAtMs) / 60_000));

/** "Start a call": a timer and a notes page; ending the call files the entry with its length. */
export function CallMode({ onDone }: { onDone: (message: string) => void }) {
  const call = useLog((s) => s.call);
  const requests = useLog((s) => s.requests);
  const updateCall = useLog((s) => s.updateCall);
  const endCall = useLog((s) => s.endCall);
  const addEntry = useLog((s) => s.addEntry);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  if (!call) return null;
  const open = requests.filter((r) => r.status.state === 'open' || r.status.state === 'partly-resolved' || call.outcomes[r.id]);

  function tick(id: number, on: boolean) {
    const next = { ...call!.outcomes };
    if (on) next[id] = 'still-disputed';
    else delete next[id];
    updateCall({ outcomes: next });
  }

  async function finish() {
    if (busy) return;
    const ended = Date.now();
    const minutes = callMinutes(call!, ended);
    setBusy(true);
    const r = await addEntry({
      kind: call!.kind,
      at: call!.at,
      timeZone: call!.timeZone,
      minutes,
      startedBy: call!.startedBy,
      participants: call!.participants.split('\n').map((p) => p.trim()).filter(Boolean),
      requests: Object.entries(call!.outcomes).map(([id, outcome]) => ({ requestId: Number(id), outcome })),
      notes: call!.notes,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    endCall();
    onDone(`Saved the call as entry ${r.value.id} (${minutesWords(minutes)}).`);
  }

  return (
    <section className="card call-mode" aria-labelledby="call-heading">
      <h2 id="call-heading">Call in progress</h2>
      <p>
        Started at {clockWords(call.at.slice(11))}. Time on the call:{' '}
        <strong className="call-timer" role="timer" aria-live="off" data-testid="call-timer">
          {elapsedWords(now - call.startedAtMs)}
        </strong>
      </p>
      {error && <Notice kind="problem">{error}</Notice>}
      <form
        aria-labelledby="call-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void finish();
        }}
      >
        <div className="field-row">
          <SelectField label="How are you talking?" autoFocus value={call.kind} onChange={(v) => updateCall({ kind: v })} options={TALK_KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))} />
        </div>
        <RadioGroup label="Who called?" value={call.startedBy} onChange={(v) => updateCall({ startedBy: v })} options={(['me', 'them', 'other'] as const).map((v) => ({ value: v, label: STARTED_WORDS[v] }))} />
        <InputField label="Who is on the call (one per line)" multiline rows={2} value={call.participants} onChange={(v) => updateCall({ participants: v })} />
        <fieldset>
          <legend>Open requests: tick each one you talk about</legend>
          {open.length === 0 && <p className="quiet">No open requests are listed. You can still take notes.</p>}
          {open.map((r) => {
            const outcome = call.outcomes[r.id];
            return (
              <div key={r.id} className="request-pick">
                <CheckField label={`${r.label}: ${r.description}`} checked={!!outcome} onChange={(on) => tick(r.id, on)} />
                {outcome && (
                  <div className="request-pick-details">
                    <SelectField label={`What happened with ${r.label}?`} value={outcome} onChange={(v) => updateCall({ outcomes: { ...call.outcomes, [r.id]: v } })} options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))} />
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>
        <InputField label="Call notes" multiline rows={8} value={call.notes} onChange={(v) => updateCall({ notes: v })} hint="Write what each side says as you go. You can add dates and agreements after the call with Edit." />
        <div className="button-row">
          <button type="submit" className="primary" aria-disabled={busy}>
            End call and save
          </button>
          {!confirmCancel ? (
            <button type="button" id="call-cancel" onClick={() => setConfirmCancel(true)}>
              Cancel this call
            </button>
          ) : (
            <span className="confirm" role="group" aria-label="Throw away these notes?">
              <span>Throw away these notes? They are not saved yet.</span>
              <button type="button" onClick={() => { endCall(); onDone('The call notes were not saved.'); }}>
                Yes, throw them away
              </button>
              <button
                type="button"
                autoFocus
                onClick={() => {
                  setConfirmCancel(false);
                  requestAnimationFrame(() => document.getElementById('call-cancel')?.focus());
                }}
              >
                No, keep them
              </button>
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
