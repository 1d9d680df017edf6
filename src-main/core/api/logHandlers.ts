import { addEntry, authorFor, editEntry, entryHistory, listEntries, voidEntry } from '../contacts/contactLog.js';
import { conferenceChoice, setConference } from '../contacts/conference.js';
import { goodFaithCheck } from '../contacts/goodFaith.js';
import { addRequest, listRequests, updateRequest } from '../contacts/requests.js';
import { checkFingerprint } from '../contacts/fingerprint.js';
import { acknowledgeProblem } from '../contacts/logProblems.js';
import { checkAndRecord } from '../contacts/verifyLog.js';
import type { HandlersFor } from './handlerTypes.js';
import type { logInputs } from './logContract.js';

/** Each handler is one user action on the open case; the work is in core/contacts. */
export const logHandlers: HandlersFor<keyof typeof logInputs> = {
  'requests.list': (ctx) => listRequests(ctx.session.db()),
  'requests.add': (ctx, input) => addRequest(ctx.session.db(), input),
  'requests.update': (ctx, input) => updateRequest(ctx.session.db(), input.id, input.patch),

  'log.list': (ctx, input) => listEntries(ctx.session.db(), input),
  'log.add': (ctx, input) => addEntry(ctx.session.db(), input.entry),
  'log.edit': (ctx, input) => editEntry(ctx.session.db(), input.entryId, input.entry, input.reason),
  'log.void': (ctx, input) => voidEntry(ctx.session.db(), input.entryId, input.reason),
  'log.history': (ctx, input) => entryHistory(ctx.session.db(), input.entryId),
  'log.verify': (ctx) => checkAndRecord(ctx.session.db()),
  'log.checkFingerprint': (ctx, input) => checkFingerprint(ctx.session.db(), input.fingerprint),
  'log.acknowledgeProblem'(ctx, input) {
    const db = ctx.session.db();
    acknowledgeProblem(db, input.problemId, input.reason, authorFor(db));
    return checkAndRecord(db);
  },
  'log.conference': (ctx) => conferenceChoice(ctx.session.db()),
  'log.setConference'(ctx, input) {
    const db = ctx.session.db();
    setConference(db, input.entryId);
    return conferenceChoice(db);
  },
  'log.goodFaith': (ctx) => goodFaithCheck(ctx.session.db()),
};
