import { z } from 'zod';

const line = (max = 300) => z.string().max(max, `Please keep this under ${max} characters.`);
const names = z.array(line(200)).max(50, 'Please list at most 50 names.');

export const counselSchema = z.object({
  name: line(200),
  firm: line(200),
  phone: line(60),
  email: line(200),
  address: line(1000),
});

/**
 * The case's caption and the people in it. Stored as one JSON row so the form can grow
 * without a migration for every field; every read and write goes through this schema.
 */
export const captionSchema = z.object({
  court: line(),
  district: line(),
  caseNumber: line(100),
  plaintiffs: names,
  defendants: names,
  judges: names,
  /** Which side the person using the app is on. */
  side: z.enum(['plaintiff', 'defendant', '']),
  partyName: line(200),
  mailingAddress: line(1000),
  prisonerNumber: line(60),
  /**
   * The prison or jail where the person is held, as its own field: in California the first line
   * of a prisoner's mailing address is their name and number, not the institution.
   */
  institution: line(200),
  inPrison: z.boolean(),
  counsel: counselSchema,
  /** Fields filled from an order that the person has not yet checked. */
  fromOrder: z.array(z.string().max(40)).max(40),
  isDemo: z.boolean(),
  /** The demo with its dates moved near today (practice mode); papers say "PRACTICE". */
  practice: z.boolean(),
});

export type Caption = z.infer<typeof captionSchema>;
export type Counsel = z.infer<typeof counselSchema>;

export const captionPatchSchema = captionSchema
  .omit({ counsel: true, isDemo: true, practice: true })
  .partial()
  .extend({ counsel: counselSchema.partial().optional() })
  .strict();
export type CaptionPatch = z.infer<typeof captionPatchSchema>;

export const emptyCaption = (): Caption => ({
  court: 'United States District Court',
  district: '',
  caseNumber: '',
  plaintiffs: [],
  defendants: [],
  judges: [],
  side: '',
  partyName: '',
  mailingAddress: '',
  prisonerNumber: '',
  institution: '',
  inPrison: false,
  counsel: { name: '', firm: '', phone: '', email: '', address: '' },
  fromOrder: [],
  isDemo: false,
  practice: false,
});

/** Apply a patch. A field the person edits is no longer "from the order — please check". */
export function applyCaptionPatch(current: Caption, patch: CaptionPatch): Caption {
  const { counsel, fromOrder, ...rest } = patch;
  const touched = Object.keys(rest);
  const next: Caption = {
    ...current,
    ...rest,
    counsel: { ...current.counsel, ...(counsel ?? {}) },
    fromOrder: fromOrder ?? current.fromOrder.filter((f) => !touched.includes(f)),
  };
  return captionSchema.parse(next);
}

export { shortCaseName } from './caseName.js';
