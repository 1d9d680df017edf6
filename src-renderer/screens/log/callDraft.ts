import type { EntryInput } from '../../../src-main/core/api/contract';
import type { CallDraft } from '../../store/logStore';
import { browserTimeZone, localNow } from './words';

/** A call starting now: a phone call the person made, with the other side's lawyer on it when known. */
export function newCall(casePath: string, counsel: string, now: number): CallDraft {
  return { casePath, startedAtMs: now, at: localNow(now), timeZone: browserTimeZone(), kind: 'phone-call', startedBy: 'me', participants: counsel, outcomes: {}, notes: '' };
}

/** Whole minutes on the call, at least 1. */
export const callMinutes = (draft: CallDraft, nowMs: number) => Math.max(1, Math.round((nowMs - draft.startedAtMs) / 60_000));

/** The call's notes page -> a log entry, with the length the timer measured. */
export function callEntry(call: CallDraft, minutes: number): EntryInput {
  return {
    kind: call.kind,
    at: call.at,
    timeZone: call.timeZone,
    minutes,
    startedBy: call.startedBy,
    participants: call.participants.split('\n').map((p) => p.trim()).filter(Boolean),
    requests: Object.entries(call.outcomes).map(([id, outcome]) => ({ requestId: Number(id), outcome })),
    notes: call.notes,
  };
}
