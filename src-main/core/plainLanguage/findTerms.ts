/**
 * Finds glossary terms in a text (an order, a requirement, a help page) so the UI can
 * underline them and show their plain meaning.
 *
 * How a match works:
 * - Text and terms are cut into tokens: runs of letters and digits, plus "§" and "/".
 *   Matching compares tokens without regard to case, so word boundaries come for free
 *   ("motion" never matches inside "promotion").
 * - Between two tokens of a term the text may have spaces, line breaks, hyphens or
 *   apostrophes ("meet-and-confer", "Defendants’ counsel"); a dot only after a short
 *   token, as in "U.S.C." or "Fed. R. Civ. P."; nothing at all next to "§" or "/" ("§1983").
 * - The last word of a term may be plural: -s, -es, or y -> ies ("objections",
 *   "interrogatories").
 * - Overlaps are settled longest first: "motion to compel" wins over "motion", and
 *   "42 U.S.C. § 1983" over "§ 1983". Spans come back sorted and never overlap.
 *
 * Cost: one pass over the tokens, walking a small trie from each one. The trie is built
 * once, the first time it is needed.
 */
import { GLOSSARY, type GlossaryEntry } from './glossary.js';

export interface TermSpan {
  /** UTF-16 offset of the first character of the match in the text. */
  start: number;
  /** UTF-16 offset just past the match. */
  end: number;
  /** The glossary term it stands for (GlossaryEntry.term). */
  term: string;
  /** The glossary entry's id. */
  id: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GlossaryEntry;
  /** The alias ends with "." (e.g. "ECF No."): take a dot that follows into the span. */
  takesDot?: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+|[§/]/gu;
const SYMBOL_TOKENS = new Set(['§', '/']);
/** What may stand between two tokens of one term, besides a dot after a short token. */
const SOFT_GAP = /^[\s\-‐‑–'’]+$/u;
const DOT_GAP = /^\.[\s\-‐‑–]*$/u;
/** A token at most this long may be followed by a dot inside a term ("U.S.C.", "Civ."). */
const MAX_ABBREVIATION = 4;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    tokens.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function pluralsOf(word: string): string[] {
  if (!/^\p{L}{3,}$/u.test(word)) return [];
  const out = [`${word}s`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

let trie: TrieNode | null = null;

function insert(root: TrieNode, words: string[], entry: GlossaryEntry, takesDot: boolean): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  // The first entry to claim a token sequence keeps it (a glossary test forbids clashes).
  if (node.entry === undefined) {
    node.entry = entry;
    if (takesDot) node.takesDot = true;
  }
}

/** Every way an entry is written: its term first, then its aliases. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.aliases];
}

/** The tokens of a glossary form, as matching sees them ("ECF No." -> ["ecf", "no"]). */
export function formTokens(form: string): string[] {
  return tokenize(form).map((t) => t.text);
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  // Exact forms first, so a plural made up for one term never takes a real form of another.
  for (const entry of GLOSSARY) {
    for (const form of formsOf(entry)) {
      const words = formTokens(form);
      if (words.length > 0) insert(root, words, entry, form.trimEnd().endsWith('.'));
    }
  }
  for (const entry of GLOSSARY) {
    for (const form of formsOf(entry)) {
      const words = formTokens(form);
      const last = words[words.length - 1];
      if (last === undefined || form.trimEnd().endsWith('.')) continue;
      for (const plural of pluralsOf(last)) insert(root, [...words.slice(0, -1), plural], entry, false);
    }
  }
  return root;
}

function getTrie(): TrieNode {
  trie ??= buildTrie();
  return trie;
}

function gapAllowed(text: string, left: Token, right: Token): boolean {
  if (left.end === right.start) return SYMBOL_TOKENS.has(left.text) || SYMBOL_TOKENS.has(right.text);
  const gap = text.slice(left.end, right.start);
  if (gap.length > 40) return false;
  if (SOFT_GAP.test(gap)) return true;
  return DOT_GAP.test(gap) && left.text.length <= MAX_ABBREVIATION;
}

interface Candidate {
  first: number;
  last: number;
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/**
 * Glossary terms in a text, as sorted, non-overlapping spans. Case does not matter; the
 * longest term wins where two overlap.
 */
export function findGlossaryTerms(text: string): TermSpan[] {
  const root = getTrie();
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];

  for (let i = 0; i < tokens.length; i++) {
    let node = root.next.get((tokens[i]).text);
    if (node === undefined) continue;
    let j = i;
    for (;;) {
      // Every term that ends here is a candidate: if the longest one from this token loses
      // to an overlapping longer term, a shorter one may still fit.
      if (node.entry !== undefined) {
        let end = (tokens[j]).end;
        if (node.takesDot && text[end] === '.') end += 1;
        candidates.push({ first: i, last: j, start: (tokens[i]).start, end, entry: node.entry });
      }
      const nextToken = tokens[j + 1];
      if (nextToken === undefined || !gapAllowed(text, tokens[j], nextToken)) break;
      const child: TrieNode | undefined = node.next.get(nextToken.text);
      if (child === undefined) break;
      node = child;
      j += 1;
    }
  }

  // Longest first; on a tie, the earlier one.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(tokens.length);
  const chosen: TermSpan[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.first; k <= c.last; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.first, c.last + 1);
    chosen.push({ start: c.start, end: c.end, term: c.entry.term, id: c.entry.id });
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen;
}

/** The glossary entry a word or phrase stands for, if it is a term or one of its forms. */
export function lookupGlossary(phrase: string): GlossaryEntry | undefined {
  const spans = findGlossaryTerms(phrase);
  const only = spans.length === 1 ? spans[0] : undefined;
  if (only === undefined) return undefined;
  if (phrase.slice(0, only.start).trim() !== '' || phrase.slice(only.end).trim().replace(/^\.$/, '') !== '') {
    return undefined;
  }
  return GLOSSARY.find((e) => e.id === only.id);
}
