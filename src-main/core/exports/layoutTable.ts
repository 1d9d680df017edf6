import { LEFT, MARGIN, RIGHT, TEXT_W, type Composer, type StructNode } from './composer.js';
import type { FontStyle } from './fonts.js';
import { fitColumns } from './wrap.js';

/**
 * A table with a grey header row that is repeated at the top of every page the table runs onto.
 * Tagged as Table / TR / TH (column headers) / TD; the repeated header is page furniture, so a
 * screen reader hears it once.
 */

const TABLE_SIZE = 10;
const TABLE_PITCH = 12;
const TABLE_PAD_X = 4;
const TABLE_PAD_Y = 3;

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

class TableFlow {
  readonly colX: number[] = [LEFT];
  private readonly inner: number[];
  private readonly baseOff: number;
  private readonly header: string[][];
  readonly headerH: number;
  private segTop = 0;
  y = 0;

  constructor(
    private readonly c: Composer,
    columns: string[],
    colW: number[],
  ) {
    for (const w of colW) this.colX.push(this.colX[this.colX.length - 1] + w);
    this.colX[columns.length] = RIGHT;
    this.inner = colW.map((w) => Math.max(8, w - 2 * TABLE_PAD_X));
    this.baseOff = TABLE_PAD_Y + Math.ceil(c.ascent * TABLE_SIZE);
    this.header = this.wrapRow(columns, 'bold');
    this.headerH = Math.max(1, ...this.header.map((h) => h.length)) * TABLE_PITCH + 2 * TABLE_PAD_Y;
  }

  wrapRow(cells: string[], font: FontStyle): string[][] {
    return cells.map((cell, i) => (i < this.inner.length ? this.c.wrap(cell ?? '', font, TABLE_SIZE, this.inner[i]) : []));
  }

  /** Draws the header row at `top`; `cells` are its TH elements (null: a repeat, page furniture). */
  drawHeader(top: number, cells: StructNode[] | null): void {
    const c = this.c;
    this.segTop = top;
    c.push({ t: 'rect', x: LEFT, y: top, w: TEXT_W, h: this.headerH, fill: 0.88 });
    c.push({ t: 'line', x1: LEFT, y1: top, x2: RIGHT, y2: top, width: 0.5 });
    this.header.forEach((lines, i) =>
      c.into(cells ? cells[i] : null, () => lines.forEach((l, k) => c.text(this.colX[i] + TABLE_PAD_X, top + this.baseOff + k * TABLE_PITCH, l, 'bold', TABLE_SIZE))),
    );
    this.y = top + this.headerH;
    c.push({ t: 'line', x1: LEFT, y1: this.y, x2: RIGHT, y2: this.y, width: 0.5 });
  }

  closeSegment(): void {
    for (const x of this.colX) this.c.push({ t: 'line', x1: x, y1: this.segTop, x2: x, y2: this.y, width: 0.5 });
  }

  pageBreak(): void {
    this.closeSegment();
    this.c.boxEnd(this.y);
    this.c.newPage();
    this.drawHeader(this.c.boxTop(this.headerH + TABLE_PITCH * 2), null);
  }

  /** Lines `start` to `start + take` of a row's cells, at the current y. */
  drawLines(cells: string[][], nodes: StructNode[], start: number, take: number): void {
    const c = this.c;
    cells.forEach((lines, i) => {
      if (i >= nodes.length) return;
      c.into(nodes[i], () => {
        for (let k = 0; k < take; k++) {
          const l = lines[start + k];
          if (l) c.text(this.colX[i] + TABLE_PAD_X, this.y + this.baseOff + k * TABLE_PITCH, l, 'regular', TABLE_SIZE);
        }
      });
    });
    this.y += take * TABLE_PITCH + 2 * TABLE_PAD_Y;
    c.push({ t: 'line', x1: LEFT, y1: this.y, x2: RIGHT, y2: this.y, width: 0.5 });
  }

  /** How many lines of a row to put on this page (0: move it to the next page). */
  linesThatFit(remaining: number): number {
    const need = remaining * TABLE_PITCH + 2 * TABLE_PAD_Y;
    const room = this.c.roomBelow(this.y);
    if (need <= room) return remaining;
    // Split a row only when it is taller than what a fresh page holds, or when at least
    // three lines of it fit here; otherwise move the whole row to the next page.
    const fits = Math.floor((room - 2 * TABLE_PAD_Y) / TABLE_PITCH);
    const freshRoom = this.c.bottom - MARGIN - this.headerH - 2 * TABLE_PAD_Y;
    return need > freshRoom && fits >= 3 ? fits : 0;
  }
}

/** A row's structure element with one cell element per column. */
function rowElement(c: Composer, type: 'TH' | 'TD', n: number): StructNode[] {
  c.begin('TR');
  const cells = Array.from({ length: n }, () => c.element(type));
  if (type === 'TH') for (const cell of cells) cell.scope = 'Column';
  c.end();
  return cells;
}

export function layoutTable(c: Composer, columns: string[], rows: string[][], widths?: number[]): void {
  const n = columns.length;
  if (n === 0) return;
  const t = new TableFlow(c, columns, columnWidths(c, columns, rows, widths));
  c.gap(4);
  c.begin('Table');
  const firstRow = rows.length > 0 ? t.wrapRow(rows[0], 'regular') : [];
  const firstH = Math.max(1, ...firstRow.map((x) => x.length)) * TABLE_PITCH + 2 * TABLE_PAD_Y;
  t.drawHeader(c.boxTop(t.headerH + Math.min(firstH, 4 * TABLE_PITCH)), rowElement(c, 'TH', n));

  for (let r = 0; r < rows.length; r++) {
    const cells = r === 0 ? firstRow : t.wrapRow(rows[r], 'regular');
    const nodes = rowElement(c, 'TD', n);
    const total = Math.max(1, ...cells.map((x) => x.length));
    let start = 0;
    while (start < total) {
      const take = t.linesThatFit(total - start);
      if (take === 0) {
        t.pageBreak();
        continue;
      }
      t.drawLines(cells, nodes, start, take);
      start += take;
      if (start < total) t.pageBreak();
    }
  }
  c.end();
  t.closeSegment();
  c.boxEnd(t.y);
  c.gap(c.double ? 12 : 10);
}
