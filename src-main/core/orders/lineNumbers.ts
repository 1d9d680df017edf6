/**
 * Finds pleading-paper line numbers left in text copied from a court PDF.
 *
 * Pleading paper numbers the lines of each page 1 to 28 down the left margin. When the
 * text is extracted those numbers land inside sentences ("proceeds 18 19 against"). A
 * lone number cannot be told from a real one, but a run of consecutive numbers spaced
 * like lines can, so we only remove numbers that belong to such a run.
 */
const LAST_LINE = 28;
/** Farthest we expect two consecutive line numbers to be apart (a long joined line). */
const WINDOW = 420;

/** Words that, just before a number, make it a real number (a rule, a docket entry...). */
const BEFORE_REAL = new Set([
  'rule', 'rules', 'no.', 'nos.', 'no', '§', '§§', 'section', 'sections', 'procedure', 'page', 'pages', 'ecf', 'doc.',
  'dkt.', 'docket', 'exhibit', 'ex.', 'exh.', 'request', 'requests', 'interrogatory', 'interrogatories', 'count',
  'counts', 'claim', 'claims', '$', 'para.', '¶', '¶¶', 'chapter', 'title', 'vol.', 'volume', 'part', 'item', 'items',
  'number', 'article', 'r.', 'p.',
]);
/** Words that, just after a number, make it a real number ("21 days", "42 U.S.C."). */
const AFTER_REAL = new Set([
  'day', 'days', 'calendar', 'court', 'business', 'judicial', 'page', 'pages', 'u.s.c.', 'u.s.c', 'c.f.r.', 'cal.',
  'f.', 'f.2d', 'f.3d', 'f.4th', 'f.supp.', 'f.', 's.', 'l.', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'minute', 'minutes', 'a.m.', 'p.m.', 'am', 'pm', '%', 'percent', 'week', 'weeks', 'times', 'copies', 'words',
  'u.s.', 'cir.', 'through', '-',
]);

interface Candidate {
  start: number;
  end: number;
  value: number;
  strong: boolean;
  blocked: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

function wordBefore(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  const end = i + 1;
  while (i >= 0 && !isSpace(text[i]) && end - i < 24) i--;
  return text.slice(i + 1, end).toLowerCase();
}

function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '\n') return '';
  const start = i;
  while (i < text.length && !isSpace(text[i]) && i - start < 24) i++;
  return text.slice(start, i).toLowerCase().replace(/[,;:)]+$/, '');
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<![^\s])\d{1,2}(?![^\s])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = Number(m[0]);
    if (value < 1 || value > LAST_LINE) continue;
    const start = m.index;
    const end = start + m[0].length;
    let b = start - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
    const lineStart = b < 0 || text[b] === '\n';
    const next = text[end];
    const lineEnd = (() => {
      let a = end;
      while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
      return a >= text.length || text[a] === '\n';
    })();
    const strong = lineStart && (next === '\t' || lineEnd || text.startsWith('  ', end));
    const before = wordBefore(text, start);
    const after = wordAfter(text, end);
    const blocked = !strong && (BEFORE_REAL.has(before) || AFTER_REAL.has(after));
    out.push({ start, end, value, strong, blocked });
  }
  return out;
}

/** Spans [start, end) of the line numbers in text. */
export function findLineNumbers(text: string): Array<[number, number]> {
  const textRef = text;
  const cands = candidates(text);
  const out: Array<[number, number]> = [];
  let expected = -1;
  let lastEnd = -Infinity;

  const findAhead = (from: number, value: number, after: number): number => {
    for (let j = from; j < cands.length && cands[j].start - after <= WINDOW; j++) {
      if (!cands[j].blocked && cands[j].value === value) return j;
    }
    return -1;
  };
  const startsRun = (i: number): boolean => {
    const c = cands[i];
    if (c.value >= LAST_LINE) return false;
    const j = findAhead(i + 1, c.value + 1, c.end);
    if (j < 0) return false;
    if (c.strong && cands[j].strong) return true;
    // "proceeds 18 19 against": two consecutive numbers with only space between are an empty numbered line.
    if (/^[ \t]+$/.test(textRef.slice(c.end, cands[j].start))) return true;
    if (c.value + 2 > LAST_LINE) return false;
    return findAhead(j + 1, c.value + 2, cands[j].end) >= 0;
  };

  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.blocked) continue;
    const inRun = expected > 0 && c.start - lastEnd <= WINDOW;
    let take: boolean;
    if (inRun && (c.value === expected || (c.strong && c.value > expected && c.value <= expected + 2))) {
      take = true;
    } else if (inRun && expected <= LAST_LINE && c.value !== 1 && findAhead(i + 1, expected, lastEnd) >= 0) {
      // The run's next number is still to come, so this one is part of the sentence.
      take = false;
    } else {
      take = startsRun(i);
    }
    if (take) {
      out.push([c.start, c.end]);
      expected = c.value + 1;
      lastEnd = c.end;
    }
  }
  return out;
}
