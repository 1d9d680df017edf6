/**
 * Who an entry names, in words that fit what happened: people "took part" in a call or meeting,
 * but nobody took part in a call nobody answered, so a try says whom it tried to reach.
 * Pure, and free of zod, so the screens can use it too.
 */
export const TRY_KINDS = ['no-answer', 'voicemail', 'message-with-staff'] as const;

const isTry = (kind: string) => (TRY_KINDS as readonly string[]).includes(kind);

export interface WhoWords {
  /** "Who took part", "Who you tried to reach", "Who tried to reach you". */
  label: string;
  /** The names, or '' when none were written. */
  names: string;
}

export function whoWords(content: { kind: string; startedBy: string; participants: readonly string[] }): WhoWords {
  const names = content.participants.map((p) => p.trim()).filter(Boolean).join(', ');
  if (!isTry(content.kind)) return { label: 'Who took part', names };
  if (content.startedBy === 'them') return { label: 'Who tried to reach you', names };
  return { label: content.startedBy === 'me' ? 'Who you tried to reach' : 'Who someone tried to reach', names };
}

/** The same, in one line for a court paper about `party` ("Plaintiff"): "Plaintiff tried to reach Jane Roe". */
export function whoLine(content: { kind: string; startedBy: string; participants: readonly string[] }, party: string): string {
  const { names } = whoWords(content);
  if (!isTry(content.kind)) return names;
  if (content.startedBy === 'them') return `${names || 'The other side'} tried to reach ${party}`;
  if (content.startedBy === 'me') return `${party} tried to reach ${names || 'the other side'}`;
  return names ? `Someone tried to reach ${names}` : '';
}
