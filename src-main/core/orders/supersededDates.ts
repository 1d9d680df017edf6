/**
 * A date an earlier order set, told as history, that this order replaces: "Plaintiff was advised
 * that if he did not pay … by July 31, 2017, …" and then "Plaintiff … must, no later than August 10,
 * 2017, pay …"; "Pursuant to the order … that a settlement conference be scheduled by July 15, 2004
 * …, the date set for the settlement conference is August 27, 2004". The old date may still lie ahead
 * of the order's own date, so "past" does not catch it; what marks it is the telling ("was advised",
 * "pursuant to the order of") and a later date this order gives for the same thing.
 */
import type { DateMention } from './dateRoles.js';
import { contentWords, sharedWords } from './wordOverlap.js';

/** What an earlier order did, told in the past: "Plaintiff was advised …", "was granted a 60 day extension". */
export const TOLD_IN_THE_PAST = /\b(?:was|were|had\s+been)\s+(?:advised|ordered|directed|warned|instructed|told|given|permitted|required|granted|allowed|dismissed|extended)\b/i;
const TOLD_BEFORE = new RegExp(
  String.raw`\b(?:this|the)\s+court\s+(?:previously\s+)?(?:granted|ordered|directed|gave|set)\b|\bby\s+(?:letter\s+|minute\s+)?order\s+(?:dated|filed|entered)\b|${TOLD_IN_THE_PAST.source}|\bpursuant\s+to\s+(?:the|an?)\s+(?:prior\s+|earlier\s+)?order\s+of\b|\b(?:prior|earlier|previous)\s+order\b`,
  'i',
);

/** The words of a mention's clause that say what the date is for. */
function about(text: string, m: DateMention): Set<string> {
  return contentWords(text.slice(m.clauseStart, m.clauseEnd));
}

export function markSuperseded(text: string, mentions: DateMention[]): void {
  const live = (m: DateMention) => m.role === 'deadline' || m.role === 'appearance';
  const told = mentions.filter((m) => live(m) && TOLD_BEFORE.test(text.slice(m.sentenceStart, m.start)));
  if (told.length === 0) return;
  for (const old of told) {
    const oldWords = about(text, old);
    const replaced = mentions.some((m) => m !== old && live(m) && m.iso > old.iso && !told.includes(m) && sharedWords(about(text, m), oldWords) >= 2);
    if (replaced) old.role = 'changed';
  }
}
