import { useEffect, useState } from 'react';
import type { EntryContent, EntryKind, Outcome, PromisedBy, StartedBy } from '../../../src-main/core/api/contract';
import { useCase } from '../../store/caseStore';
import { draftOf, useDrafts } from '../../store/draftStore';
import { browserTimeZone } from './words';

export interface RequestDraft {
  outcome: Outcome;
  byDate: string;
  note: string;
}

export interface Draft {
  kind: EntryKind;
  date: string;
  time: string;
  timeZone: string;
  minutes: string;
  startedBy: StartedBy;
  participants: string;
  requests: Record<number, RequestDraft>;
  agreements: { text: string; who: PromisedBy; dueDate: string }[];
  followUps: { text: string; dueDate: string }[];
  notes: string;
  reference: string;
}

export function fromContent(c: EntryContent): Draft {
  const [date, time] = c.at.split('T') as [string, string];
  return {
    kind: c.kind,
    date,
    time,
    timeZone: c.timeZone,
    minutes: c.minutes === null ? '' : String(c.minutes),
    startedBy: c.startedBy,
    participants: c.participants.join('\n'),
    requests: Object.fromEntries(c.requests.map((r) => [r.requestId, { outcome: r.outcome, byDate: r.byDate ?? '', note: r.note ?? '' }])),
    agreements: c.agreements.map((a) => ({ text: a.text, who: a.who, dueDate: a.dueDate ?? '' })),
    followUps: c.followUps.map((f) => ({ text: f.text, dueDate: f.dueDate ?? '' })),
    notes: c.notes,
    reference: c.reference,
  };
}

/** A new entry: the date and time are left for the person to give. The app never guesses when something happened. */
export function blank(counsel: string): Draft {
  return { kind: 'phone-call', date: '', time: '', timeZone: browserTimeZone(), minutes: '', startedBy: 'me', participants: counsel, requests: {}, agreements: [], followUps: [], notes: '', reference: '' };
}

interface Kept {
  draft: Draft;
  reason: string;
}

/** Session storage is not trusted: a kept draft is used only when it has the form's shape. */
function asKept(value: unknown, start: Draft): Kept | null {
  if (value === null || typeof value !== 'object') return null;
  const { draft, reason } = value as { draft?: unknown; reason?: unknown };
  if (draft === null || typeof draft !== 'object' || typeof reason !== 'string') return null;
  const d = draft as Record<string, unknown>;
  for (const [key, sample] of Object.entries(start)) {
    if (Array.isArray(sample) ? !Array.isArray(d[key]) : typeof d[key] !== typeof sample) return null;
  }
  return { draft: d as unknown as Draft, reason };
}

export const entryFormKey = (editingId?: number): string => (editingId === undefined ? 'log-new' : `log-edit-${editingId}`);

/**
 * The form's input, kept for this case while it is not saved: it comes back after going to
 * another screen or reloading. `forget` is for after saving or cancelling.
 */
export function useEntryDraft(start: () => Draft, editingId?: number) {
  const casePath = useCase((s) => s.current?.path ?? '');
  const keep = useDrafts((s) => s.keep);
  const formKey = entryFormKey(editingId);
  const [initial] = useState(start);
  const [kept] = useState(() => asKept(draftOf(useDrafts.getState().drafts, casePath, formKey), initial));
  const [draft, setDraft] = useState<Draft>(kept?.draft ?? initial);
  const [reason, setReason] = useState(kept?.reason ?? '');

  useEffect(() => {
    const untouched = reason === '' && JSON.stringify(draft) === JSON.stringify(initial);
    keep(casePath, formKey, untouched ? null : { draft, reason });
  }, [draft, reason, initial, casePath, formKey, keep]);

  return { draft, setDraft, reason, setReason, restored: kept !== null, forget: () => keep(casePath, formKey, null) };
}

/** A request ticked starts as "still disputed"; unticked, its outcome and note are dropped. */
export function pickRequest(d: Draft, id: number, on: boolean): Draft {
  const next = { ...d.requests };
  if (on) next[id] = { outcome: 'still-disputed', byDate: '', note: '' };
  else delete next[id];
  return { ...d, requests: next };
}
