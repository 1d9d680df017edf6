import { useRef } from 'react';
import type { Draft } from './entryDraft';
import type { ProblemFor } from './entryInput';
import { InputField, SelectField } from './controls';
import { PROMISED_WORDS } from './words';

type Agreement = Draft['agreements'][number];

/** "What did you agree on?": each agreement, who promised it, and by when. */
export function AgreementList({ agreements, change, err }: { agreements: Agreement[]; change: (agreements: Agreement[]) => void; err: ProblemFor }) {
  // "Take out …" goes away when pressed: the keyboard goes to the "Add …" button of its group.
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (i: number, patch: Partial<Agreement>) => change(agreements.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset>
      <legend>What did you agree on?</legend>
      {agreements.map((a, i) => (
        <div key={i} className="repeat-item">
          <InputField label={`Agreement ${i + 1}`} value={a.text} onChange={(v) => update(i, { text: v })} error={err(`agreements.${i}`)} />
          <div className="field-row">
            <SelectField label={`Who promised (agreement ${i + 1})?`} value={a.who} onChange={(v) => update(i, { who: v })} options={(['them', 'me', 'both'] as const).map((v) => ({ value: v, label: PROMISED_WORDS[v] }))} />
            <InputField label={`Due date (agreement ${i + 1})`} type="date" value={a.dueDate} onChange={(v) => update(i, { dueDate: v })} />
          </div>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              addButton.current?.focus();
              change(agreements.filter((_, j) => j !== i));
            }}
          >
            Take out agreement {i + 1}
          </button>
        </div>
      ))}
      <button type="button" ref={addButton} onClick={() => change([...agreements, { text: '', who: 'them', dueDate: '' }])}>
        Add an agreement
      </button>
    </fieldset>
  );
}
