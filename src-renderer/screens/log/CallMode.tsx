import { useState } from 'react';
import { useLog } from '../../store/logStore';
import { callEntry, callMinutes } from './callDraft';
import { CallRequestTicks } from './CallRequestTicks';
import { CallTimer } from './CallTimer';
import { CancelCall } from './CancelCall';
import { InputField, Notice, RadioGroup, SelectField } from './controls';
import { KIND_WORDS, minutesWords, STARTED_WORDS, TALK_KINDS } from './words';

/** "Start a call": a timer and a notes page; ending the call files the entry with its length. */
export function CallMode({ onDone }: { onDone: (message: string) => void }) {
  const call = useLog((s) => s.call);
  const requests = useLog((s) => s.requests);
  const updateCall = useLog((s) => s.updateCall);
  const endCall = useLog((s) => s.endCall);
  const addEntry = useLog((s) => s.addEntry);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!call) return null;
  const open = requests.filter((r) => r.status.state === 'open' || r.status.state === 'partly-resolved' || call.outcomes[r.id]);

  async function finish() {
    if (busy) return;
    const minutes = callMinutes(call!, Date.now());
    setBusy(true);
    const r = await addEntry(callEntry(call!, minutes));
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    endCall();
    onDone(`Saved the call as entry ${r.value.id} (${minutesWords(minutes)}).`);
  }

  return (
    <section className="card call-mode" aria-labelledby="call-heading">
      <h2 id="call-heading">Call in progress</h2>
      <CallTimer at={call.at} startedAtMs={call.startedAtMs} />
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
        <CallRequestTicks open={open} outcomes={call.outcomes} change={(outcomes) => updateCall({ outcomes })} />
        <InputField label="Call notes" multiline rows={8} value={call.notes} onChange={(v) => updateCall({ notes: v })} hint="Write what each side says as you go. You can add dates and agreements after the call with Edit." />
        <div className="button-row">
          <button type="submit" className="primary" aria-disabled={busy}>
            End call and save
          </button>
          <CancelCall
            throwAway={() => {
              endCall();
              onDone('The call notes were not saved.');
            }}
          />
        </div>
      </form>
    </section>
  );
}
