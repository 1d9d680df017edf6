import type { Block, Caption, ChecklistItem, DocumentModel } from './model.js';
import { captionNameLines, partyRole } from './model.js';
import { fontMetrics, type FontMetrics, type FontStyle } from './fonts.js';
import { fitColumns, printableText, wrapText } from './wrap.js';

/**
 * Lays a document model out on US-letter pages: a list of drawing operations per page, in
 * points, measured from the top-left corner. renderPdf paints them; nothing here knows PDF.
 */

export const PAGE_W = 612;
export const PAGE_H = 792;
const MARGIN = 72;
const LEFT = MARGIN;
const RIGHT = PAGE_W - MARGIN;
const TEXT_W = RIGHT - LEFT;
const BODY = 12;
const SMALL = 11;
const TABLE_SIZE = 10;
const TABLE_PITCH = 12;
const TABLE_PAD_X = 4;
const TABLE_PAD_Y = 3;
const FOOTER_SIZE = 9;
/** Pleading paper: 28 numbered lines, 24 pt apart, starting at the top margin. */
const PLEADING_LINES = 28;
const PLEADING_PITCH = 24;
const PLEADING_FIRST_BASELINE = MARGIN + 17;
const FOOTER_RULE_Y = 748;
const FOOTER_BASELINE = 762;

export type Op =
  | { t: 'text'; x: number; y: number; text: string; font: FontStyle; size: number; gray?: number }
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
}

type Metrics = Record<FontStyle, FontMetrics>;

/** What sits above the next thing placed on the page. */
type After = { kind: 'top' } | { kind: 'line'; baseline: number } | { kind: 'box'; bottom: number };

/** Characters the font lacks, and what to print instead. */
const SUBSTITUTES: Record<string, string> = {
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

class Composer {
  readonly pages: PageLayout[] = [];
  private ops: Op[] = [];
  private after: After = { kind: 'top' };
  private gapPending = 0;
  readonly firstBaseline: number;
  readonly lastBaseline: number;
  readonly bottom: number;
  readonly grid: boolean;
  /** Pitch of body lines, and of single-spaced lines (captions, signature, tables aside). */
  readonly bodyPitch: number;
  readonly singlePitch: number;
  readonly double: boolean;
  readonly m: Metrics;
  private readonly asc: number;
  private readonly subCache = new Map<string, string>();

  constructor(model: DocumentModel, m: Metrics) {
    this.m = m;
    this.asc = m.regular.ascent * BODY;
    this.grid = !!model.pleadingPaper;
    this.double = !!model.doubleSpaced;
    if (this.grid) {
      this.firstBaseline = PLEADING_FIRST_BASELINE;
      this.lastBaseline = PLEADING_FIRST_BASELINE + (PLEADING_LINES - 1) * PLEADING_PITCH;
      this.bottom = MARGIN + PLEADING_LINES * PLEADING_PITCH;
      this.singlePitch = 12;
    } else {
      this.firstBaseline = MARGIN + Math.ceil(this.asc);
      this.bottom = PAGE_H - MARGIN;
      this.lastBaseline = this.bottom + m.regular.descent * BODY; // descent is negative
      this.singlePitch = 14;
    }
    this.bodyPitch = this.double ? 24 : this.singlePitch;
    this.startPage();
  }

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
        return this.after.bottom + this.asc + 3 + this.gapPending;
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
        return this.after.baseline - this.m.regular.descent * BODY + 3 + this.gapPending;
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

  /** Replaces characters the font cannot draw, so measuring and drawing agree. */
  fit(text: string, style: FontStyle = 'regular'): string {
    const cached = this.subCache.get(text);
    if (cached !== undefined && style === 'regular') return cached;
    const clean = printableText(text);
    const metrics = this.m[style];
    let out = '';
    let changed = clean !== text;
    for (const ch of clean) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || metrics.has(cp)) out += ch;
      else {
        out += SUBSTITUTES[ch] ?? '?';
        changed = true;
      }
    }
    const result = changed ? out : text;
    if (style === 'regular' && this.subCache.size < 50000) this.subCache.set(text, result);
    return result;
  }

  width(text: string, style: FontStyle, size: number): number {
    return this.m[style].width(text, size);
  }

  wrap(text: string, style: FontStyle, size: number, first: number, rest = first): string[] {
    const metrics = this.m[style];
    return wrapText(this.fit(text, style), (s) => metrics.width(s, size), first, rest);
  }

  text(x: number, y: number, text: string, font: FontStyle = 'regular', size = BODY): void {
    if (text.trim() === '') return;
    this.ops.push({ t: 'text', x, y, text, font, size });
  }

  centered(y: number, text: string, font: FontStyle = 'regular', size = BODY): void {
    this.text(LEFT + (TEXT_W - this.width(text, font, size)) / 2, y, text, font, size);
  }

  rightAligned(xRight: number, y: number, text: string, font: FontStyle = 'regular', size = BODY): void {
    this.text(xRight - this.width(text, font, size), y, text, font, size);
  }
}

// ---------------------------------------------------------------------------------------------

export function layoutDocument(model: DocumentModel): DocumentLayout {
  const m: Metrics = { regular: fontMetrics('regular'), bold: fontMetrics('bold'), italic: fontMetrics('italic') };
  const c = new Composer(model, m);

  if (model.letterhead && model.letterhead.length > 0) layoutLetterhead(c, model.letterhead);
  if (model.caption) layoutCaption(c, model.caption);

  for (const block of model.blocks) layoutBlock(c, block);

  decoratePages(c, model);
  return { width: PAGE_W, height: PAGE_H, pages: c.pages };
}

function layoutLetterhead(c: Composer, lines: string[]): void {
  let last = 0;
  lines.forEach((raw, i) => {
    const style: FontStyle = i === 0 ? 'bold' : 'regular';
    for (const l of c.wrap(raw, style, BODY, TEXT_W)) {
      last = c.line(c.singlePitch);
      c.centered(last, l, style);
    }
  });
  c.push({ t: 'line', x1: LEFT, y1: last + 8, x2: RIGHT, y2: last + 8, width: 0.75 });
  c.gap(c.singlePitch * 2);
}

function layoutCaption(c: Composer, cap: Caption): void {
  const s = c.singlePitch;
  // Party block, top left, single-spaced.
  const party = cap.partyBlock ?? [];
  for (const raw of party) {
    for (const l of c.wrap(raw, 'regular', BODY, TEXT_W * 0.6)) c.text(LEFT, c.line(s), l);
  }
  if (party.length > 0) c.gap(s * 2);

  // Court name, centered, bold.
  const courtLines = [cap.court, cap.district ?? ''].map((t) => t.trim().toUpperCase()).filter(Boolean);
  courtLines.forEach((raw, i) => {
    for (const l of c.wrap(raw, 'bold', BODY, TEXT_W)) {
      const b = c.line(s, { snap: c.grid && i === 0 });
      c.centered(b, l, 'bold');
    }
  });
  c.gap(s * 2);

  // Two-column caption: parties on the left, case number and title on the right.
  const mid = LEFT + TEXT_W / 2 - 6;
  const leftW = mid - LEFT - 8;
  const rightX = mid + 14;
  const rightW = RIGHT - rightX;
  type Cell = { text: string; x: number; font: FontStyle };
  const left: Cell[] = [];
  const addNames = (names: string[]) => {
    for (const n of captionNameLines(names)) for (const l of c.wrap(n, 'regular', BODY, leftW)) left.push({ text: l, x: LEFT, font: 'regular' });
  };
  addNames(cap.plaintiffs);
  left.push({ text: '', x: LEFT, font: 'regular' });
  left.push({ text: `${partyRole(cap.plaintiffs, 'Plaintiff', 'Plaintiffs')},`, x: LEFT + 72, font: 'regular' });
  left.push({ text: '', x: LEFT, font: 'regular' });
  left.push({ text: 'v.', x: LEFT + 36, font: 'regular' });
  left.push({ text: '', x: LEFT, font: 'regular' });
  addNames(cap.defendants);
  left.push({ text: '', x: LEFT, font: 'regular' });
  left.push({ text: `${partyRole(cap.defendants, 'Defendant', 'Defendants')}.`, x: LEFT + 72, font: 'regular' });

  const right: Cell[] = [];
  for (const l of c.wrap(`Case No. ${cap.caseNumber}`.trim(), 'regular', BODY, rightW)) right.push({ text: l, x: rightX, font: 'regular' });
  right.push({ text: '', x: rightX, font: 'regular' });
  for (const l of c.wrap(cap.title, 'bold', BODY, rightW)) right.push({ text: l, x: rightX, font: 'bold' });

  const rows = Math.max(left.length, right.length);
  let first = 0;
  let last = 0;
  for (let i = 0; i < rows; i++) {
    const b = c.line(s, { keep: i === 0 ? (rows - 1) * s : 0 });
    if (i === 0) first = b;
    last = b;
    const l = left[i];
    const r = right[i];
    if (l) c.text(l.x, b, c.fit(l.text), l.font);
    if (r) c.text(r.x, b, r.text, r.font);
  }
  const top = first - c.m.regular.ascent * BODY - 2;
  const bottom = last + 6;
  c.push({ t: 'line', x1: mid, y1: top, x2: mid, y2: bottom, width: 0.75 });
  c.push({ t: 'line', x1: LEFT, y1: bottom, x2: mid, y2: bottom, width: 0.75 });
  c.gap(s * 2);
}

function layoutBlock(c: Composer, block: Block): void {
  switch (block.type) {
    case 'heading':
      return layoutHeading(c, block.text, block.level);
    case 'paragraph':
      return layoutParagraph(c, block.text, block.label);
    case 'list':
      return layoutList(c, block.ordered, block.items);
    case 'checklist':
      return layoutChecklist(c, block.items);
    case 'table':
      return layoutTable(c, block.columns, block.rows, block.widths);
    case 'signature':
      return layoutSignature(c, block);
    case 'pageBreak':
      return c.newPage();
  }
}

function layoutHeading(c: Composer, text: string, level: 1 | 2): void {
  const lines = c.wrap(text, 'bold', BODY, TEXT_W);
  const p = c.bodyPitch;
  if (!c.double) c.gap(level === 1 ? 10 : 6);
  lines.forEach((l, i) => {
    // Keep the heading with at least two lines of what follows.
    const b = c.line(p, { snap: c.double, keep: i === 0 ? (lines.length - 1 + 2) * p : 0 });
    if (level === 1) c.centered(b, l, 'bold');
    else c.text(LEFT, b, l, 'bold');
  });
  if (!c.double) c.gap(4);
}

function layoutParagraph(c: Composer, text: string, label?: string): void {
  const p = c.bodyPitch;
  const indent = c.double ? 36 : 0;
  let firstX = LEFT + indent;
  let labelText = '';
  if (label) {
    labelText = c.fit(label);
    const lw = c.width(labelText, 'regular', BODY);
    const labelX = firstX;
    firstX = labelX + Math.max(36, Math.ceil((lw + 6) / 18) * 18);
  }
  const lines = c.wrap(text, 'regular', BODY, RIGHT - firstX, TEXT_W);
  lines.forEach((l, i) => {
    // Widow/orphan control: never leave the first line alone at the foot of a page.
    const b = c.line(p, { snap: c.double, keep: i === 0 && lines.length > 1 ? p : 0 });
    if (i === 0) {
      if (labelText) c.text(LEFT + indent, b, labelText);
      c.text(firstX, b, l);
    } else c.text(LEFT, b, l);
  });
  if (!c.double) c.gap(8);
}

function layoutList(c: Composer, ordered: boolean, items: string[]): void {
  const p = c.bodyPitch;
  const textX = LEFT + 36;
  items.forEach((item, n) => {
    const marker = ordered ? `${n + 1}.` : '\u2022';
    const lines = c.wrap(item, 'regular', BODY, RIGHT - textX);
    lines.forEach((l, i) => {
      const b = c.line(p, { snap: c.double, keep: i === 0 && lines.length > 1 ? p : 0 });
      if (i === 0) c.rightAligned(textX - 10, b, marker);
      c.text(textX, b, l);
    });
    if (!c.double) c.gap(3);
  });
  if (!c.double) c.gap(5);
}

function layoutChecklist(c: Composer, items: ChecklistItem[]): void {
  const p = c.bodyPitch;
  const box = 10;
  const textX = LEFT + box + 10;
  const w = RIGHT - textX;
  for (const item of items) {
    const lines: { text: string; font: FontStyle; size: number }[] = [];
    for (const l of c.wrap(item.text, 'regular', BODY, w)) lines.push({ text: l, font: 'regular', size: BODY });
    if (item.detail) for (const l of c.wrap(item.detail, 'regular', SMALL, w)) lines.push({ text: l, font: 'regular', size: SMALL });
    const meta = [item.due ? `Due: ${item.due}` : '', item.who ? `Who: ${item.who}` : ''].filter(Boolean).join('    ');
    if (meta) for (const l of c.wrap(meta, 'italic', SMALL, w)) lines.push({ text: l, font: 'italic', size: SMALL });
    lines.forEach((l, i) => {
      const pitch = i === 0 ? p : c.double ? p : l.size + 2.5;
      const b = c.line(pitch, { snap: c.double, keep: i === 0 ? Math.min(lines.length - 1, 3) * (SMALL + 2.5) : 0 });
      if (i === 0) c.push({ t: 'rect', x: LEFT, y: b - box + 0.5, w: box, h: box, stroke: 0, width: 0.9 });
      c.text(textX, b, l.text, l.font, l.size);
    });
    if (!c.double) c.gap(8);
  }
}

function columnWidths(c: Composer, columns: string[], rows: string[][], widths?: number[]): number[] {
  const n = columns.length;
  const sample = rows.slice(0, 200);
  let weights: number[];
  if (widths && widths.length === n && widths.every((w) => w > 0)) weights = widths.slice();
  else {
    // Weight columns by how much they usually hold (first 200 rows), within limits.
    weights = columns.map((h, i) => {
      let total = h.length;
      for (const r of sample) total += (r[i] ?? '').length;
      return Math.min(60, Math.max(8, total / (sample.length + 1)));
    });
  }
  // Each column at least as wide as its longest word (up to 1.5 in), so words are not split.
  const mins = columns.map((h, i) => {
    let m = 0;
    for (const w of c.fit(h, 'bold').split(/\s+/)) m = Math.max(m, c.width(w, 'bold', TABLE_SIZE));
    for (const r of sample) for (const w of c.fit(r[i] ?? '').split(/\s+/)) m = Math.max(m, c.width(w, 'regular', TABLE_SIZE));
    return Math.min(108, m + 2 * TABLE_PAD_X + 1);
  });
  return fitColumns(weights, mins, TEXT_W);
}

function layoutTable(c: Composer, columns: string[], rows: string[][], widths?: number[]): void {
  const n = columns.length;
  if (n === 0) return;
  const colW = columnWidths(c, columns, rows, widths);
  const colX: number[] = [LEFT];
  for (const w of colW) colX.push(colX[colX.length - 1] + w);
  colX[n] = RIGHT;
  const inner = colW.map((w) => Math.max(8, w - 2 * TABLE_PAD_X));
  const baseOff = TABLE_PAD_Y + Math.ceil(c.m.regular.ascent * TABLE_SIZE);

  const wrapRow = (cells: string[], font: FontStyle): string[][] =>
    cells.map((cell, i) => (i < n ? c.wrap(cell ?? '', font, TABLE_SIZE, inner[i]) : []));
  const header = wrapRow(columns, 'bold');
  const headerLines = Math.max(1, ...header.map((h) => h.length));
  const headerH = headerLines * TABLE_PITCH + 2 * TABLE_PAD_Y;

  let segTop = 0;
  const closeSegment = (bottom: number) => {
    for (const x of colX) c.push({ t: 'line', x1: x, y1: segTop, x2: x, y2: bottom, width: 0.5 });
  };
  const drawHeader = (top: number): number => {
    segTop = top;
    c.push({ t: 'rect', x: LEFT, y: top, w: TEXT_W, h: headerH, fill: 0.88 });
    c.push({ t: 'line', x1: LEFT, y1: top, x2: RIGHT, y2: top, width: 0.5 });
    header.forEach((lines, i) =>
      lines.forEach((l, k) => c.text(colX[i] + TABLE_PAD_X, top + baseOff + k * TABLE_PITCH, l, 'bold', TABLE_SIZE)),
    );
    const bottom = top + headerH;
    c.push({ t: 'line', x1: LEFT, y1: bottom, x2: RIGHT, y2: bottom, width: 0.5 });
    return bottom;
  };

  c.gap(4);
  const firstRow = rows.length > 0 ? wrapRow(rows[0], 'regular') : [];
  const firstH = Math.max(1, ...firstRow.map((x) => x.length)) * TABLE_PITCH + 2 * TABLE_PAD_Y;
  let y = drawHeader(c.boxTop(headerH + Math.min(firstH, 4 * TABLE_PITCH)));

  const pageBreak = () => {
    closeSegment(y);
    c.boxEnd(y);
    c.newPage();
    y = drawHeader(c.boxTop(headerH + TABLE_PITCH * 2));
  };

  for (let r = 0; r < rows.length; r++) {
    const cells = r === 0 ? firstRow : wrapRow(rows[r], 'regular');
    const total = Math.max(1, ...cells.map((x) => x.length));
    let start = 0;
    while (start < total) {
      const remaining = total - start;
      const need = remaining * TABLE_PITCH + 2 * TABLE_PAD_Y;
      const room = c.roomBelow(y);
      let take: number;
      if (need <= room) take = remaining;
      else {
        // Split a row only when it is taller than what a fresh page holds, or when at least
        // three lines of it fit here; otherwise move the whole row to the next page.
        const fits = Math.floor((room - 2 * TABLE_PAD_Y) / TABLE_PITCH);
        const freshRoom = c.bottom - MARGIN - headerH - 2 * TABLE_PAD_Y;
        if (need > freshRoom && fits >= 3) take = fits;
        else {
          pageBreak();
          continue;
        }
      }
      for (let i = 0; i < n; i++) {
        const lines = cells[i];
        for (let k = 0; k < take; k++) {
          const l = lines[start + k];
          if (l) c.text(colX[i] + TABLE_PAD_X, y + baseOff + k * TABLE_PITCH, l, 'regular', TABLE_SIZE);
        }
      }
      y += take * TABLE_PITCH + 2 * TABLE_PAD_Y;
      c.push({ t: 'line', x1: LEFT, y1: y, x2: RIGHT, y2: y, width: 0.5 });
      start += take;
      if (start < total) pageBreak();
    }
  }
  closeSegment(y);
  c.boxEnd(y);
  c.gap(c.double ? 12 : 10);
}

function layoutSignature(c: Composer, sig: Extract<Block, { type: 'signature' }>): void {
  const s = c.singlePitch;
  const x = LEFT + TEXT_W / 2;
  const lineEnd = RIGHT - 18;
  const under: { text: string; font: FontStyle }[] = [];
  for (const l of c.wrap(sig.name, 'regular', BODY, RIGHT - x)) under.push({ text: l, font: 'regular' });
  for (const raw of [sig.role, ...sig.lines]) for (const l of c.wrap(raw, 'regular', BODY, RIGHT - x)) under.push({ text: l, font: 'regular' });

  // The whole block stays on one page. By hand: clear room above the line to sign in, even at
  // the top of a page.
  const pitch = c.double ? c.bodyPitch : s;
  const room = sig.mode === 'handwritten' ? (c.double ? 2 * c.bodyPitch : 30) : 0;
  const underPitch = s + 2;
  c.gap(c.double ? c.bodyPitch / 2 : s);
  let b = c.line(pitch, { snap: c.double, keep: room + under.length * underPitch });
  if (room > 0) b = c.line(room, { snap: c.double });
  const dateText = sig.date ? `Dated: ${c.fit(sig.date)}` : 'Dated: ______________';
  c.text(LEFT, b, dateText);
  c.push({ t: 'line', x1: x, y1: b + 2.5, x2: lineEnd, y2: b + 2.5, width: 0.75 });
  if (sig.mode === 'electronic') c.text(x + 4, b, `/s/ ${c.fit(sig.name)}`);
  under.forEach((u, i) => c.text(x, c.line(i === 0 ? underPitch : s), u.text, u.font));
  c.gap(c.double ? 12 : 10);
}

// ---------------------------------------------------------------------------------------------

function decoratePages(c: Composer, model: DocumentModel): void {
  const total = c.pages.length;
  const footer = c.fit(model.footer ?? '');
  const watermark = model.draftWatermark ? c.fit(model.draftWatermark, 'bold') : '';
  let markSize = 0;
  if (watermark) {
    const w1 = c.width(watermark, 'bold', 1);
    const diagonal = Math.hypot(PAGE_W, PAGE_H);
    markSize = Math.min(110, (diagonal * 0.6) / Math.max(w1, 0.01));
  }
  c.pages.forEach((page, i) => {
    const deco: Op[] = [];
    if (watermark) deco.push({ t: 'watermark', text: watermark, size: markSize, gray: 0.85 });
    if (model.pleadingPaper) {
      deco.push({ t: 'line', x1: LEFT - 10, y1: 0, x2: LEFT - 10, y2: PAGE_H, width: 0.6 });
      deco.push({ t: 'line', x1: LEFT - 7, y1: 0, x2: LEFT - 7, y2: PAGE_H, width: 0.6 });
      deco.push({ t: 'line', x1: RIGHT + 8, y1: 0, x2: RIGHT + 8, y2: PAGE_H, width: 0.6 });
      for (let n = 1; n <= PLEADING_LINES; n++) {
        const label = String(n);
        const y = PLEADING_FIRST_BASELINE + (n - 1) * PLEADING_PITCH;
        deco.push({ t: 'text', x: LEFT - 16 - c.width(label, 'regular', BODY), y, text: label, font: 'regular', size: BODY });
      }
    }
    deco.push({ t: 'line', x1: LEFT, y1: FOOTER_RULE_Y, x2: RIGHT, y2: FOOTER_RULE_Y, width: 0.5 });
    const pageText = `Page ${i + 1} of ${total}`;
    const pw = c.width(pageText, 'regular', FOOTER_SIZE);
    deco.push({ t: 'text', x: RIGHT - pw, y: FOOTER_BASELINE, text: pageText, font: 'regular', size: FOOTER_SIZE });
    if (footer) {
      let f = footer.replace(/\n/g, ' ');
      const room = TEXT_W - pw - 18;
      if (c.width(f, 'regular', FOOTER_SIZE) > room) {
        while (f.length > 1 && c.width(`${f}\u2026`, 'regular', FOOTER_SIZE) > room) f = f.slice(0, -1);
        f = `${f.trimEnd()}\u2026`;
      }
      deco.push({ t: 'text', x: LEFT, y: FOOTER_BASELINE, text: f, font: 'regular', size: FOOTER_SIZE });
    }
    page.ops.unshift(...deco.filter((d) => d.t === 'watermark'));
    page.ops.push(...deco.filter((d) => d.t !== 'watermark'));
  });
}
