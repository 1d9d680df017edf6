import { useState, type ReactNode } from 'react';
import { SERVED_DATE_MEANING } from '../../../src-main/core/deadlines/servedDate';
import { DateField } from '../../components/DateField';
import { readOrderFile } from '../../orderFile';
import { ServiceMethodField, type ServiceMethodAnswer } from './ServiceMethodField';

export interface OrderSourceDraft {
  name: string;
  text?: string;
  pdfBase64?: string;
}

/** Bring an order in: choose its file (.pdf or .txt) or paste its words. */
export function AddOrderForm({ busy, onSubmit, submitLabel, children }: { busy: boolean; onSubmit: (source: OrderSourceDraft, served: { date: string; method: ServiceMethodAnswer }) => void; submitLabel: string; children?: ReactNode }) {
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<OrderSourceDraft | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [servedDate, setServedDate] = useState('');
  const [method, setMethod] = useState<ServiceMethodAnswer>('');

  async function choose(f: File | undefined) {
    setFileError(null);
    setFile(null);
    if (!f) return;
    const r = await readOrderFile(f);
    if ('error' in r) setFileError(r.error);
    else setFile(r);
  }

  const source: OrderSourceDraft | null = file ?? (pasted.trim() ? { name: 'pasted text', text: pasted } : null);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (source && !busy) onSubmit(source, { date: servedDate, method });
      }}
    >
      <div className="field">
        <label htmlFor="order-file">Choose the order's file (PDF or text)</label>
        <input id="order-file" type="file" accept=".pdf,.txt,application/pdf,text/plain" onChange={(e) => void choose(e.target.files?.[0])} />
        {fileError && (
          <p className="alert" role="alert">
            {fileError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="order-paste">Or paste the order's words here</label>
        <textarea id="order-paste" rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} disabled={Boolean(file)} />
      </div>
      <fieldset>
        <legend>How did you get it?</legend>
        <DateField id="served-date" label="Date you were served" hint={SERVED_DATE_MEANING} value={servedDate} onCommit={setServedDate} />
        <ServiceMethodField id="served-method" value={method} onChange={setMethod} />
      </fieldset>
      {children}
      <button type="submit" className="primary" disabled={!source} aria-disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
