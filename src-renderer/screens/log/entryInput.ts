import type { EntryInput, RequestView } from '../../../src-main/core/api/contract';
import type { Draft } from './entryDraft';
import { browserTimeZone } from './words';

/** The form's words -> what the API takes. Problems the API checks (dates, lengths) come back from it in words. */
export function toEntry(d: Draft, requests: RequestView[]): EntryInput | { problem: string; field: string } {
  if (!d.date) return { problem: 'Please give the date it happened.', field: 'date' };
  if (!d.time) return { problem: 'Please give the time it happened. If you do not know it, give your best guess and say so in the notes.', field: 'time' };
  const minutes = d.minutes.trim();
  if (minutes && !/^\d+$/.test(minutes)) return { problem: 'Please give the minutes as a whole number, like 20.', field: 'entry.minutes' };
  const known = new Set(requests.map((r) => r.id));
  return {
    kind: d.kind,
    at: `${d.date}T${d.time.slice(0, 5)}`,
    timeZone: d.timeZone.trim() || browserTimeZone(),
    minutes: minutes ? Number(minutes) : null,
    startedBy: d.startedBy,
    participants: d.participants.split('\n').map((p) => p.trim()).filter(Boolean),
    requests: Object.entries(d.requests)
      .filter(([id]) => known.has(Number(id)))
      .map(([id, r]) => ({
        requestId: Number(id),
        outcome: r.outcome,
        ...(r.outcome === 'agreed-to-supplement' && r.byDate && { byDate: r.byDate }),
        ...(r.note.trim() && { note: r.note.trim() }),
      })),
    agreements: d.agreements.filter((a) => a.text.trim()).map((a) => ({ text: a.text, who: a.who, ...(a.dueDate && { dueDate: a.dueDate }) })),
    followUps: d.followUps.filter((f) => f.text.trim()).map((f) => ({ text: f.text, ...(f.dueDate && { dueDate: f.dueDate }) })),
    notes: d.notes,
    reference: d.reference,
  };
}

/** The message for a field (or any field inside it, like "agreements.0"), when the last problem was about it. */
export type ProblemFor = (...fields: string[]) => string | null;

/** API problems name fields like "entry.minutes"; the form's fields are named without "entry.". */
export function problemFor(error: { message: string; field?: string } | null): ProblemFor {
  const errField = error?.field?.replace(/^entry\./, '');
  return (...fields) => (error && errField && fields.some((f) => errField === f || errField.startsWith(`${f}.`)) ? error.message : null);
}
