/**
 * The order as it is pleasant to read: the cleaned text (no pleading line numbers, page
 * headers or markup), with each requirement's quote moved onto it through the cleaning map.
 * The cards still quote the original, character for character.
 */
import { cleanOrderText } from '../orders/index.js';
import { findGlossaryTerms, type TermSpan } from '../plainLanguage/index.js';

export interface ReadingText {
  text: string;
  quotes: { id: string; start: number; end: number }[];
  glossary: TermSpan[];
}

/** First cleaned index whose original offset is at or after `offset` (the map only grows). */
function cleanedIndex(map: Int32Array, offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function readingText(original: string, quotes: { id: string; start: number; end: number }[]): ReadingText {
  const cleaned = cleanOrderText(original);
  return {
    text: cleaned.text,
    quotes: quotes
      .map((q) => ({ id: q.id, start: cleanedIndex(cleaned.map, q.start), end: cleanedIndex(cleaned.map, q.end) }))
      .filter((q) => q.end > q.start),
    glossary: findGlossaryTerms(cleaned.text),
  };
}
