import { InputField, SelectField } from './controls';
import type { RequestFormDraft } from './requestDraft';
import { SET_TYPES, SET_TYPE_WORDS } from './words';

interface Props {
  draft: RequestFormDraft;
  edit: (patch: Partial<RequestFormDraft>) => void;
  errorFor: (field: string) => string | null;
}

/** What identifies a request (kind, set, number), what was asked, what they answered, and the person's position. */
export function RequestFields({ draft, edit, errorFor }: Props) {
  return (
    <>
      <SelectField label="Kind of request" value={draft.setType} onChange={(v) => edit({ setType: v })} options={SET_TYPES.map((t) => ({ value: t, label: SET_TYPE_WORDS[t] }))} error={errorFor('setType')} />
      <div className="field-row">
        <InputField label="Set number" inputMode="numeric" value={draft.setNumber} onChange={(v) => edit({ setNumber: v })} hint="Often 1. It is on the first page of the request." error={errorFor('setNumber')} required />
        <InputField label="Request number" inputMode="numeric" value={draft.number} onChange={(v) => edit({ number: v })} hint="The number of the request in that set." error={errorFor('number')} required />
      </div>
      <InputField label="Short description" value={draft.description} onChange={(v) => edit({ description: v })} hint='A few words, like "Medical records from 2016".' error={errorFor('description')} required />
      <InputField label="What you asked for" multiline value={draft.asked} onChange={(v) => edit({ asked: v })} hint="Copy the request, or say it in your own words." error={errorFor('asked')} />
      <InputField label="What they answered or objected" multiline value={draft.answer} onChange={(v) => edit({ answer: v })} error={errorFor('answer')} />
      <InputField label="Your position, in a sentence or two" multiline value={draft.position} onChange={(v) => edit({ position: v })} hint="Why you still need it. This goes in your part of the joint statement." error={errorFor('position')} />
    </>
  );
}
