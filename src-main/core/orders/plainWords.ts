/**
 * Plain-language helpers. The people reading these summaries are often stressed and read
 * at about an 8th-grade level, so court words are swapped for everyday ones and citations
 * that mean nothing to them are dropped (the exact quote is always shown next to it).
 */
const SWAPS: [RegExp, string][] = [
  [/\bit is hereby ordered that\b:?/gi, ''],
  [/\bhereby\b\s*/gi, ''],
  [/\bpursuant to\b/gi, 'under'],
  [/\bprior to\b/gi, 'before'],
  [/\bmandatory\b/gi, 'required'],
  [/\bsubsequent to\b/gi, 'after'],
  [/\bin the event that\b/gi, 'if'],
  [/\bin order to\b/gi, 'to'],
  [/\bregarding\b/gi, 'about'],
  [/\bconcerning\b/gi, 'about'],
  [/\bwith respect to\b/gi, 'about'],
  [/\bset forth\b/gi, 'list'],
  [/\bset-up\b/gi, 'set up'],
  [/\bin-person\b/gi, 'in person'],
  [/\butilize\b/gi, 'use'],
  [/\bcommence\b/gi, 'start'],
  [/\bforthwith\b/gi, 'right away'],
  [/\bsufficient\b/gi, 'enough'],
  [/\bshall not\b/gi, 'must not'],
  [/\bshall\b/gi, 'must'],
  [/\bthe undersigned\b/gi, 'the judge'],
  [/\bthe Court\b/g, 'the court'],
  [/\bThe Court\b/g, 'The court'],
  [/\band\/or\b/gi, 'or'],
  [/\bcomply with\b/gi, 'follow'],
  [/\bunless (?:and until )?(?:otherwise )?ordered by the court\b/gi, 'unless the court asks for it'],
  [/\bunless and until\b/gi, 'unless'],
  [/\buntil further order of (?:the|this) court\b/gi, 'until the court says otherwise'],
  [/\b(?:pending|until) further order\b/gi, 'until the court says otherwise'],
  [/\bduring the meet and confer process\b/gi, 'while you meet and confer'],
  [/\bthe meet and confer process\b/gi, 'the meet-and-confer process'],
  [/\bthe opposing party\b/gi, 'the other side'],
  [/\ba further order\b/gi, 'another order'],
  [/\bin writing\b/gi, 'in writing'],
  [/\bwith\s+or\s+without\s+prejudice\b/gi, '(for good, or so that it could be filed again)'],
  [/\bwithout prejudice\b/gi, '(you could file it again later)'],
  [/\bthe imposition of\b/gi, ''],
  [/\bthis action\b/gi, 'the case'],
  [/\bnotify the court\b/gi, 'tell the court'],
  [/\binform the court\b/gi, 'tell the court'],
  [/\botherwise respond\b/gi, 'respond in another way'],
  [/\bof record\b/gi, 'on file'],
  [/\bas outlined above\b/gi, ''],
  [/\bas set forth (?:above|herein|in this order)\b/gi, ''],
  [/\bin this matter\b/gi, ''],
  [/\bherein\b/gi, ''],
];

const CITATIONS: RegExp[] = [
  /\(\s*(?:ECF|Doc\.?|Dkt\.?|Docket)\s*(?:Nos?\.?|#)?\s*[\d,\s&and-]+\.?\s*\)/gi,
  /\b(?:ECF|Dkt\.?|Doc\.?)\s*(?:Nos?\.?|#)\s*\d+(?:\s*(?:,|and|&)\s*\d+)*/gi,
  /\(?\bSee\b[^.;]{0,120}(?:\d|U\.S\.C\.)[^.;]{0,40}\)?/g,
  // "a complaint under 42 U.S.C. § 1983": the word that led to the citation goes with it.
  /(?:\s+(?:under|pursuant\s+to|per))?\s*\b\d{1,2}\s+U\.S\.C\.\s*§+\s*[\d().a-z-]+/gi,
  /\bFed\.\s*R\.\s*Civ\.\s*P\.\s*[\d().a-z-]+/gi,
];

/** Court words to everyday words; citations out; tidy spacing. */
export function plain(text: string): string {
  let t = text;
  for (const re of CITATIONS) t = t.replace(re, '');
  for (const [re, to] of SWAPS) t = t.replace(re, to);
  return tidy(t);
}

/** Collapse spaces, fix space before punctuation and doubled commas. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/,\s*,+/g, ',')
    .replace(/,\s*\./g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  if (text.length < 2) return text.toLowerCase();
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** End with exactly one period. */
export function sentence(text: string): string {
  const t = tidy(text).replace(/[\s,;:.]+$/, '');
  return t.length === 0 ? '' : `${capitalize(t)}.`;
}

/** "a, b, or c" */
export function joinList(items: string[], conj: 'and' | 'or'): string {
  const xs = items.filter((x) => x.trim() !== '');
  if (xs.length <= 1) return xs.join('');
  if (xs.length === 2) return `${xs[0]} ${conj} ${xs[1]}`;
  return `${xs.slice(0, -1).join(', ')}, ${conj} ${xs[xs.length - 1]}`;
}

/** Title-case a name typed in capitals ("BARBARA A. MCAULIFFE" -> "Barbara A. McAuliffe"). */
export function titleCaseName(name: string): string {
  if (/[a-z]/.test(name)) return name.trim();
  return name
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bMc([a-z])/g, (_m, c: string) => `Mc${c.toUpperCase()}`)
    .replace(/\bO'([a-z])/g, (_m, c: string) => `O'${c.toUpperCase()}`)
    .replace(/\b(Ii|Iii|Iv)\b/g, (r) => r.toUpperCase())
    .trim();
}

/** Lower-case copy with the same length, so regex offsets on it fit the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
