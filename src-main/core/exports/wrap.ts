/**
 * Greedy word-wrap shared by the PDF layout (measuring with the embedded font) and the plain
 * text renderer (measuring in characters). Hard line breaks ("\n") are kept; a word longer than
 * a whole line is broken between characters.
 */
export type Measure = (s: string) => number;

export function wrapText(text: string, measure: Measure, firstWidth: number, restWidth = firstWidth): string[] {
  const out: string[] = [];
  const spaceW = measure(' ');
  for (const hard of text.split('\n')) wrapLine(hard, { measure, spaceW, firstWidth, restWidth }, out);
  return out;
}

interface Widths {
  measure: Measure;
  spaceW: number;
  firstWidth: number;
  restWidth: number;
}

/** One hard line, word by word, onto lines added to `out`. No closures here: it runs for every table cell. */
function wrapLine(hard: string, w: Widths, out: string[]): void {
  const words = hard.split(' ');
  let line = '';
  let lineW = 0;
  let pendingSpaces = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi];
    if (word === '') {
      // Runs of spaces: keep them inside a line, drop them at a line start.
      if (line !== '') pendingSpaces++;
      continue;
    }
    const sep = line === '' ? 0 : pendingSpaces + 1;
    const wordW = w.measure(word);
    if (lineW + sep * w.spaceW + wordW <= room(w, out) + 1e-6) {
      line += ' '.repeat(sep) + word;
      lineW += sep * w.spaceW + wordW;
      pendingSpaces = 0;
      continue;
    }
    if (line !== '') {
      out.push(line);
      pendingSpaces = 0;
    }
    if (wordW <= room(w, out) + 1e-6) {
      line = word;
      lineW = wordW;
      continue;
    }
    // A word longer than the line: break it between characters.
    let chunk = '';
    let chunkW = 0;
    for (const ch of word) {
      const cw = w.measure(ch);
      if (chunk !== '' && chunkW + cw > room(w, out) + 1e-6) {
        out.push(chunk);
        chunk = '';
        chunkW = 0;
      }
      chunk += ch;
      chunkW += cw;
    }
    line = chunk;
    lineW = chunkW;
  }
  out.push(line);
}

/** The width of the line being filled: the first line may be shorter (a label before it). */
function room(w: Widths, out: string[]): number {
  return out.length === 0 ? w.firstWidth : w.restWidth;
}

const PLAIN_ASCII = /^[\x20-\x7e\n]*$/;

/** Printable ASCII and line breaks only: text printableText leaves exactly as it is. */
export function isPlainAscii(text: string): boolean {
  return PLAIN_ASCII.test(text);
}

/** Text made safe to print in a PDF, DOCX or .txt: NFC, tabs to spaces, CRLF to LF, other control characters dropped. */
export function printableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex -- control characters are what this line removes.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * Column widths that share `total` in proportion to `weights`, but give each column at least
 * its minimum (its longest word, say) where the total allows it.
 */
export function fitColumns(weights: number[], mins: number[], total: number): number[] {
  const n = weights.length;
  let floor = mins.slice(0, n);
  const minSum = floor.reduce((a, b) => a + b, 0);
  if (minSum > total) floor = floor.map((m) => (m / minSum) * total);
  const fixed = new Array<boolean>(n).fill(false);
  const widths = new Array<number>(n).fill(0);
  for (let pass = 0; pass <= n; pass++) {
    const fixedSum = floor.reduce((a, m, i) => (fixed[i] ? a + m : a), 0);
    const freeWeight = weights.reduce((a, w, i) => (fixed[i] ? a : a + w), 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        widths[i] = floor[i];
        continue;
      }
      widths[i] = freeWeight > 0 ? (weights[i] / freeWeight) * (total - fixedSum) : 0;
      if (widths[i] < floor[i]) {
        fixed[i] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return widths;
}
