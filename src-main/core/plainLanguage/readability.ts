/**
 * Flesch–Kincaid grade level, with sentence and word rules that suit court papers:
 * - a sentence ends at . ! or ? followed by a capital, a digit, a quote or a bracket, or
 *   at the end of the text, a blank line or a new list item; but never after an
 *   abbreviation such as "U.S.C.", "No.", "e.g.", "a.m.", "Fed.", "v." or an initial;
 * - a date ("May 24, 2021", "5/24/2021", "2021-05-24") is one word of one syllable, and so
 *   is any number ("21", "1,000", "26(b)(1)");
 * - "§" is a word ("section", two syllables); a hyphenated word is one word whose
 *   syllables add up ("in-person" = 3);
 * - list markers such as "(a)", "(1)" and the numerals in "thirty (30) days" are not
 *   read aloud, so they are not counted.
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 */
import { countSyllables } from './syllables.js';

export interface ReadingReport {
  /** Flesch–Kincaid grade level, unrounded (0 for a text with no words). */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
  longestSentenceWords: number;
}

export interface SentenceStats {
  /** The sentence as found in the text (whitespace squeezed). */
  text: string;
  words: number;
  syllables: number;
}

/** Glues the parts of a date into one token; never occurs in real text (Private Use Area). */
const JOIN = '\uE000';

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DATE_PATTERNS: RegExp[] = [
  // May 24, 2021 / May 24 / May 2021 / June 14th, 2021
  new RegExp(`\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4})\\b`, 'g'),
  // 24 May 2021
  new RegExp(`\\b\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?\\b`, 'g'),
];

/** Abbreviations (lower case, without the final dot) after which a sentence does not end. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'vs', 'al', 'fed', 'civ', 'crim',
  'app', 'evid', 'proc', 'cal', 'cir', 'supp', 'inc', 'co', 'corp', 'ltd', 'dept', 'govt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'dkt',
  'doc', 'ex', 'exh', 'para', 'paras', 'sec', 'secs', 'art', 'ch', 'vol', 'pp', 'id', 'cf',
  'approx', 'ave', 'blvd', 'rev', 'stat', 'ann', 'ord', 'tel', 'admin', 'ct', 'dist',
]);
/** "No." and "Nos." are abbreviations only before a number ("ECF No. 70"); "The answer is no." ends. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos']);

/** Characters that may close a sentence after its final mark: quotes and brackets. */
const CLOSERS = /["'”’)\]]+$/u;
const OPENERS = /^["'“‘([]+/u;
const LIST_ITEM = /^\s*(?:[-•*▪◦]|\(?[a-z0-9]{1,3}[.)])\s+/iu;

function protectDates(text: string): string {
  let out = text;
  for (const pattern of DATE_PATTERNS) {
    out = out.replace(pattern, (m) => m.replace(/\s+/g, JOIN));
  }
  // 5/24/2021 and 2021-05-24 are single tokens already.
  return out;
}

function isAbbreviation(token: string, next: string | undefined): boolean {
  // token ends with "." (closers already removed)
  const bare = token.replace(OPENERS, '').slice(0, -1);
  if (bare === '') return false;
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare)) return true; // U.S.C, e.g, a.m, initials, v
  const lower = bare.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return next !== undefined && /^\p{N}/u.test(next);
  return ABBREVIATIONS.has(lower);
}

function endsSentence(token: string, next: string | undefined): boolean {
  const core = token.replace(CLOSERS, '');
  if (!/[.!?]$/.test(core)) return false;
  if (/\.$/.test(core) && !/\.\.$/.test(core) && isAbbreviation(core, next)) return false;
  if (next === undefined) return true;
  // "The court said so. then ..." is not how sentences start; a lower-case word keeps going.
  return !/^["'“‘([]*\p{Ll}/u.test(next);
}

/** Words of a token as read: [] for punctuation and list markers; 1+ for dashes inside. */
function wordsOfToken(token: string): string[] {
  const out: string[] = [];
  for (const part of token.split(/[—–]+|-{2,}/)) {
    const t = part.replace(/^[^\p{L}\p{N}§&%]+/u, '').replace(/[^\p{L}\p{N}§&%.]+$/u, '');
    if (t === '' || !/[\p{L}\p{N}§&%]/u.test(t)) continue;
    if (/^\((?:[\p{L}]{1,4}|\p{N}{1,3})\)[.,;:]?$/u.test(part.trim())) continue; // (a), (iv), (30)
    if (/^\p{L}\)$/u.test(part.trim())) continue; // a)
    out.push(t);
  }
  return out;
}

/** The sentences of a text with their word and syllable counts. */
export function analyzeSentences(text: string): SentenceStats[] {
  const sentences: SentenceStats[] = [];
  const blocks: string[] = [];
  for (const paragraph of protectDates(text).split(/\n\s*\n/)) {
    let current = '';
    for (const line of paragraph.split('\n')) {
      if (LIST_ITEM.test(line) && current.trim() !== '') {
        blocks.push(current);
        current = '';
      }
      current += `${line}\n`;
    }
    blocks.push(current);
  }

  for (const block of blocks) {
    const tokens = block.split(/\s+/).filter((t) => t !== '');
    let words = 0;
    let syllables = 0;
    let start = 0;
    const close = (end: number) => {
      if (words > 0) {
        sentences.push({
          text: tokens.slice(start, end).join(' ').replaceAll(JOIN, ' '),
          words,
          syllables,
        });
      }
      words = 0;
      syllables = 0;
      start = end;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      for (const word of wordsOfToken(token)) {
        words += 1;
        syllables += countSyllables(word); // a date glued with JOIN has digits: one syllable
      }
      if (endsSentence(token, tokens[i + 1])) close(i + 1);
    }
    close(tokens.length);
  }
  return sentences;
}

/** The sentences of a text, as strings (for messages and for showing the hardest one). */
export function readingSentences(text: string): string[] {
  return analyzeSentences(text).map((s) => s.text);
}

export function readingReport(text: string): ReadingReport {
  const sentences = analyzeSentences(text);
  let words = 0;
  let syllables = 0;
  let longestSentenceWords = 0;
  for (const s of sentences) {
    words += s.words;
    syllables += s.syllables;
    if (s.words > longestSentenceWords) longestSentenceWords = s.words;
  }
  const count = Math.max(1, sentences.length);
  const grade = words === 0 ? 0 : 0.39 * (words / count) + 11.8 * (syllables / words) - 15.59;
  return { grade, words, sentences: sentences.length, syllables, longestSentenceWords };
}

/** Flesch–Kincaid grade level of a text (see the rules at the top of this file). */
export function fleschKincaidGrade(text: string): number {
  return readingReport(text).grade;
}
