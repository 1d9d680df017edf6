import { useState } from 'react';
import type { RequestView } from '../../../src-main/core/api/contract';
import { useLog } from '../../store/logStore';
import { Notice } from './controls';
import { fromRequest, toRequestFields, type RequestFormDraft } from './requestDraft';
import { RequestFields } from './RequestFields';

/**
 * Add a request, or change one. The status is not asked for: the log sets it. `inline` is for
 * inside another form (the log entry): a group, not a nested form, and Enter adds the request.
 */
export function RequestForm({ editing, inline, onDone }: { editing?: RequestView; inline?: boolean; onDone: (message: string, added?: RequestView) => void }) {
  const addRequest = useLog((s) => s.addRequest);
  const updateRequest = useLog((s) => s.updateRequest);
  const [draft, setDraft] = useState<RequestFormDraft>(() => fromRequest(editing));
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<RequestFormDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorFor = (field: string) => (error?.field === field ? error.message : null);

  async function save() {
    if (busy) return;
    const fields = toRequestFields(draft);
    if ('problem' in fields) return setError({ message: fields.problem, field: fields.field });
    setBusy(true);
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
      <RequestFields draft={draft} edit={edit} errorFor={errorFor} />
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
