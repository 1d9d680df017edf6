import { faces, type Faces } from './faces.js';
import type { FontStyle } from './fonts.js';
import { isPlainAscii, printableText, wrapText, type Measure } from './wrap.js';

/**
 * The page flow shared by the layout of every block: where the next line or box goes, when a
 * page starts, and which part of the document (heading, paragraph, table cell) each piece of
 * text belongs to, so the PDF can be tagged for screen readers. Text placed outside any part is
 * page furniture (line numbers, footers, a table header repeated on a new page) and is marked as
 * such. Points, measured from the top-left corner of a US-letter page.
 */

export const PAGE_W = 612;
export const PAGE_H = 792;
export const MARGIN = 72;
export const LEFT = MARGIN;
export const RIGHT = PAGE_W - MARGIN;
export const TEXT_W = RIGHT - LEFT;
export const BODY = 12;
/** Pleading paper: 28 numbered lines, 24 pt apart, starting at the top margin. */
export const PLEADING_LINES = 28;
export const PLEADING_PITCH = 24;
export const PLEADING_FIRST_BASELINE = MARGIN + 17;

/** The standard structure types the papers use (ISO 32000-1, 14.8.4). */
export type StructType = 'Document' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Div';

export interface StructNode {
  type: StructType;
  kids: (StructNode | TextOp)[];
  /** Table header cells: the column they head. */
  scope?: 'Column';
}

export type TextOp = { t: 'text'; x: number; y: number; text: string; font: FontStyle; size: number; gray?: number; node?: StructNode };

export type Op =
  | TextOp
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; gray?: number }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number; stroke?: number; width?: number }
  | { t: 'watermark'; text: string; size: number; gray: number };

export interface PageLayout {
  ops: Op[];
}

export interface DocumentLayout {
  width: number;
  height: number;
  pages: PageLayout[];
  /** The document's structure, in reading order. */
  structure: StructNode;
  /** The fonts the text was measured with. */
  faces: Faces;
}

/** What sits above the next thing placed on the page. */
type After = { kind: 'top' } | { kind: 'line'; baseline: number } | { kind: 'box'; bottom: number };

/** Symbols no shipped font has, and what to print instead. */
export const SUBSTITUTES: Record<string, string> = {
  '\u2610': '[ ]',
  '\u2611': '[x]',
  '\u2612': '[x]',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2717': 'x',
  '\u2011': '-',
  '\u2012': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
};

/** Printed for a character no shipped font can draw; the export says which ones (see undrawable.ts). */
export const NOT_DRAWN = '?';

export class Composer {
  readonly pages: PageLayout[] = [];
  readonly structure: StructNode = { type: 'Document', kids: [] };
  private ops: Op[] = [];
  private after: After = { kind: 'top' };
  private gapPending = 0;
  /** Open structure elements; text goes into the innermost. Null: page furniture. */
  private readonly open: (StructNode | null)[] = [];
  readonly firstBaseline: number;
  readonly lastBaseline: number;
  readonly bottom: number;
  readonly grid: boolean;
  /** Pitch of body lines, and of single-spaced lines (captions, signature, tables aside). */
  readonly bodyPitch: number;
  readonly singlePitch: number;
  readonly double: boolean;
  readonly faces: Faces = faces();
  readonly ascent: number;
  readonly descent: number;
  private readonly subCache = new Map<string, string>();

  constructor(opts: { pleadingPaper?: boolean; doubleSpaced?: boolean }) {
    const metrics = this.faces.main('regular').metrics;
    this.ascent = metrics.ascent;
    this.descent = metrics.descent;
    const asc = this.ascent * BODY;
    this.grid = !!opts.pleadingPaper;
    this.double = !!opts.doubleSpaced;
    if (this.grid) {
      this.firstBaseline = PLEADING_FIRST_BASELINE;
      this.lastBaseline = PLEADING_FIRST_BASELINE + (PLEADING_LINES - 1) * PLEADING_PITCH;
      this.bottom = MARGIN + PLEADING_LINES * PLEADING_PITCH;
      this.singlePitch = 12;
    } else {
      this.firstBaseline = MARGIN + Math.ceil(asc);
      this.bottom = PAGE_H - MARGIN;
      this.lastBaseline = this.bottom + this.descent * BODY; // descent is negative
      this.singlePitch = 14;
    }
    this.bodyPitch = this.double ? 24 : this.singlePitch;
    this.startPage();
  }

  // --- structure ---------------------------------------------------------------------------

  /** Starts a structure element inside the innermost open one (or the document) and returns it. */
  begin(type: StructType, extra: Partial<Pick<StructNode, 'scope'>> = {}): StructNode {
    const node: StructNode = { type, kids: [], ...extra };
    this.parent().kids.push(node);
    this.open.push(node);
    return node;
  }

  /** A structure element placed now (for reading order) whose text is added later with `into`. */
  element(type: StructType): StructNode {
    const node: StructNode = { type, kids: [] };
    this.parent().kids.push(node);
    return node;
  }

  end(): void {
    this.open.pop();
  }

  /** Runs `draw` with its text going into `node`, or marked as page furniture when node is null. */
  into(node: StructNode | null, draw: () => void): void {
    this.open.push(node);
    try {
      draw();
    } finally {
      this.open.pop();
    }
  }

  private parent(): StructNode {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const n = this.open[i];
      if (n) return n;
    }
    return this.structure;
  }

  // --- page flow ---------------------------------------------------------------------------

  private startPage(): void {
    this.ops = [];
    this.pages.push({ ops: this.ops });
    this.after = { kind: 'top' };
    this.gapPending = 0;
  }

  get atTop(): boolean {
    return this.after.kind === 'top';
  }

  newPage(): void {
    if (!this.atTop) this.startPage();
  }

  gap(points: number): void {
    if (!this.atTop) this.gapPending += points;
  }

  private snap(b: number): number {
    if (!this.grid) return b;
    const k = Math.ceil((b - PLEADING_FIRST_BASELINE - 0.01) / PLEADING_PITCH);
    return PLEADING_FIRST_BASELINE + Math.max(0, k) * PLEADING_PITCH;
  }

  private candidate(pitch: number): number {
    switch (this.after.kind) {
      case 'top':
        return this.firstBaseline;
      case 'line':
        return this.after.baseline + pitch + this.gapPending;
      case 'box':
        return this.after.bottom + this.ascent * BODY + 3 + this.gapPending;
    }
  }

  /**
   * The baseline of the next line. `keep` is how much more room (in points below this
   * baseline) must be free on the same page, to keep lines together.
   */
  line(pitch: number, opts: { snap?: boolean; keep?: number } = {}): number {
    let b = this.candidate(pitch);
    if (opts.snap) b = this.snap(b);
    if (!this.atTop && b + (opts.keep ?? 0) > this.lastBaseline + 0.01) {
      this.startPage();
      b = this.firstBaseline;
    }
    this.after = { kind: 'line', baseline: b };
    this.gapPending = 0;
    return b;
  }

  /** Top of the next box (table row); starts a page when `height` does not fit. */
  boxTop(height: number): number {
    let top = this.boxCandidate();
    if (!this.atTop && top + height > this.bottom + 0.01) {
      this.startPage();
      top = this.boxCandidate();
    }
    return top;
  }

  private boxCandidate(): number {
    switch (this.after.kind) {
      case 'top':
        return MARGIN;
      case 'line':
        return this.after.baseline - this.descent * BODY + 3 + this.gapPending;
      case 'box':
        return this.after.bottom + this.gapPending;
    }
  }

  /** Marks space down to `bottom` as used by a box. */
  boxEnd(bottom: number): void {
    this.after = { kind: 'box', bottom };
    this.gapPending = 0;
  }

  /** Room left below `top` on this page. */
  roomBelow(top: number): number {
    return this.bottom - top;
  }

  push(op: Op): void {
    this.ops.push(op);
  }

  // --- text --------------------------------------------------------------------------------

  /** Replaces characters no shipped font can draw, so measuring and drawing agree. */
  fit(text: string, style: FontStyle = 'regular'): string {
    if (isPlainAscii(text) && this.drawsAscii(style)) return text;
    const cached = this.subCache.get(text);
    if (cached !== undefined && style === 'regular') return cached;
    const clean = printableText(text);
    const metrics = this.faces.main(style).metrics;
    let out = '';
    let changed = clean !== text;
    for (const ch of clean) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || metrics.has(cp) || (!SUBSTITUTES[ch] && this.faces.canDraw(cp))) out += ch;
      else {
        out += SUBSTITUTES[ch] ?? NOT_DRAWN;
        changed = true;
      }
    }
    const result = changed ? out : text;
    if (style === 'regular' && this.subCache.size < 50000) this.subCache.set(text, result);
    return result;
  }

  private readonly asciiDrawn = new Map<FontStyle, boolean>();

  /** Whether the style's own font draws every printable ASCII character (then plain text needs no substitutes). */
  private drawsAscii(style: FontStyle): boolean {
    let all = this.asciiDrawn.get(style);
    if (all === undefined) {
      const metrics = this.faces.main(style).metrics;
      all = true;
      for (let cp = 0x20; cp < 0x7f; cp++) if (!metrics.has(cp)) all = false;
      this.asciiDrawn.set(style, all);
    }
    return all;
  }

  width(text: string, style: FontStyle, size: number): number {
    return this.faces.width(text, style, size);
  }

  private readonly measures = new Map<string, Measure>();

  wrap(text: string, style: FontStyle, size: number, first: number, rest = first): string[] {
    // One measuring function per style and size, not a new one per table cell.
    const key = `${style} ${size}`;
    let measure = this.measures.get(key);
    if (!measure) {
      measure = (s) => this.faces.width(s, style, size);
      this.measures.set(key, measure);
    }
    return wrapText(this.fit(text, style), measure, first, rest);
  }

  text(x: number, y: number, text: string, font: FontStyle = 'regular', size = BODY): void {
    if (text.trim() === '') return;
    const node = this.open.length > 0 ? this.open[this.open.length - 1] : null;
    const op: TextOp = { t: 'text', x, y, text, font, size };
    if (node) {
      op.node = node;
      node.kids.push(op);
    }
    this.ops.push(op);
  }

  centered(y: number, text: string, font: FontStyle = 'regular', size = BODY): void {
    this.text(LEFT + (TEXT_W - this.width(text, font, size)) / 2, y, text, font, size);
  }

  rightAligned(xRight: number, y: number, text: string, font: FontStyle = 'regular', size = BODY): void {
    this.text(xRight - this.width(text, font, size), y, text, font, size);
  }
}
