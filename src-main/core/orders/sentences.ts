/**
 * Splits cleaned order text into sentences with their offsets. Court writing is full of
 * periods that do not end sentences ("42 U.S.C. § 1983", "ECF No. 70", "Fed. R. Civ. P.
 * 37", "GOMEZ, et al."), and of lists: lettered lists that belong to one sentence
 * ("shall set forth the following: (a) ...; (b) ...") and numbered orders that are each a
 * sentence of their own ("IT IS HEREBY ORDERED that: 1. ...; 2. ...").
 */
export interface ListItem {
  label: string;
  /** Offsets of the item's words (without its label) in the cleaned text. */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Where the words begin after a leading list label ("3. Within ..."). */
  bodyStart: number;
  /** The leading list label, when the sentence is a numbered item. */
  label?: string;
  /** Items of a list that is part of this sentence. */
  items?: ListItem[];
}

/** Abbreviations whose period does not end a sentence (lower case, inner periods kept, final one removed). */
const ABBREVIATIONS = new Set(
  (
    'u.s.c u.s no nos fed r civ p crim evid app cal gov govt gov\'t code inc corp co ltd v vs mr ms mrs dr hon jr sr st ' +
    'e.g i.e cf dkt doc ex exh supp f f.2d f.3d f.4th f.supp ct s l ed cir dist jan feb mar apr jun jul aug sep sept oct ' +
    'nov dec al seq para pp id mag j sec art amend const ann stat rev reg ch pl def defs pls resp mot opp decl mem ord tr ' +
    'ltr l.r civ.l.r n.d e.d c.d s.d d w.d u.s.d.c approx dept no.s ecf cv ca c.c.p c.f.r cert etc'
  ).split(' '),
);
/** After these, a capitalized sentence-starter means the sentence did end. */
const MAY_END = new Set(['al', 'etc', 'u.s.c', 'u.s', 'cal', 'inc', 'corp', 'co', 'ltd']);
const STARTERS = new Set(
  'the this that these those plaintiff plaintiffs defendant defendants defense counsel it on in accordingly upon within all any each no failure if for good based however therefore further under a an as after before by when where while there here parties court we you'.split(' '),
);
const TIME_ZONES = new Set(['pacific', 'eastern', 'central', 'mountain', 'pt', 'pst', 'pdt', 'et', 'est', 'edt', 'ct', 'mt', 'in', 'on']);

const MARKER = /^(?:\(\s*(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\s*\)|(?:\d{1,2}|[a-zA-Z])[.)])(?=\s)/;
const DIRECTIVE = /\b(?:shall|must|will|may|should|(?:is|are)\s+(?:hereby\s+)?(?:directed|ordered|required|relieved|warned|stayed|granted|denied|vacated|reminded|advised|cautioned|set|to)|ordered|orders|directs)\b/i;

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c >= 'A' && c <= 'Z';
}

function tokenBefore(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && /[A-Za-z0-9.'§]/.test(text[k]) && i - k < 30) k--;
  return text.slice(k + 1, i).replace(/^\(/, '');
}

function nextWord(text: string, k: number): string {
  const m = /^[A-Za-z']+/.exec(text.slice(k, k + 30));
  return m === null ? '' : m[0];
}

function atLineStartOrAfterSep(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === ':' || text[k] === ';') return true;
  const before = text.slice(Math.max(0, k - 4), k + 1).toLowerCase();
  return /[;:]\s*(?:and|or)$/.test(text.slice(Math.max(0, k - 8), k + 1).toLowerCase()) || before.endsWith('(');
}

/** Does the period at i end a sentence? */
function periodEnds(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && /[)"'\]]/.test(text[j])) j++;
  if (j < text.length && !/\s/.test(text[j])) return false;
  let k = j;
  while (k < text.length && /\s/.test(text[k])) k++;
  if (k >= text.length) return true;
  const next = text[k];
  const closed = j > i + 1;
  if (!(isUpper(next) || /[0-9("'[§/_]/.test(next))) return false;
  if (text[i] !== '.') return true;
  const token = tokenBefore(text, i);
  const lower = token.toLowerCase();
  if (closed) return true;
  if (lower === '') return true;
  if (/^\d{1,2}$/.test(token) && atLineStartOrAfterSep(text, i - token.length)) return false;
  if (/^\d+$/.test(token)) return true;
  if (lower === 'a.m' || lower === 'p.m') {
    const w = nextWord(text, k).toLowerCase();
    return isUpper(next) && !TIME_ZONES.has(w);
  }
  if (ABBREVIATIONS.has(lower)) {
    if (MAY_END.has(lower)) return STARTERS.has(nextWord(text, k).toLowerCase()) && text[k - 1] !== undefined;
    return false;
  }
  if (/^[a-z]$/i.test(token)) return false;
  if (/^(?:[a-z]\.)+[a-z]$/i.test(token)) return STARTERS.has(nextWord(text, k).toLowerCase());
  return true;
}

function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 90 || /[.;:,]$/.test(t)) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length > 0.85;
}

type BoundaryKind = 'hard' | 'item';
interface Boundary {
  pos: number;
  kind: BoundaryKind;
}
/** The text between two boundaries, spaces trimmed; `item` when it starts with a list label after an item boundary. */
interface Seg {
  start: number;
  end: number;
  item: boolean;
}

/** Sentences of cleaned text, in order. Linear in the text length. */
export function orderSentences(text: string): Sentence[] {
  return sentencesOf(text, segmentsOf(text, boundariesOf(text)));
}

/** Where sentences and list items start, each place once ('item' wins over 'hard'). */
function boundariesOf(text: string): Map<number, BoundaryKind> {
  const bounds: Boundary[] = [];
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    let bound: Boundary | undefined;
    if (c === '.' || c === '!' || c === '?') {
      bound = afterEnd(text, i);
    } else if (c === '\n') {
      const line = text.slice(lineStart, i);
      const next = afterLineBreak(text, i, line);
      if (next.pos >= n) break;
      i = next.pos - 1;
      lineStart = next.pos;
      bound = next.bound;
    } else if (c === ';' || c === ':') {
      bound = afterSeparator(text, i);
    }
    if (bound) bounds.push(bound);
  }
  const unique = new Map<number, BoundaryKind>();
  for (const b of bounds) if (!unique.has(b.pos) || b.kind === 'item') unique.set(b.pos, b.kind);
  return unique;
}

/** A period, "!" or "?" at i: the next sentence (or numbered item) starts after it, if it ends one. */
function afterEnd(text: string, i: number): Boundary | undefined {
  if (!periodEnds(text, i)) return undefined;
  const n = text.length;
  let k = i + 1;
  while (k < n && /[)"'\]]/.test(text[k])) k++;
  while (k < n && /\s/.test(text[k])) k++;
  return k < n ? { pos: k, kind: MARKER.test(text.slice(k, k + 8)) ? 'item' : 'hard' } : undefined;
}

/**
 * A line break at i ending `line`: where the next line's words start, and whether a list item
 * or a new sentence starts there (a blank line, or a heading on either side).
 */
function afterLineBreak(text: string, i: number, line: string): { pos: number; bound?: Boundary } {
  const n = text.length;
  let k = i;
  let breaks = 0;
  while (k < n && /\s/.test(text[k])) {
    if (text[k] === '\n') breaks++;
    k++;
  }
  if (k >= n) return { pos: k };
  const prevText = line.trimEnd();
  const prev = prevText[prevText.length - 1];
  // A line ending in a comma or a small word goes on in the next line.
  if (prev === ',' || /\b(?:and|or|the|of|to|a|an)$/i.test(prevText)) return { pos: k };
  if (MARKER.test(text.slice(k, k + 8))) return { pos: k, bound: { pos: k, kind: 'item' } };
  const nextEnd = text.indexOf('\n', k);
  const nextLine = text.slice(k, nextEnd < 0 ? n : nextEnd);
  if ((breaks >= 2 && prev !== ';' && prev !== ':') || isHeadingLine(line) || isHeadingLine(nextLine)) return { pos: k, bound: { pos: k, kind: 'hard' } };
  return { pos: k };
}

/** "; " or ": " at i followed (maybe after "and"/"or") by a list label on the same line: an item starts. */
function afterSeparator(text: string, i: number): Boundary | undefined {
  const n = text.length;
  if (!(i + 1 < n && /\s/.test(text[i + 1]))) return undefined;
  let k = i + 1;
  while (k < n && /\s/.test(text[k])) k++;
  const conj = /^(?:and|or)\s+/i.exec(text.slice(k, k + 5));
  if (conj !== null) k += conj[0].length;
  if (MARKER.test(text.slice(k, k + 8)) && !text.slice(k, k + 8).includes('\n')) return { pos: k, kind: 'item' };
  return undefined;
}

/** The text between boundaries, in order, without empty pieces. */
function segmentsOf(text: string, bounds: Map<number, BoundaryKind>): Seg[] {
  const positions = [...bounds.keys()].sort((a, b) => a - b);
  const segs: Seg[] = [];
  let from = 0;
  let fromItem = false;
  for (const p of [...positions, text.length]) {
    let s = from;
    let e = p;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) segs.push({ start: s, end: e, item: fromItem && MARKER.test(text.slice(s, s + 8)) });
    from = p;
    fromItem = bounds.get(p) === 'item';
  }
  return segs;
}

/** Segments to sentences: a run of items right after a segment is one sentence if they are parts of it, else one each. */
function sentencesOf(text: string, segs: Seg[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg.item) {
      out.push(numberedSentence(text, seg));
      continue;
    }
    let j = i + 1;
    while (j < segs.length && segs[j].item) j++;
    const items = segs.slice(i + 1, j);
    if (introducesList(text, seg, items)) {
      out.push({ start: seg.start, end: items[items.length - 1].end, bodyStart: seg.start, items: items.map((it) => toItem(text, it.start, it.end)) });
      i = j - 1;
      continue;
    }
    out.push({ start: seg.start, end: seg.end, bodyStart: seg.start });
  }
  return out;
}

/** Items that are parts of the sentence before them ("shall set forth the following: (a) ...; (b) ..."), not orders of their own. */
function introducesList(text: string, intro: Seg, items: Seg[]): boolean {
  const directiveItems = items.filter((it) => DIRECTIVE.test(text.slice(it.start, it.end))).length;
  return items.length > 0 && directiveItems * 2 < items.length && /[:—-]\s*$|\bfollowing\b|\b(?:include|includes|including|contain|state|set forth)\b/i.test(text.slice(intro.start, intro.end));
}

/** A numbered item that is a sentence of its own: its label, and where its words begin. */
function numberedSentence(text: string, seg: Seg): Sentence {
  const m = MARKER.exec(text.slice(seg.start, seg.start + 8));
  const label = m === null ? undefined : m[0].replace(/[().\s]/g, '');
  let body = seg.start + (m === null ? 0 : m[0].length);
  while (body < seg.end && /\s/.test(text[body])) body++;
  return label === undefined ? { start: seg.start, end: seg.end, bodyStart: body } : { start: seg.start, end: seg.end, bodyStart: body, label };
}

function toItem(text: string, start: number, end: number): ListItem {
  const m = MARKER.exec(text.slice(start, start + 8));
  let s = start + (m === null ? 0 : m[0].length);
  while (s < end && /\s/.test(text[s])) s++;
  let e = end;
  const tail = /(?:\s*[;,.]\s*(?:and|or)?)\s*$/i.exec(text.slice(s, e));
  if (tail !== null && tail[0].length > 0) e -= tail[0].length;
  return { label: m === null ? '' : m[0].replace(/[().\s]/g, ''), start: s, end: Math.max(s, e) };
}
