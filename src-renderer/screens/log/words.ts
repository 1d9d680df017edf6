/** The contact log's words: kinds, outcomes and statuses in plain language, and dates as people say them. */
import { format } from 'date-fns';
import { formatLongDate, formatShortDate } from '../../../src-main/core/deadlines/isoDate';
import { formatClockTime } from '../../../src-main/core/deadlines/wallClock';
import type { EntryKind, Outcome, PromisedBy, RequestState, RequestView, SetType, StartedBy } from '../../../src-main/core/api/contract';

export const KIND_WORDS: Record<EntryKind, string> = {
  'phone-call': 'Phone call',
  'video-call': 'Video call',
  'in-person': 'Meeting in person',
  'letter-sent': 'Letter I sent',
  'letter-received': 'Letter I got',
  'email-sent': 'Email I sent',
  'email-received': 'Email I got',
  'no-answer': 'Tried to call, no answer',
  voicemail: 'Voicemail left',
  'message-with-staff': 'Message left with staff (such as the litigation coordinator)',
  other: 'Something else',
};
export const KINDS = Object.keys(KIND_WORDS) as EntryKind[];
export const TALK_KINDS: EntryKind[] = ['phone-call', 'video-call', 'in-person'];

export const OUTCOME_WORDS: Record<Outcome, string> = {
  'agreed-to-produce': 'They agreed to give it',
  'agreed-to-supplement': 'They agreed to add to their answer',
  withdrawn: 'I dropped this request',
  'still-disputed': 'Still in dispute',
  other: 'Something else',
};
export const OUTCOMES = Object.keys(OUTCOME_WORDS) as Outcome[];

export const STARTED_WORDS: Record<StartedBy, string> = { me: 'I did', them: 'They did', other: 'Someone else' };
export const PROMISED_WORDS: Record<PromisedBy, string> = { me: 'I did', them: 'They did', both: 'We both did' };

export const SET_TYPE_WORDS: Record<SetType, string> = {
  rfp: 'Request for Production (RFP)',
  interrogatory: 'Interrogatory',
  rfa: 'Request for Admission (RFA)',
  deposition: 'Deposition notice',
  other: 'Other request',
};
export const SET_TYPES = Object.keys(SET_TYPE_WORDS) as SetType[];

/** Status words and a symbol, so colour is never the only sign. */
export const STATE_WORDS: Record<RequestState, { word: string; symbol: string }> = {
  open: { word: 'Still in dispute', symbol: '●' },
  resolved: { word: 'Resolved', symbol: '✓' },
  'partly-resolved': { word: 'Partly resolved', symbol: '◐' },
  withdrawn: { word: 'Withdrawn', symbol: '–' },
};

/** '2021-06-03' -> 'June 3, 2021'; with the weekday, 'Thursday, June 3, 2021'; '14:05' -> '2:05 PM'. */
export const dateWords = formatShortDate;
export const dayDateWords = formatLongDate;
export const clockWords = formatClockTime;
export { localNow } from '../../format';

export const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** When a contact happened, as entered; the zone is named only when it is not this computer's. */
export function whenWords(at: string, timeZone: string): string {
  const [date, time] = at.split('T') as [string, string];
  const zone = timeZone !== browserTimeZone() ? ` (${timeZone.replace(/_/g, ' ')} time)` : '';
  return `${dayDateWords(date)}, ${clockWords(time)}${zone}`;
}

/** A saved moment (ISO, UTC) in this computer's time: 'June 4, 2021 at 9:12 AM'. */
export function savedWords(iso: string): string {
  return format(new Date(iso), "MMMM d, yyyy 'at' h:mm a");
}

export const minutesWords = (m: number | null): string => (m === null ? '' : m === 1 ? '1 minute' : `${m} minutes`);

/** "Resolved on June 10, 2021 (entry 4)" and the like. */
export function statusWords(r: RequestView): string {
  const s = r.status;
  const word = STATE_WORDS[s.state].word;
  if (s.entryId === null || s.date === null) return `${word}. Nothing in the log has changed it yet.`;
  const when = `${dateWords(s.date)} (entry ${s.entryId})`;
  switch (s.state) {
    case 'resolved':
      return `${word} on ${when}: they agreed to give it.`;
    case 'partly-resolved':
      return `${word} on ${when}: they agreed to add to their answer${s.byDate ? ` by ${dateWords(s.byDate)}` : ''}.`;
    case 'withdrawn':
      return `${word} on ${when}.`;
    default:
      return `${word}, as of ${when}.`;
  }
}

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
