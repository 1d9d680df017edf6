import { useState } from 'react';
import type { LogEntryView } from '../../../src-main/core/api/contract';
import { useCase } from '../../store/caseStore';
import { useLog } from '../../store/logStore';
import { AgreementList } from './AgreementList';
import { InputField, Notice, RadioGroup, SelectField } from './controls';
import { blank, fromContent, pickRequest, useEntryDraft, type Draft, type RequestDraft } from './entryDraft';
import { problemFor, toEntry } from './entryInput';
import { NextStepList } from './NextStepList';
import { RequestPicks } from './RequestPicks';
import { WhenFields } from './WhenFields';
import { KIND_WORDS, KINDS, STARTED_WORDS } from './words';
import { courtTimeZone } from '../../../src-main/core/caseInfo/courtTimeZone';

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

  const toggleRequest = (id: number, on: boolean) => setDraft((d) => pickRequest(d, id, on));
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

  const err = problemFor(error);

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
        <WhenFields draft={draft} edit={edit} err={err} courtZone={courtZone} />
        <RadioGroup label="Who started it?" value={draft.startedBy} onChange={(v) => edit({ startedBy: v })} options={(['me', 'them', 'other'] as const).map((v) => ({ value: v, label: STARTED_WORDS[v] }))} />
        <InputField label="Who took part (one per line)" multiline rows={2} value={draft.participants} onChange={(v) => edit({ participants: v })} hint="The other side's lawyer is filled in for you when you have given their name." error={err('participants')} />

        <RequestPicks requests={requests} picked={draft.requests} toggle={toggleRequest} change={setRequest} error={err('requests')} />

        <AgreementList agreements={draft.agreements} change={(agreements) => edit({ agreements })} err={err} />
        <NextStepList followUps={draft.followUps} change={(followUps) => edit({ followUps })} err={err} />

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
