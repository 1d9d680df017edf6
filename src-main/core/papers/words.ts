/**
 * Small word helpers shared by the papers: who is who in the case, names of requests as they
 * go on a court paper, lists in words. Pure functions; nothing here reads the case file.
 */
import type { Caption as CaseCaption } from '../caseInfo/caption.js';
import { caseLine } from '../caseInfo/caseName.js';
import type { RequestView } from '../contacts/requests.js';
import { SET_TYPE_NAMES } from '../contacts/requests.js';
import { formatShortDate } from '../deadlines/index.js';

/** "Plaintiff" / "Defendant": how a court paper names the person using the app. */
export function partyWord(side: CaseCaption['side'] | 'plaintiff' | 'defendant' | ''): string {
  return side === 'defendant' ? 'Defendant' : side === 'plaintiff' ? 'Plaintiff' : 'Party';
}

/** "Defendants" / "Plaintiff(s)": the other side, plural when the caption lists several or says "et al.". */
export function otherSideWord(c: CaseCaption): string {
  const names = c.side === 'defendant' ? c.plaintiffs : c.defendants;
  const one = c.side === 'defendant' ? 'Plaintiff' : 'Defendant';
  const many = names.length > 1 || names.some((n) => /\bet\s+al\b/i.test(n));
  return many ? `${one}s` : one;
}

/** The person's name as typed in "About your case", spaces tidied. */
export function personName(c: CaseCaption): string {
  return c.partyName.replace(/\s+/g, ' ').trim();
}

/** Address lines as typed, one a line, blanks dropped. */
export function addressLines(address: string): string[] {
  return address
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** "Prisoner No. D-00000", or the number as typed when it already names its system ("CDCR No. AB-1234"). */
export function prisonerLine(number: string): string {
  const n = number.replace(/\s+/g, ' ').trim();
  if (!n) return '';
  if (/^[A-Za-z.]{2,12}\s*(?:No\.?|#|Number)\s*/i.test(n)) return n;
  return `Prisoner No. ${n}`;
}

const SET_WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];

/** "Request for Production, Set One, No. 3": the way court papers name a request. */
export function requestFullName(r: Pick<RequestView, 'setType' | 'setNumber' | 'number'>): string {
  const set = SET_WORDS[r.setNumber] ?? String(r.setNumber);
  return `${SET_TYPE_NAMES[r.setType]}, Set ${set}, No. ${r.number}`;
}

/** "a, b and c" */
export function listWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${last} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${last} ${items[items.length - 1]}`;
}

/** "June 3, 2021" from 'YYYY-MM-DD' (or the date part of 'YYYY-MM-DDTHH:mm'). */
export function shortDate(iso: string): string {
  return formatShortDate(iso.slice(0, 10));
}

/** "10:00 a.m." from 'YYYY-MM-DDTHH:mm'. */
export function clockTime(at: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(at);
  if (!m) return '';
  const h = Number(m[1]);
  const mm = m[2];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${mm} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

/** "Dickson v. Gomez, No. 1:17-cv-00294-DAD-BAM (PC)" for page footers. */
export function footerCase(c: CaseCaption): string {
  return caseLine(c);
}

/** Who must act, in words a person reads on a wall chart. "You" when it is the person using the app. */
export function whoMustAct(actor: string, side: CaseCaption['side']): string {
  if (side && actor === side) return 'You';
  if (side === 'plaintiff' && (actor === 'defense-counsel' || actor === 'defendant')) return actor === 'defendant' ? 'The other side' : "The other side's lawyer";
  if (side === 'defendant' && actor === 'plaintiff') return 'The other side';
  switch (actor) {
    case 'plaintiff':
      return 'The plaintiff';
    case 'defendant':
      return 'The defendants';
    case 'defense-counsel':
      return "The defendants' lawyer";
    case 'all-parties':
      return 'Everyone in the case';
    case 'court':
      return 'The court';
    default:
      return 'The order does not say who';
  }
}

/** Text the person still has to fill in: "[Write ...]". Exported papers warn while any is left. */
export const PLACEHOLDER_RE = /\[(?:Write|Fill in|Add)[^\]]*\]/g;

export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER_RE) ?? [];
}

/** The first sentences of a text, up to about `max` characters. */
export function firstSentences(text: string, max = 260): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const parts = clean.match(/[^.!?]+[.!?]+(?:["')\]]+)?\s*/g) ?? [clean];
  let out = '';
  for (const p of parts) {
    if (out && (out + p).length > max) break;
    out += p;
  }
  out = out.trim();
  return out.length > max ? `${out.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : out;
}
