import type { RequestFieldsInput, RequestView, SetType } from '../../../src-main/core/api/contract';

/** The request form's words, as typed. */
export interface RequestFormDraft {
  setType: SetType;
  setNumber: string;
  number: string;
  description: string;
  asked: string;
  answer: string;
  position: string;
}

export const fromRequest = (r?: RequestView): RequestFormDraft => ({
  setType: r?.setType ?? 'rfp',
  setNumber: r ? String(r.setNumber) : '1',
  number: r ? String(r.number) : '',
  description: r?.description ?? '',
  asked: r?.asked ?? '',
  answer: r?.answer ?? '',
  position: r?.position ?? '',
});

const toNumber = (s: string): number => (/^\s*\d+\s*$/.test(s) ? Number(s) : Number.NaN);

/** The form's words -> what the API takes. Other problems (lengths, a request already listed) come back from it in words. */
export function toRequestFields(d: RequestFormDraft): RequestFieldsInput | { problem: string; field: string } {
  const setNumber = toNumber(d.setNumber);
  const number = toNumber(d.number);
  if (Number.isNaN(setNumber)) return { problem: 'Please give the set number as a whole number, like 1.', field: 'setNumber' };
  if (Number.isNaN(number)) return { problem: 'Please give the request number as a whole number, like 3.', field: 'number' };
  return { setType: d.setType, setNumber, number, description: d.description, asked: d.asked, answer: d.answer, position: d.position };
}
