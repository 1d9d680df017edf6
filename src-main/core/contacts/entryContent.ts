/**
 * What one log entry says: how and when the contact happened, who took part, what was said
 * about each request, what was agreed and what comes next. One zod schema checks it wherever it
 * comes from (the form, the CLI, a file), and canonicalJson() gives the one byte-for-byte form
 * that is stored and hashed.
 */
import { z } from 'zod';
import { TRY_KINDS } from './whoWords.js';
import { defaultTimeZone, isRealDate, isRealLocalDateTime, isValidTimeZone } from './localTime.js';

export const ENTRY_KINDS = [
  'phone-call',
  'video-call',
  'in-person',
  'letter-sent',
  'letter-received',
  'email-sent',
  'email-received',
  'no-answer',
  'voicemail',
  'message-with-staff',
  'other',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const OUTCOMES = ['agreed-to-produce', 'agreed-to-supplement', 'withdrawn', 'still-disputed', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STARTED_BY = ['me', 'them', 'other'] as const;
export type StartedBy = (typeof STARTED_BY)[number];

export const PROMISED_BY = ['me', 'them', 'both'] as const;
export type PromisedBy = (typeof PROMISED_BY)[number];

/** A live conversation: what judges mean by a conference. */
export const CONFERENCE_KINDS: readonly EntryKind[] = ['phone-call', 'video-call', 'in-person'];
/** Letters and emails. */
export const WRITTEN_KINDS: readonly EntryKind[] = ['letter-sent', 'letter-received', 'email-sent', 'email-received'];
/** Tries that did not reach anyone. */
export const ATTEMPT_KINDS: readonly EntryKind[] = TRY_KINDS;

const text = (max: number, what: string) => z.string().trim().max(max, `Please keep ${what} under ${max} characters.`);

export const isoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Please give the date like 2021-06-20 (year, month, day).')
  .refine(isRealDate, 'That date does not exist. Please check it.');

export const localDateTimeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Please give the date and time like 2021-06-03T10:00 (year, month, day, then hour and minute).')
  .refine(isRealLocalDateTime, 'That date or time does not exist. Please check it.');

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'Please give a time zone, like America/Los_Angeles.')
  .max(64, 'That time zone name is too long.')
  .refine(isValidTimeZone, 'The app does not know that time zone. Use a name like America/Los_Angeles or America/New_York.');

export const requestOutcomeSchema = z
  .object({
    requestId: z.number().int().positive(),
    outcome: z.enum(OUTCOMES),
    /** For agreed-to-supplement: the date they said they would add to their answer by. */
    byDate: isoDateSchema.optional(),
    note: text(2000, 'the note on this request').optional(),
    /**
     * The request's name when this version was saved ("RFP Set 1, No. 3"), so renumbering it
     * later never changes what an old entry says. The app writes it (contactLog.ts); any sent is ignored.
     */
    label: text(200, 'the request name').optional(),
  })
  .strict();

export const agreementSchema = z
  .object({
    text: text(2000, 'what was agreed').min(1, 'Please say what was agreed.'),
    dueDate: isoDateSchema.optional(),
    who: z.enum(PROMISED_BY).default('both'),
  })
  .strict();

export const followUpSchema = z
  .object({
    text: text(2000, 'the follow-up').min(1, 'Please say what needs to happen next.'),
    dueDate: isoDateSchema.optional(),
  })
  .strict();

const fields = {
  kind: z.enum(ENTRY_KINDS),
  at: localDateTimeSchema,
  timeZone: timeZoneSchema,
  minutes: z.number().int('Please give whole minutes.').min(0, 'Minutes cannot be less than 0.').max(1440, 'A call cannot be longer than a day (1,440 minutes).').nullable(),
  startedBy: z.enum(STARTED_BY),
  participants: z.array(text(200, 'each name')).max(30, 'Please list at most 30 people.'),
  requests: z
    .array(requestOutcomeSchema)
    .max(500, 'Please list at most 500 requests in one entry.')
    .refine((list) => new Set(list.map((r) => r.requestId)).size === list.length, 'Each request can be listed only once in an entry.'),
  agreements: z.array(agreementSchema).max(100, 'Please list at most 100 agreements in one entry.'),
  followUps: z.array(followUpSchema).max(100, 'Please list at most 100 follow-ups in one entry.'),
  notes: text(20000, 'the notes'),
  reference: text(500, 'the reference'),
};

/**
 * An entry as the person gives it. Left out: the time zone (this computer's), the minutes
 * (none), who started it (you), the people (the other side's lawyer from the case details).
 */
export const entryInputSchema = z
  .object({
    kind: fields.kind,
    at: fields.at,
    timeZone: fields.timeZone.default(defaultTimeZone),
    minutes: fields.minutes.default(null),
    startedBy: fields.startedBy.default('me'),
    participants: fields.participants.optional(),
    requests: fields.requests.default([]),
    agreements: fields.agreements.default([]),
    followUps: fields.followUps.default([]),
    notes: fields.notes.default(''),
    reference: fields.reference.default(''),
  })
  .strict();

/** Changes to an entry: only the parts given change; the rest stays as it was. */
export const entryPatchSchema = z
  .object({
    kind: fields.kind.optional(),
    at: fields.at.optional(),
    timeZone: fields.timeZone.optional(),
    minutes: fields.minutes.optional(),
    startedBy: fields.startedBy.optional(),
    participants: fields.participants.optional(),
    requests: fields.requests.optional(),
    agreements: fields.agreements.optional(),
    followUps: fields.followUps.optional(),
    notes: fields.notes.optional(),
    reference: fields.reference.optional(),
  })
  .strict();

export type EntryPatch = z.input<typeof entryPatchSchema>;
export type EntryInput = z.input<typeof entryInputSchema>;
export type RequestOutcome = z.output<typeof requestOutcomeSchema>;
export type Agreement = z.output<typeof agreementSchema>;
export type FollowUp = z.output<typeof followUpSchema>;

/** An entry as stored: every field present. */
export type EntryContent = Omit<z.output<typeof entryInputSchema>, 'participants'> & { participants: string[] };

const withoutEmpty = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** The stored form of an entry: defaults filled in, blank optional parts left out. */
export function toContent(parsed: z.output<typeof entryInputSchema>, defaultParticipants: string[]): EntryContent {
  return {
    kind: parsed.kind,
    at: parsed.at,
    timeZone: parsed.timeZone,
    minutes: parsed.minutes,
    startedBy: parsed.startedBy,
    participants: (parsed.participants ?? defaultParticipants).map((p) => p.trim()).filter(Boolean),
    requests: parsed.requests.map(({ label: _sent, ...r }) => withoutEmpty(r)),
    agreements: parsed.agreements.map((a) => withoutEmpty(a)),
    followUps: parsed.followUps.map((f) => withoutEmpty(f)),
    notes: parsed.notes,
    reference: parsed.reference,
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** JSON with every object's keys sorted and no spaces: the same content always gives the same text, so the same hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Read stored content back. A row that is not JSON was damaged outside the app. */
export function readContent(json: string): EntryContent | null {
  try {
    const v = JSON.parse(json) as EntryContent;
    if (!v || typeof v !== 'object' || typeof v.kind !== 'string' || typeof v.at !== 'string') return null;
    return {
      ...v,
      participants: Array.isArray(v.participants) ? v.participants : [],
      requests: Array.isArray(v.requests) ? v.requests : [],
      agreements: Array.isArray(v.agreements) ? v.agreements : [],
      followUps: Array.isArray(v.followUps) ? v.followUps : [],
      notes: typeof v.notes === 'string' ? v.notes : '',
      reference: typeof v.reference === 'string' ? v.reference : '',
    };
  } catch {
    return null;
  }
}

/** How a contact happened, in one word, for the order's "by telephone or in person". */
export type ContactMeans = 'phone' | 'video' | 'in-person' | 'letter' | 'email' | 'attempt' | 'other';

export function meansOf(kind: EntryKind): ContactMeans {
  switch (kind) {
    case 'phone-call':
      return 'phone';
    case 'video-call':
      return 'video';
    case 'in-person':
      return 'in-person';
    case 'letter-sent':
    case 'letter-received':
      return 'letter';
    case 'email-sent':
    case 'email-received':
      return 'email';
    case 'no-answer':
    case 'voicemail':
    case 'message-with-staff':
      return 'attempt';
    default:
      return 'other';
  }
}
