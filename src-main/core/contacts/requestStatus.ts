/**
 * Where each request stands, worked out from the log every time (never stored), so it can
 * never disagree with the log. Only entries that are not removed count, in the order the
 * contacts happened:
 *   agreed to produce     -> resolved
 *   agreed to supplement  -> partly resolved (with the date they promised, if given)
 *   withdrawn             -> withdrawn
 *   still disputed        -> open again
 *   other                 -> no change
 */
import type { EntryKind, Outcome } from './entryContent.js';
import type { CurrentEntry } from './logRows.js';

export const REQUEST_STATES = ['open', 'resolved', 'partly-resolved', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export interface RequestStatus {
  state: RequestState;
  /** The day of the contact that set this state (the entry's own date), or null while nothing has. */
  date: string | null;
  entryId: number | null;
  /** For partly resolved: the date they promised to add to their answer by, when given. */
  byDate: string | null;
  note: string | null;
}

/** One thing the log says about a request. */
export interface OutcomeRecord {
  entryId: number;
  /** 'YYYY-MM-DD', the entry's own date. */
  date: string;
  at: string;
  kind: EntryKind;
  outcome: Outcome;
  byDate: string | null;
  note: string | null;
}

export const OPEN: RequestStatus = { state: 'open', date: null, entryId: null, byDate: null, note: null };

const stateFor: Record<Outcome, RequestState | null> = {
  'agreed-to-produce': 'resolved',
  'agreed-to-supplement': 'partly-resolved',
  withdrawn: 'withdrawn',
  'still-disputed': 'open',
  other: null,
};

/** Status and outcome history of every request the log mentions. Pass live entries in time order. */
export function deriveStatuses(entries: readonly CurrentEntry[]): Map<number, { status: RequestStatus; outcomes: OutcomeRecord[] }> {
  const out = new Map<number, { status: RequestStatus; outcomes: OutcomeRecord[] }>();
  for (const e of entries) {
    if (e.isVoid) continue;
    for (const r of e.content.requests) {
      let slot = out.get(r.requestId);
      if (!slot) out.set(r.requestId, (slot = { status: OPEN, outcomes: [] }));
      const date = e.content.at.slice(0, 10);
      const byDate = r.byDate ?? null;
      const note = r.note ?? null;
      slot.outcomes.push({ entryId: e.entryId, date, at: e.content.at, kind: e.content.kind, outcome: r.outcome, byDate, note });
      const state = stateFor[r.outcome];
      if (state) slot.status = { state, date, entryId: e.entryId, byDate: state === 'partly-resolved' ? byDate : null, note };
    }
  }
  return out;
}
