import type { EntryInput } from '../../../src-main/core/api/contract';
import type { CallDraft } from '../../store/logStore';

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
