import { BODY, LEFT, RIGHT, TEXT_W, type Composer, type StructNode } from './composer.js';
import type { FontStyle } from './fonts.js';
import { captionNameLines, partyRole, type Caption } from './model.js';

/**
 * The top of a court paper: the party block, the court's name, and the two-column caption
 * (parties on the left, case number and title on the right). Screen readers get the left
 * column first, then the right, and the paper's title as its first heading.
 */

type Cell = { text: string; x: number; font: FontStyle; node: StructNode };

export function layoutLetterhead(c: Composer, lines: string[]): void {
  let last = 0;
  lines.forEach((raw, i) => {
    const style: FontStyle = i === 0 ? 'bold' : 'regular';
    c.begin('P');
    for (const l of c.wrap(raw, style, BODY, TEXT_W)) {
      last = c.line(c.singlePitch);
      c.centered(last, l, style);
    }
    c.end();
  });
  c.push({ t: 'line', x1: LEFT, y1: last + 8, x2: RIGHT, y2: last + 8, width: 0.75 });
  c.gap(c.singlePitch * 2);
}

export function layoutCaption(c: Composer, cap: Caption): void {
  const s = c.singlePitch;
  // Party block, top left, single-spaced.
  const party = cap.partyBlock ?? [];
  for (const raw of party) {
    c.begin('P');
    for (const l of c.wrap(raw, 'regular', BODY, TEXT_W * 0.6)) c.text(LEFT, c.line(s), l);
    c.end();
  }
  if (party.length > 0) c.gap(s * 2);

  // Court name, centered, bold.
  const courtLines = [cap.court, cap.district ?? ''].map((t) => t.trim().toUpperCase()).filter(Boolean);
  courtLines.forEach((raw, i) => {
    c.begin('P');
    for (const l of c.wrap(raw, 'bold', BODY, TEXT_W)) {
      const b = c.line(s, { snap: c.grid && i === 0 });
      c.centered(b, l, 'bold');
    }
    c.end();
  });
  c.gap(s * 2);
  layoutCaptionColumns(c, cap);
  c.gap(s * 2);
}

function layoutCaptionColumns(c: Composer, cap: Caption): void {
  const s = c.singlePitch;
  const mid = LEFT + TEXT_W / 2 - 6;
  const leftW = mid - LEFT - 8;
  const rightX = mid + 14;
  const rightW = RIGHT - rightX;
  const left: (Cell | null)[] = [];
  const addNames = (names: string[]) => {
    for (const n of captionNameLines(names)) {
      const node = c.element('P');
      for (const l of c.wrap(n, 'regular', BODY, leftW)) left.push({ text: l, x: LEFT, font: 'regular', node });
    }
  };
  const one = (text: string, x: number): Cell => ({ text, x, font: 'regular', node: c.element('P') });
  addNames(cap.plaintiffs);
  left.push(null, one(`${partyRole(cap.plaintiffs, 'Plaintiff', 'Plaintiffs')},`, LEFT + 72), null, one('v.', LEFT + 36), null);
  addNames(cap.defendants);
  left.push(null, one(`${partyRole(cap.defendants, 'Defendant', 'Defendants')}.`, LEFT + 72));

  const right: (Cell | null)[] = [];
  const caseNo = c.element('P');
  for (const l of c.wrap(`Case No. ${cap.caseNumber}`.trim(), 'regular', BODY, rightW)) right.push({ text: l, x: rightX, font: 'regular', node: caseNo });
  right.push(null);
  const title = c.element('H1');
  for (const l of c.wrap(cap.title, 'bold', BODY, rightW)) right.push({ text: l, x: rightX, font: 'bold', node: title });

  const rows = Math.max(left.length, right.length);
  let first = 0;
  let last = 0;
  for (let i = 0; i < rows; i++) {
    const b = c.line(s, { keep: i === 0 ? (rows - 1) * s : 0 });
    if (i === 0) first = b;
    last = b;
    for (const cell of [left[i], right[i]]) if (cell) c.into(cell.node, () => c.text(cell.x, b, c.fit(cell.text), cell.font));
  }
  const top = first - c.ascent * BODY - 2;
  const bottom = last + 6;
  c.push({ t: 'line', x1: mid, y1: top, x2: mid, y2: bottom, width: 0.75 });
  c.push({ t: 'line', x1: LEFT, y1: bottom, x2: mid, y2: bottom, width: 0.75 });
}
