/**
 * Small pieces of a card's wording, in the order's own words: a paper with its article, a long
 * duty clipped without losing a choice, two papers named together, and whether a thing is plural.
 */
import { plain } from './plainWords.js';

/** "a response", "an answer"; "answers" and "responsive pleadings" take none. */
export function withArticle(noun: string): string {
  if (pluralThing(noun)) return noun;
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

// Never end on a word that leads somewhere ("… the filing fee or"): the quote beside it has the rest.
const LOOSE_END = /(?:\s+(?:and|or|to|of|the|a|an|for|under|with|in|on|by|from|that|which|its|their|his|her))+$/i;

export function clip(text: string, maxWords = 22): string {
  const words = text.split(/\s+/);
  if (words.length <= maxWords) return text;
  const head = words.slice(0, maxWords).join(' ');
  const comma = head.lastIndexOf(',');
  const cut = comma > head.length / 2 ? head.slice(0, comma) : head;
  // "You must either pay the fee …" cut before "or apply to proceed without paying" would tell
  // the person to pay: a choice keeps its other half, even if the sentence runs long.
  const rest = text.slice(cut.length);
  if (/^[\s,]*or\b/i.test(rest) || /(?<!\bon\s+)\bor$/i.test(cut) || (/\beither\b/i.test(cut) && !/\beither\b[^]*\bor\b/i.test(cut))) return maxWords < 60 ? clip(text, 60) : text;
  return cut === head ? `${head.replace(LOOSE_END, '')} ...` : cut.replace(LOOSE_END, '');
}

/**
 * "file an amended application and an amended complaint": two papers named together are both
 * said, so the one the app knows by name does not hide the other.
 */
export function papersTogether(predicate: string, label: string): string | undefined {
  const at = predicate.toLowerCase().indexOf(label.toLowerCase());
  if (at < 0) return undefined;
  const lead = /^\s*(?:e-?file|file|submit|lodge|present|deliver|send)\s+(?:with\s+the\s+(?:court|clerk)\s+)?/i.exec(predicate)?.[0] ?? '';
  const object = predicate.slice(lead.length, at + label.length).trim();
  if (!/\s(?:and|or)\s/i.test(object) || object.split(/\s+/).length > 12 || /[,;:]/.test(object)) return undefined;
  return plain(object);
}

/** "Responses to written discovery requests" are; "Plaintiff's response to the motion" is. */
export function pluralThing(subject: string): boolean {
  const head = subject.split(/\s+(?:to|of|for|on|in|by|from|under|regarding|about)\s+/i)[0].trim().split(/\s+/).pop() ?? '';
  return /[^s'’]s$/i.test(head);
}
