/**
 * Turns order text as pasted or pulled from a PDF into plain sentences, keeping for every
 * character its offset in the original so quotes can always be shown exactly as written.
 * Each pass is a list of edits; no pass may throw or take more than linear-ish time.
 */
import { applyEdits, type Edit, type Mapped } from './spanMap.js';
import { findLineNumbers } from './lineNumbers.js';
import type { CleanedText } from './types.js';

const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl' };

/** Control characters out, odd spaces and quotes to plain ones; one output char per input char except ligatures. */
function normalizeChars(original: string): Mapped {
  const codes: number[] = [];
  const map: number[] = [];
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    let out: number | string | null = c;
    if (c === 0x0d) out = original.charCodeAt(i + 1) === 0x0a ? null : 0x0a;
    else if (c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029 || c === 0x85) out = 0x0a;
    else if (c === 0x09 || c === 0x0a) out = c;
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out = null;
    else if (c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0xfeff || c === 0x2060) out = null;
    else if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) out = 0x20;
    else if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) out = 0x27;
    else if (c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2033) out = 0x22;
    else if (c >= 0x2010 && c <= 0x2013) out = 0x2d;
    else if (c >= 0xfb00 && c <= 0xfb04) out = LIGATURES[String.fromCharCode(c)];
    if (out === null) continue;
    if (typeof out === 'string') {
      for (let k = 0; k < out.length; k++) {
        codes.push(out.charCodeAt(k));
        map.push(i);
      }
    } else {
      codes.push(out);
      map.push(i);
    }
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
  return { text, map: Int32Array.from(map) };
}

const BLOCK_TAGS = /^(?:li|ul|ol|p|div|br|tr|td|th|table|tbody|thead|h[1-6]|hr|section|article|pre|blockquote)$/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', sect: '§', para: '¶', ndash: '-', mdash: '-' };

/** HTML tags and entities, markdown bold, heading marks and bullets left by copy-and-paste. */
function markupEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const tag = /<!--[\s\S]{0,4000}?-->|<\/?([A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,300}?\/?>/g;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    const block = m[1] !== undefined && BLOCK_TAGS.test(m[1]);
    edits.push({ start: m.index, end: m.index + m[0].length, insert: block ? '\n' : '' });
  }
  const ent = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g;
  for (let m = ent.exec(text); m !== null; m = ent.exec(text)) {
    const name = m[1];
    let ch: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) ch = safeFromCode(parseInt(name.slice(2), 16));
    else if (name.startsWith('#')) ch = safeFromCode(parseInt(name.slice(1), 10));
    else ch = ENTITIES[name.toLowerCase()];
    if (ch !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, insert: ch });
  }
  const bold = /\*\*|__(?=\S)|(?<=\S)__/g;
  for (let m = bold.exec(text); m !== null; m = bold.exec(text)) edits.push({ start: m.index, end: m.index + m[0].length });
  const lead = /^[ \t]*(?:#{1,6}[ \t]+|[-*•▪◦●][ \t]+|>[ \t]?)/gm;
  for (let m = lead.exec(text); m !== null; m = lead.exec(text)) {
    if (m[0].length > 0) edits.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) lead.lastIndex++;
  }
  return edits;
}

function safeFromCode(code: number): string | undefined {
  if (!Number.isFinite(code) || code < 0x20 || code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCharCode(code);
}

/** Running page headers and footers added by the court's filing system. */
function headerEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const patterns = [
    // CM/ECF stamp, e.g. "Case 1:17-cv-00294-DAD-BAM Document 71 Filed 05/24/21 Page 2 of 3 (PageID #: 12)".
    /Case[ \t]+\d{1,2}:\d{2}-[A-Za-z]{2,4}-\d{2,6}(?:-[A-Za-z]{1,4}){0,4}(?:[ \t]+[A-Z]{1,4}){0,3}[ \t]+Document[ \t]+\d{1,6}(?:-\d{1,3})?[ \t]+Filed[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}[ \t]+Page[ \t]+\d{1,4}[ \t]+of[ \t]+\d{1,4}(?:[ \t]+Page[ \t]?ID[ \t]*#?:?[ \t]*\d{1,7})?/g,
    /^[ \t]*(?:-[ \t]*)?Page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?(?:[ \t]*-)?[ \t]*$/gim,
    /^[ \t]*-[ \t]*\d{1,4}[ \t]*-[ \t]*$/gm,
  ];
  for (const re of patterns) {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let end = m.index + m[0].length;
      const atLineStart = m.index === 0 || text[m.index - 1] === '\n';
      if (atLineStart && text[end] === '\n') end++;
      edits.push({ start: m.index, end });
    }
  }
  return edits;
}

function lineNumberEdits(text: string): Edit[] {
  return findLineNumbers(text).map(([start, end]) => ({ start, end }));
}

function normLine(s: string): string {
  return s.replace(/[ \t]+/g, ' ').trim().toUpperCase();
}

/** Small edit distance, bounded so long lines cost nothing. */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 10 || b.length < 10 || a.length > 160 || Math.abs(a.length - b.length) > 3) return false;
  const limit = Math.max(1, Math.floor(a.length / 12));
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let best = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > limit) return false;
    prev = cur;
  }
  return prev[b.length] <= limit;
}

/**
 * Lines the PDF or OCR repeated: an immediate near-copy ("IT IS SO ORDERED." then
 * "II IS SO ORDERED."), a line that only repeats the end of the line before (a signature
 * title printed twice), and short running lines that recur on every page.
 */
function repeatedLineEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const lines: { start: number; end: number; norm: string }[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start: s, end: i, norm: normLine(text.slice(s, i)) });
      s = i + 1;
    }
  }
  const counts = new Map<string, number>();
  for (const l of lines) if (l.norm.length >= 6 && l.norm.length <= 100) counts.set(l.norm, (counts.get(l.norm) ?? 0) + 1);
  const seen = new Set<string>();
  let prev = '';
  for (const l of lines) {
    if (l.norm === '') continue;
    const recurring = (counts.get(l.norm) ?? 0) >= 3 && !/[.;:]$/.test(l.norm);
    const dup =
      nearlySame(prev, l.norm) ||
      (l.norm.length >= 12 && prev.length > l.norm.length && prev.endsWith(' ' + l.norm)) ||
      (recurring && seen.has(l.norm));
    if (dup) {
      edits.push({ start: l.start, end: Math.min(text.length, l.end + 1) });
      continue;
    }
    seen.add(l.norm);
    prev = l.norm;
  }
  return edits;
}

/** Word endings that were hyphenated compounds, so the hyphen stays: "in-\nperson", "twenty-\none". */
const KEEP_HYPHEN_AFTER = /(?:^|[^a-z])(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|in|set|meet|non|self|well|follow|pro|co|ex|so|pre|court|wet)$/i;
const KEEP_HYPHEN_BEFORE = /^(?:person|up|and|out|based|related|party|parties|faith|day|days|one|two|three|four|five|six|seven|eight|nine|month|year|page|represented|called|appointed|trial|ordered|signed|mail|filing)\b/i;

function hyphenEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const re = /(?<=[A-Za-z])-[ \t]*\n[ \t\n]*(?=[a-z])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    const keep = KEEP_HYPHEN_AFTER.test(before) || KEEP_HYPHEN_BEFORE.test(after);
    edits.push({ start: keep ? m.index + 1 : m.index, end: m.index + m[0].length });
  }
  return edits;
}

/**
 * A double-spaced copy (a web copy of a pleading-paper order) has a blank line after every line,
 * mid-sentence too ("PRIOR TO THE\n\nCONFERENCE"). It shows in the lines that plainly go on (a
 * word or comma, then a lower-case word): when most of those are a blank line apart, a single
 * blank line is only a line break there.
 */
function doubleSpaced(text: string): boolean {
  let single = 0;
  let blank = 0;
  const re = /[a-z,][ \t]*((?:\n[ \t]*)+)(?=[a-z])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const breaks = m[1].split('\n').length - 1;
    if (breaks === 1) single++;
    else if (breaks === 2) blank++;
  }
  return blank >= 4 && blank >= 2 * single;
}

/** Runs of spaces become one space; line breaks survive as one "\n", blank lines as "\n\n". */
function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const paragraphAt = doubleSpaced(text) ? 3 : 2;
  const re = /[ \t\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let nl = 0;
    for (let k = start; k < end; k++) if (text.charCodeAt(k) === 10) nl++;
    let insert = nl >= paragraphAt ? '\n\n' : nl >= 1 ? '\n' : ' ';
    if (start === 0 || end === text.length) insert = '';
    edits.push({ start, end, insert });
  }
  return edits;
}

/** Remove OCR noise; never throws. map[i] is the original offset of cleaned character i. */
export function cleanOrderText(original: string): CleanedText {
  const source = typeof original === 'string' ? original : '';
  try {
    let t = normalizeChars(source);
    t = applyEdits(t, headerEdits(t.text));
    t = applyEdits(t, markupEdits(t.text));
    t = applyEdits(t, lineNumberEdits(t.text));
    t = applyEdits(t, repeatedLineEdits(t.text));
    t = applyEdits(t, hyphenEdits(t.text));
    t = applyEdits(t, whitespaceEdits(t.text));
    return { text: t.text, map: t.map, original: source };
  } catch {
    // A bug in a pass must not lose the person's order: fall back to the text as given.
    const map = new Int32Array(source.length);
    for (let i = 0; i < map.length; i++) map[i] = i;
    return { text: source, map, original: source };
  }
}
