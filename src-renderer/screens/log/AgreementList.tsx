import type { Draft } from './entryDraft';
import type { ProblemFor } from './entryInput';
import { InputField, SelectField } from './controls';
import { RepeatList } from './RepeatList';
import { PROMISED_WORDS } from './words';

type Agreement = Draft['agreements'][number];

/** "What did you agree on?": each agreement, who promised it, and by when. */
export function AgreementList({ agreements, change, err }: { agreements: Agreement[]; change: (agreements: Agreement[]) => void; err: ProblemFor }) {
  return (
    <RepeatList
      legend="What did you agree on?"
      items={agreements}
      change={change}
      itemName="agreement"
      addLabel="Add an agreement"
      blank={(): Agreement => ({ text: '', who: 'them', dueDate: '' })}
      fields={(a, i, update) => (
        <>
          <InputField label={`Agreement ${i + 1}`} value={a.text} onChange={(v) => update({ text: v })} error={err(`agreements.${i}`)} />
          <div className="field-row">
            <SelectField label={`Who promised (agreement ${i + 1})?`} value={a.who} onChange={(v) => update({ who: v })} options={(['them', 'me', 'both'] as const).map((v) => ({ value: v, label: PROMISED_WORDS[v] }))} />
            <InputField label={`Due date (agreement ${i + 1})`} type="date" value={a.dueDate} onChange={(v) => update({ dueDate: v })} />
          </div>
        </>
      )}
    />
  );
}
