/** Methods for discovery requests at issue and the contact log. */
import { z } from 'zod';
import { REASON_MAX, type LogEntryView, type LogListing, type RevisionView } from '../contacts/contactLog.js';
import type { ChosenConference, ContactRef } from '../contacts/conference.js';
import { ENTRY_KINDS, entryInputSchema, entryPatchSchema } from '../contacts/entryContent.js';
import type { GoodFaithResult } from '../contacts/goodFaith.js';
import { requestFieldsSchema, requestPatchSchema, type RequestView } from '../contacts/requests.js';
import type { FingerprintCheck, LogFingerprint } from '../contacts/fingerprint.js';
import { ACK_REASON_MAX, type RecordedProblem } from '../contacts/logProblems.js';
import type { VerifyProblem, VerifyResult } from '../contacts/verifyLog.js';

const none = z.object({}).strict();
const id = (what: string) => z.number({ error: `Please give the ${what} number.` }).int(`The ${what} number must be a whole number.`).positive(`The ${what} number must be 1 or more.`);
const reason = z.string().trim().min(1, 'Please say why.').max(REASON_MAX, `Please keep the reason under ${REASON_MAX} characters.`);

export const logInputs = {
  'requests.list': none,
  'requests.add': requestFieldsSchema,
  'requests.update': z.object({ id: id('request'), patch: requestPatchSchema }).strict(),

  'log.list': z
    .object({
      kinds: z.array(z.enum(ENTRY_KINDS)).max(ENTRY_KINDS.length, 'Please pick fewer kinds.').optional(),
      requestId: id('request').optional(),
      text: z.string().max(200, 'Please keep the search under 200 characters.').optional(),
      includeVoid: z.boolean().default(true),
      order: z.enum(['newest', 'oldest']).default('newest'),
      offset: z.number().int().min(0).max(1_000_000).default(0),
      limit: z.number().int().min(1).max(100_000).optional(),
      withHistory: z.boolean().default(false),
    })
    .strict(),
  'log.add': z.object({ entry: entryInputSchema }).strict(),
  'log.edit': z.object({ entryId: id('entry'), reason, entry: entryPatchSchema }).strict(),
  'log.void': z.object({ entryId: id('entry'), reason }).strict(),
  'log.history': z.object({ entryId: id('entry') }).strict(),
  'log.verify': none,
  'log.checkFingerprint': z.object({ fingerprint: z.string().max(200, 'That is longer than any fingerprint. Please type just the fingerprint from the paper.') }).strict(),
  'log.acknowledgeProblem': z
    .object({ problemId: id('problem'), reason: z.string().trim().min(1, 'Please say what you found when you looked into it.').max(ACK_REASON_MAX, `Please keep the reason under ${ACK_REASON_MAX} characters.`) })
    .strict(),
  'log.conference': none,
  'log.setConference': z.object({ entryId: id('entry').nullable() }).strict(),
  'log.goodFaith': none,
} as const;

export interface ConferenceChoice {
  /** What the person picked, or null for "the first call or meeting". */
  pickedEntryId: number | null;
  chosen: ChosenConference | null;
  candidates: ContactRef[];
}

export interface EntryHistory {
  entry: LogEntryView;
  revisions: RevisionView[];
}

export interface LogOutputs {
  'requests.list': RequestView[];
  'requests.add': RequestView;
  'requests.update': RequestView;
  'log.list': LogListing;
  'log.add': LogEntryView;
  'log.edit': LogEntryView;
  'log.void': LogEntryView;
  'log.history': EntryHistory;
  'log.verify': VerifyResult;
  'log.checkFingerprint': FingerprintCheck;
  /** The check again, after the acknowledgement was kept. */
  'log.acknowledgeProblem': VerifyResult;
  'log.conference': ConferenceChoice;
  'log.setConference': ConferenceChoice;
  'log.goodFaith': GoodFaithResult;
}

export type { LogEntryView, LogListing, RevisionView, ChosenConference, ContactRef, GoodFaithResult, RequestView, VerifyResult, VerifyProblem, FingerprintCheck, LogFingerprint, RecordedProblem };
export type { EntryContent, EntryInput, EntryKind, EntryPatch, Outcome, RequestOutcome, StartedBy, PromisedBy, Agreement, FollowUp, ContactMeans } from '../contacts/entryContent.js';
export type { RequestStatus, RequestState, OutcomeRecord } from '../contacts/requestStatus.js';
export type { SetType, RequestFieldsInput, RequestPatch } from '../contacts/requests.js';
export type { OutcomeView } from '../contacts/contactLog.js';
