import { useState } from 'react';
import type { RequestView, SetType } from '../../../src-main/core/api/contract';
import { useLog } from '../../store/logStore';
import { InputField, Notice, SelectField } from './controls';
import { SET_TYPES, SET_TYPE_WORDS } from './words';

interface Draft {
  setType: SetType;
  setNumber: string;
  number: string;
  description: string;
  asked: string;
  answer: string;
  position: string;
}

const fromRequest = (r?: RequestView): Draft => ({
  setType: r?.setType ?? 'rfp',
  setNumber: r ? String(r.setNumber) : '1',
  number: r ? String(r.number) : '',
  description: r?.description ?? '',
  asked: r?.asked ?? '',
  answer: r?.answer ?? '',
  position: r?.position ?? '',
});

const toNumber = (s: string): number => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

/**
 * Add a request, or change one. The status is not asked for: the log sets it. `inline` is for
 * inside another form (the log entry): a group, not a nested form, and Enter adds the request.
 */
export function RequestForm({ editing, inline, onDone }: { editing?: RequestView; inline?: boolean; onDone: (message: string, added?: RequestView) => void }) {
  const addRequest = useLog((s) => s.addRequest);
  const updateRequest = useLog((s) => s.updateRequest);
  const [draft, setDraft] = useState<Draft>(() => fromRequest(editing));
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorFor = (field: string) => (error?.field === field ? error.message : null);

  async function save() {
    if (busy) return;
    const setNumber = toNumber(draft.setNumber);
    const number = toNumber(draft.number);
    if (Number.isNaN(setNumber)) return setError({ message: 'Please give the set number as a whole number, like 1.', field: 'setNumber' });
    if (Number.isNaN(number)) return setError({ message: 'Please give the request number as a whole number, like 3.', field: 'number' });
    setBusy(true);
    const fields = { setType: draft.setType, setNumber, number, description: draft.description, asked: draft.asked, answer: draft.answer, position: draft.position };
    const r = editing ? await updateRequest(editing.id, fields) : await addRequest(fields);
    setBusy(false);
    if (!r.ok) return setError({ message: r.error.message, ...(r.error.field && { field: r.error.field.replace(/^patch\./, '') }) });
    setError(null);
    if (!editing) setDraft({ ...fromRequest(), setType: draft.setType, setNumber: draft.setNumber });
    onDone(editing ? `Saved your changes to ${r.value.label}.` : `Added ${r.value.label}.`, editing ? undefined : r.value);
  }

  const title = editing ? `Change ${editing.label}` : 'Add a request';
  const headingId = inline ? 'inline-request-heading' : 'request-form-heading';
  const fields = (
    <>
        {error && <Notice kind="problem">{error.message}</Notice>}
        <SelectField label="Kind of request" value={draft.setType} onChange={(v) => edit({ setType: v })} options={SET_TYPES.map((t) => ({ value: t, label: SET_TYPE_WORDS[t] }))} error={errorFor('setType')} />
        <div className="field-row">
          <InputField label="Set number" inputMode="numeric" value={draft.setNumber} onChange={(v) => edit({ setNumber: v })} hint="Often 1. It is on the first page of the request." error={errorFor('setNumber')} required />
          <InputField label="Request number" inputMode="numeric" value={draft.number} onChange={(v) => edit({ number: v })} hint="The number of the request in that set." error={errorFor('number')} required />
        </div>
        <InputField label="Short description" value={draft.description} onChange={(v) => edit({ description: v })} hint='A few words, like "Medical records from 2016".' error={errorFor('description')} required />
        <InputField label="What you asked for" multiline value={draft.asked} onChange={(v) => edit({ asked: v })} hint="Copy the request, or say it in your own words." error={errorFor('asked')} />
        <InputField label="What they answered or objected" multiline value={draft.answer} onChange={(v) => edit({ answer: v })} error={errorFor('answer')} />
        <InputField label="Your position, in a sentence or two" multiline value={draft.position} onChange={(v) => edit({ position: v })} hint="Why you still need it. This goes in your part of the joint statement." error={errorFor('position')} />
        <div className="button-row">
          <button type={inline ? 'button' : 'submit'} className="primary" aria-disabled={busy} onClick={inline ? () => void save() : undefined}>
            {editing ? 'Save changes' : 'Add request'}
          </button>
          {(editing || inline) && (
            <button type="button" onClick={() => onDone('')}>
              Cancel
            </button>
          )}
        </div>
    </>
  );
  if (inline) {
    return (
      <div
        className="card inline-form"
        role="group"
        aria-labelledby={headingId}
        onKeyDown={(e) => {
          // Enter in a one-line field adds the request; it must not save the log entry around it.
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <h3 id={headingId}>{title}</h3>
        {fields}
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <form
        aria-labelledby={headingId}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {fields}
      </form>
    </section>
  );
}
