import { useRef, useState } from 'react';
import type { EntryInput, LogEntryView, RequestView } from '../../../src-main/core/api/contract';
import { useCase } from '../../store/caseStore';
import { useLog } from '../../store/logStore';
import { InputField, Notice, RadioGroup, SelectField } from './controls';
import { blank, fromContent, useEntryDraft, type Draft, type RequestDraft } from './entryDraft';
import { RequestPicks } from './RequestPicks';
import { browserTimeZone, KIND_WORDS, KINDS, PROMISED_WORDS, STARTED_WORDS, TALK_KINDS } from './words';
import { courtTimeZone } from '../../../src-main/core/caseInfo/courtTimeZone';

/** The form's words -> what the API takes. Problems the API checks (dates, lengths) come back from it in words. */
function toEntry(d: Draft, requests: RequestView[]): EntryInput | { problem: string; field: string } {
  if (!d.date) return { problem: 'Please give the date it happened.', field: 'date' };
  if (!d.time) return { problem: 'Please give the time it happened. If you do not know it, give your best guess and say so in the notes.', field: 'time' };
  const minutes = d.minutes.trim();
  if (minutes && !/^\d+$/.test(minutes)) return { problem: 'Please give the minutes as a whole number, like 20.', field: 'entry.minutes' };
  const known = new Set(requests.map((r) => r.id));
  return {
    kind: d.kind,
    at: `${d.date}T${d.time.slice(0, 5)}`,
    timeZone: d.timeZone.trim() || browserTimeZone(),
    minutes: minutes ? Number(minutes) : null,
    startedBy: d.startedBy,
    participants: d.participants.split('\n').map((p) => p.trim()).filter(Boolean),
    requests: Object.entries(d.requests)
      .filter(([id]) => known.has(Number(id)))
      .map(([id, r]) => ({
        requestId: Number(id),
        outcome: r.outcome,
        ...(r.outcome === 'agreed-to-supplement' && r.byDate && { byDate: r.byDate }),
        ...(r.note.trim() && { note: r.note.trim() }),
      })),
    agreements: d.agreements.filter((a) => a.text.trim()).map((a) => ({ text: a.text, who: a.who, ...(a.dueDate && { dueDate: a.dueDate }) })),
    followUps: d.followUps.filter((f) => f.text.trim()).map((f) => ({ text: f.text, ...(f.dueDate && { dueDate: f.dueDate }) })),
    notes: d.notes,
    reference: d.reference,
  };
}

/** This computer's zone is the default; the court's zone is offered as the suggestion. */
const zoneHint = (court: string | null) =>
  `Where the clock was. This computer is set to ${browserTimeZone()}.${court ? ` The court is in ${court}.` : ' For example: America/Los_Angeles.'}`;

let zoneList: string[] | null = null;
const zones = () => (zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

/** Log a call or letter, or change an entry (then a reason is needed). */
export function EntryForm({ editing, onDone }: { editing?: LogEntryView; onDone: (message: string) => void }) {
  const counsel = useCase((s) => s.current?.caption.counsel.name ?? '');
  const courtZone = useCase((s) => (s.draft ? courtTimeZone(s.draft.district, s.draft.court) : null));
  const requests = useLog((s) => s.requests);
  const addEntry = useLog((s) => s.addEntry);
  const editEntry = useLog((s) => s.editEntry);
  const { draft, setDraft, reason, setReason, restored, forget } = useEntryDraft(() => (editing ? fromContent(editing.content) : blank(counsel)), editing?.id);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const headingId = editing ? `edit-${editing.id}-heading` : 'new-entry-heading';
  // "Take out …" goes away when pressed: the keyboard goes to the "Add …" button of its group.
  const addAgreement = useRef<HTMLButtonElement>(null);
  const addFollowUp = useRef<HTMLButtonElement>(null);

  function toggleRequest(id: number, on: boolean) {
    setDraft((d) => {
      const next = { ...d.requests };
      if (on) next[id] = { outcome: 'still-disputed', byDate: '', note: '' };
      else delete next[id];
      return { ...d, requests: next };
    });
  }
  const setRequest = (id: number, patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, requests: { ...d.requests, [id]: { ...d.requests[id], ...patch } } }));

  async function save() {
    if (busy) return;
    const entry = toEntry(draft, requests);
    if ('problem' in entry) return setError({ message: entry.problem, field: entry.field });
    if (editing && !reason.trim()) return setError({ message: 'Please say why you are changing this entry. The reason is kept in its history.', field: 'reason' });
    setBusy(true);
    const r = editing ? await editEntry(editing.id, entry, reason) : await addEntry(entry);
    setBusy(false);
    if (!r.ok) return setError({ message: r.error.message, ...(r.error.field && { field: r.error.field }) });
    setError(null);
    forget();
    onDone(editing ? `Saved your change to entry ${r.value.id}. The old version is kept in its history.` : `Saved to the log as entry ${r.value.id}.`);
  }

  const fieldName = (f?: string) => f?.replace(/^entry\./, '');
  const errField = fieldName(error?.field);
  const err = (...fields: string[]) => (errField && fields.some((f) => errField === f || errField.startsWith(`${f}.`)) ? error!.message : null);

  return (
    <section className="card entry-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{editing ? `Change entry ${editing.id}` : 'Log a call or letter'}</h2>
      <form
        aria-labelledby={headingId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {error && <Notice kind="problem">{error.message}</Notice>}
        {restored && !error && <Notice kind="news">This is what you typed before and did not save yet. Nothing here is in the log until you press "{editing ? 'Save changes' : 'Save to log'}".</Notice>}
        <SelectField label="What kind of contact?" autoFocus value={draft.kind} onChange={(v) => edit({ kind: v })} options={KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))} error={err('kind')} />
        <div className="field-row">
          <InputField label="Date" type="date" value={draft.date} onChange={(v) => edit({ date: v })} hint="The day it happened." error={err('date') ?? err('at')} required />
          <InputField label="Time" type="time" value={draft.time} onChange={(v) => edit({ time: v })} hint="When it happened. Not sure? Give your best guess and say so in the notes." error={err('time')} required />
          <InputField
            label="How long, in minutes"
            inputMode="numeric"
            value={draft.minutes}
            onChange={(v) => edit({ minutes: v })}
            hint={TALK_KINDS.includes(draft.kind) ? undefined : 'Leave empty for a letter or email.'}
            error={err('minutes')}
          />
        </div>
        <InputField label="Time zone" value={draft.timeZone} onChange={(v) => edit({ timeZone: v })} list="time-zones" hint={zoneHint(courtZone)} error={err('timeZone')} />
        {courtZone && draft.timeZone !== courtZone && (
          <button type="button" className="link-button" onClick={() => edit({ timeZone: courtZone })}>
            Use the court's time zone ({courtZone})
          </button>
        )}
        <datalist id="time-zones">
          {zones().map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <RadioGroup label="Who started it?" value={draft.startedBy} onChange={(v) => edit({ startedBy: v })} options={(['me', 'them', 'other'] as const).map((v) => ({ value: v, label: STARTED_WORDS[v] }))} />
        <InputField label="Who took part (one per line)" multiline rows={2} value={draft.participants} onChange={(v) => edit({ participants: v })} hint="The other side's lawyer is filled in for you when you have given their name." error={err('participants')} />

        <RequestPicks requests={requests} picked={draft.requests} toggle={toggleRequest} change={setRequest} error={err('requests')} />

        <fieldset>
          <legend>What did you agree on?</legend>
          {draft.agreements.map((a, i) => (
            <div key={i} className="repeat-item">
              <InputField label={`Agreement ${i + 1}`} value={a.text} onChange={(v) => edit({ agreements: draft.agreements.map((x, j) => (j === i ? { ...x, text: v } : x)) })} error={err(`agreements.${i}`)} />
              <div className="field-row">
                <SelectField label={`Who promised (agreement ${i + 1})?`} value={a.who} onChange={(v) => edit({ agreements: draft.agreements.map((x, j) => (j === i ? { ...x, who: v } : x)) })} options={(['them', 'me', 'both'] as const).map((v) => ({ value: v, label: PROMISED_WORDS[v] }))} />
                <InputField label={`Due date (agreement ${i + 1})`} type="date" value={a.dueDate} onChange={(v) => edit({ agreements: draft.agreements.map((x, j) => (j === i ? { ...x, dueDate: v } : x)) })} />
              </div>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  addAgreement.current?.focus();
                  edit({ agreements: draft.agreements.filter((_, j) => j !== i) });
                }}
              >
                Take out agreement {i + 1}
              </button>
            </div>
          ))}
          <button type="button" ref={addAgreement} onClick={() => edit({ agreements: [...draft.agreements, { text: '', who: 'them', dueDate: '' }] })}>
            Add an agreement
          </button>
        </fieldset>

        <fieldset>
          <legend>What needs to happen next?</legend>
          {draft.followUps.map((f, i) => (
            <div key={i} className="repeat-item">
              <div className="field-row">
                <InputField label={`Next step ${i + 1}`} value={f.text} onChange={(v) => edit({ followUps: draft.followUps.map((x, j) => (j === i ? { ...x, text: v } : x)) })} error={err(`followUps.${i}`)} />
                <InputField label={`By when (next step ${i + 1})`} type="date" value={f.dueDate} onChange={(v) => edit({ followUps: draft.followUps.map((x, j) => (j === i ? { ...x, dueDate: v } : x)) })} />
              </div>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  addFollowUp.current?.focus();
                  edit({ followUps: draft.followUps.filter((_, j) => j !== i) });
                }}
              >
                Take out next step {i + 1}
              </button>
            </div>
          ))}
          <button type="button" ref={addFollowUp} onClick={() => edit({ followUps: [...draft.followUps, { text: '', dueDate: '' }] })}>
            Add a next step
          </button>
        </fieldset>

        <InputField label="Notes" multiline rows={5} value={draft.notes} onChange={(v) => edit({ notes: v })} hint="What was said, in your own words. Write it down as soon as you can." error={err('notes')} />
        <InputField label="Reference" value={draft.reference} onChange={(v) => edit({ reference: v })} hint='For a letter or email, for example: "letter dated June 4, 2021".' error={err('reference')} />
        {editing && <InputField label="Why are you changing this entry?" value={reason} onChange={setReason} hint="The old version is kept. Your reason is shown in the entry's history." error={err('reason')} required />}
        <div className="button-row">
          <button type="submit" className="primary" aria-disabled={busy}>
            {editing ? 'Save changes' : 'Save to log'}
          </button>
          <button
            type="button"
            onClick={() => {
              forget();
              onDone('');
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
