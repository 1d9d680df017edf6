/**
 * An English syllable counter for readability scores: rules first, then a short list of
 * words the rules get wrong. It aims at what a dictionary shows (Merriam-Webster's
 * syllable breaks, the CMU Pronouncing Dictionary where they differ), not at perfection:
 * a reading-level score only needs the count to be right for most words.
 *
 * What counts as what:
 * - A plain word: vowel groups (a e i o u y), less a silent final e ("make"), a silent
 *   -es ("rules") or -ed ("filed"); plus the vowel pairs that are two syllables ("tri-al",
 *   "vi-o-late", "be-ing").
 * - A hyphenated word or one joined by "/": the sum of its parts ("in-person" = 3).
 * - An abbreviation read letter by letter ("U.S.C.", "e.g.", "ECF", "FRCP"): one
 *   syllable a letter, three for "W".
 * - A number or anything with a digit in it ("21", "2021", "26(b)(1)", "1:17-cv-00294"):
 *   one syllable. The reading-level formula treats numbers and dates as one short word,
 *   and this keeps the two in step.
 * - "§" is read "section" (2), "&" "and" (1), "%" "percent" (2).
 * - "every" is 2, after Merriam-Webster's first pronunciation \ˈev-rē\ (the CMU dictionary
 *   lists both 2 and 3); its compounds follow ("everyone" = 3).
 */

/** Words the rules get wrong, with their dictionary count. Keys are lower case, letters only. */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map<string, number>([
  // silent letters and contractions of speech
  ['every', 2],
  ['business', 2],
  ['businesses', 3],
  ['evening', 2],
  ['wednesday', 2],
  ['people', 2],
  ['peoples', 2],
  ['element', 3],
  ['elements', 3],
  ['wherever', 3],
  ['whoever', 3],
  ['whomever', 3],
  ['hereditary', 5],
  ['colonel', 2],
  ['choir', 1],
  ['lien', 1],
  ['liens', 1],
  ['priest', 1],
  ['pier', 1],
  ['tier', 1],
  ['frontier', 2],
  ['soldier', 2],
  ['cashier', 2],
  ['science', 2],
  ['sciences', 3],
  ['righteous', 2],
  ['acre', 2],
  ['acres', 2],
  ['recipe', 3],
  ['simile', 3],
  ['apostrophe', 4],
  ['catastrophe', 4],
  ['coyote', 3],
  ['naive', 2],
  // -ed said as its own syllable
  ['naked', 2],
  ['wicked', 2],
  ['crooked', 2],
  ['rugged', 2],
  ['ragged', 2],
  ['beloved', 3],
  ['learned', 1],
  // vowel pairs said as two syllables
  ['area', 3],
  ['areas', 3],
  ['idea', 3],
  ['ideas', 3],
  ['ideal', 3],
  ['poem', 2],
  ['poems', 2],
  ['poet', 2],
  ['poetry', 3],
  ['fluid', 2],
  ['ruin', 2],
  ['ruins', 2],
  ['ruined', 2],
  ['genuine', 3],
  ['genuinely', 4],
  ['suicide', 3],
  ['intuition', 4],
  ['tuition', 3],
  ['being', 2],
  ['beings', 2],
  ['museum', 3],
  ['preamble', 3],
  ['foregoing', 3],
  ['creature', 2],
  ['creatures', 2],
  // Latin used in court papers
  ['habeas', 3],
  ['certiorari', 5],
  ['sponte', 2],
  ['fide', 2],
  ['facie', 2],
  ['parte', 2],
  ['limine', 3],
  ['rea', 2],
  ['se', 1],
  // letters of the alphabet and abbreviations without vowels that are said as words
  ['mr', 2],
  ['mrs', 2],
  ['ms', 1],
  ['dr', 2],
  ['jr', 2],
  ['sr', 2],
  ['st', 1],
  ['vs', 2],
  ['w', 3],
  ['dkt', 2],
]);

/** Upper-case abbreviations said letter by letter even though they contain a vowel. */
const SPELLED_ACRONYMS: ReadonlySet<string> = new Set([
  'ECF', 'IFP', 'USC', 'ADA', 'FBI', 'DOJ', 'USA', 'ID', 'DOB', 'EDCA', 'NDCA', 'CDCA', 'SDCA',
  'OSC', 'TRO', 'PLRA', 'FRE', 'RFA', 'RFP', 'RFPS', 'RFAS', 'CEO', 'IRS', 'DUI', 'AKA', 'ATF',
  'DEA', 'ICE', 'USPS', 'UPS', 'EEOC', 'ACLU', 'CDC', 'IOU', 'ETA',
]);

/** First parts of compound words whose final e is silent ("somewhere", "hereby", "timeline"). */
const COMPOUND_FIRST_PARTS = [
  'every', 'some', 'there', 'where', 'here', 'home', 'time', 'life', 'like', 'whole', 'note',
  'more', 'care', 'safe', 'base', 'house', 'case', 'side', 'state', 'fire', 'lone', 'false',
  'any', 'trade', 'score', 'store', 'wide', 'name', 'make', 'game', 'stone', 'grave', 'hate',
] as const;

const SYMBOLS: ReadonlyMap<string, number> = new Map([
  ['§', 2],
  ['§§', 2],
  ['&', 1],
  ['%', 2],
  ['¶', 3],
]);

const VOWEL = /[aeiouy]/;
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
/** Consonants that make "-le" a syllable of its own: ta-ble, han-dle, ti-tle, has-sle. */
const LE_SYLLABLE = /[bcdfgkpstz]l$/;

function letterCount(letters: string): number {
  let n = 0;
  for (const ch of letters.toLowerCase()) {
    if (ch >= 'a' && ch <= 'z') n += ch === 'w' ? 3 : 1;
  }
  return n;
}

/**
 * How many syllables one word has. Accepts a token as it appears in text: surrounding
 * punctuation, apostrophes, hyphens and dots are handled. Returns 0 for a token with no
 * letter, digit or known symbol.
 */
export function countSyllables(token: string): number {
  const raw = token.trim();
  if (raw === '') return 0;

  const symbol = SYMBOLS.get(raw);
  if (symbol !== undefined) return symbol;

  // Anything with a digit in it reads as one short word (see the note at the top).
  if (/\p{N}/u.test(raw)) return 1;

  // Strip surrounding punctuation, keeping inner dots, hyphens and slashes.
  const trimmed = raw.replace(/^[^\p{L}§&%]+/u, '').replace(/[^\p{L}.]+$/u, '');
  if (trimmed === '') return 0;

  // Parts joined by hyphens, dashes or slashes: count each.
  if (/[-‐‑–—/]/.test(trimmed)) {
    let total = 0;
    for (const part of trimmed.split(/[-‐‑–—/]+/)) total += countSyllables(part);
    return total;
  }
  const innerSymbol = /[§&%]/.exec(trimmed);
  if (innerSymbol) {
    return trimmed.split(/([§&%]+)/).reduce((sum, part) => sum + countSyllables(part), 0);
  }

  // Letter-dot abbreviations: "U.S.C.", "e.g.", "a.m.", "L.R.", "v."
  if (/^(\p{L}\.)+\p{L}?\.?$/u.test(trimmed) && trimmed.length <= 12) {
    if (/^\p{L}\.$/u.test(trimmed)) return trimmed.toLowerCase() === 'w.' ? 3 : 1;
    return letterCount(trimmed);
  }

  const bare = trimmed.replace(/\.+$/, '');
  // A dotted word that is not letter-dot-letter ("Civ.", "Fed.", "No."): count the word.
  const letters = bare
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’.]/g, '');
  if (!/^[A-Za-z]+$/.test(letters)) {
    // Letters from other scripts: a vowel-group guess is all we can do; at least one.
    return Math.max(1, (letters.match(/[aeiouy]+/gi) ?? []).length);
  }

  if (letters.length >= 2 && letters === letters.toUpperCase() && SPELLED_ACRONYMS.has(letters)) {
    return letterCount(letters);
  }
  return countWord(letters.toLowerCase());
}

/** Syllables in a lower-case word of letters a-z only. */
function countWord(word: string): number {
  const known = EXCEPTIONS.get(word);
  if (known !== undefined) return known;

  // No vowel at all: an abbreviation read letter by letter ("FRCP", "pp", "cf", "PC").
  if (!VOWEL.test(word)) return letterCount(word);

  for (const first of COMPOUND_FIRST_PARTS) {
    if (word.length > first.length + 1 && word.startsWith(first)) {
      const rest = word.slice(first.length);
      if (rest.length >= 2 && VOWEL.test(rest)) return countWord(first) + countWord(rest);
    }
  }

  return countByRules(word);
}

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && CONSONANTS.includes(ch);
}

function countByRules(original: string): number {
  let w = original;

  // "qu" and word-final "gue" after a vowel: the u is not a vowel sound.
  w = w.replace(/qu/g, 'q');
  w = w.replace(/([aeiou])gue(s|d)?$/, '$1g$2');
  // y before a vowel at the start of a word or between vowels is a consonant ("yes", "saying").
  w = w.replace(/^y(?=[aeiou])/, 'j');
  w = w.replace(/([aeiou])y(?=[aeiou])/g, '$1j');

  // Prefixes said apart from the next vowel: re-open, re-impose, co-operate.
  w = w.replace(/^re(?=[iou]|e(?:nt|lec|v|x|st)|a(?:ct|ss|pp|ff|dj|rr|wa|ll[oi]|lig|tt))/, 're|');
  if (/^re\|i(?:gns?|ns?)$/.test(w)) w = w.replace('|', ''); // reign, rein
  w = w.replace(/^co(?=op|ord|ex|eq|au|incid|erc|hab)/, 'co|');
  w = w.replace(/^pre(?=e|o[cp])/, 'pre|');

  // Vowel pairs that are two syllables. '|' breaks a vowel group.
  w = splitPairs(w);

  // Final -ing after a vowel is its own syllable: be-ing, go-ing, try-ing.
  w = w.replace(/([aeiouy])(ings?)$/, '$1|$2');

  let count = (w.match(/[aeiouy]+/g) ?? []).length;

  // A lone final e after a consonant is silent (make, judge), except consonant + le (table).
  if (/[^aeiouy|]e$/.test(w) && !LE_SYLLABLE.test(w.slice(0, -1))) count -= 1;
  // -es is silent except after s, x, z, ch, sh, ce, ge and consonant + les (rules vs. boxes).
  else if (/[^aeiouy|]es$/.test(w) && !/(?:[sxzcg]|[cs]h)es$/.test(w) && !LE_SYLLABLE.test(w.slice(0, -2))) count -= 1;
  // -ed is silent except after t, d, consonant + l and consonant + r (filed vs. needed, hundred).
  else if (/[^aeiouy|]ed$/.test(w) && !/(?:[td]|[bcdfgkpt]r)ed$/.test(w) && !LE_SYLLABLE.test(w.slice(0, -2))) count -= 1;

  // A silent e inside the word before a suffix: state-ment, like-ly, care-ful, home-less.
  const inner = /([aeiouy])([bcdfghjkmnpqrstvwxz]+)e(?:ments?|ly|ful|fully|ness|less)$/.exec(w);
  if (inner && !(inner[2] !== undefined && inner[2].length >= 2 && LE_SYLLABLE.test(inner[2]))) count -= 1;

  // -ically is said "ik-lee": ba-si-cal-ly has three syllables in the CMU dictionary.
  if (/ically$/.test(w)) count -= 1;
  // -ism and -asm end with a syllable that has no vowel letter: crit-i-cism.
  if (/[aeiouy]sms?$/.test(w)) count += 1;
  // Mc is a syllable of its own: Mc-Au-liffe.
  if (/^mc[a-z]/.test(original)) count += 1;

  return Math.max(1, count);
}

/** Mark with '|' the vowel pairs that are two syllables in most English words. */
function splitPairs(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    out += ch;
    const next = w[i + 1];
    if (next === undefined) break;
    const prev = w[i - 1];
    const pair = ch + next;
    const rest = w.slice(i + 2);
    if (shouldSplit(pair, prev, rest, i, w)) out += '|';
  }
  return out;
}

function shouldSplit(pair: string, prev: string | undefined, rest: string, index: number, word: string): boolean {
  switch (pair) {
    case 'ia':
      // tri-al, me-di-a, ne-go-ti-ate; but so-cial, ini-tial, Geor-gia, Cal-i-for-nia
      if (rest.startsWith('t')) return true;
      if (prev === 'n' && /^s?$/.test(rest)) return false;
      return !(prev !== undefined && 'ctsgh'.includes(prev));
    case 'io':
      // pe-ri-od, vi-o-late; but ac-tion, vi-sion, re-gion, o-pin-ion, mil-lion, sen-ior
      if (prev !== undefined && 'ctsgxh'.includes(prev)) return false;
      if (prev === 'n' && /^[nr]/.test(rest)) return false;
      if (prev === 'l' && rest.startsWith('n')) return false;
      return true;
    case 'iu':
      return prev !== 'g';
    case 'ua':
      // ac-tu-al, pur-su-ant; but lan-guage, per-suade
      if (prev === 'g') return false;
      if (prev === 's' && /^[dsv]/.test(rest)) return false;
      return true;
    case 'uo':
      return prev !== 'g';
    case 'eo':
      // vid-e-o, the-o-ry, ge-og-ra-phy; but sur-geon, gor-geous, o-cean-ic
      if (prev === 'g' || prev === 'c') return index === 1;
      return true;
    case 'ie':
      if (rest.startsWith('t')) return true; // qui-et, so-ci-e-ty
      if (/^(?:nt|nce|ncy)/.test(rest)) return !(prev !== undefined && 'ctsqn'.includes(prev)); // cli-ent vs. pa-tient, con-ven-ient
      if (/^(?:rs?|st)$/.test(rest)) return isConsonant(prev); // ear-li-er, ear-li-est
      return false;
    case 'ue':
      // fu-el, in-flu-ence; but guess, val-ue
      return prev !== 'g' && /^(?:l|nt|nc)/.test(rest);
    case 'eu':
      return rest.startsWith('m'); // mu-se-um
    case 'ui':
      return /^t(?:y|ies)$/.test(rest); // con-ti-nu-i-ty, am-bi-gu-i-ty
    case 'ii':
      return true;
    case 'oe':
      return rest.startsWith('v'); // what-so-ev-er
    case 'ea':
      return index === 2 && word.startsWith('cr') && rest.startsWith('t'); // cre-ate, cre-a-tive
    default:
      return false;
  }
}

/** The word list the rules were checked against is in the tests; this is for tools and tests. */
export const SYLLABLE_EXCEPTIONS: ReadonlyMap<string, number> = EXCEPTIONS;
