import type { Block, ChecklistItem, DocumentModel } from './model.js';
import { BODY, Composer, LEFT, PAGE_H, PAGE_W, RIGHT, TEXT_W, type DocumentLayout, type StructNode } from './composer.js';
import type { FontStyle } from './fonts.js';
import { layoutCaption, layoutLetterhead } from './layoutCaption.js';
import { layoutTable } from './layoutTable.js';
import { decoratePages } from './pageFurniture.js';

/**
 * Lays a document model out on US-letter pages: a list of drawing operations per page, in
 * points, measured from the top-left corner, and the document's structure in reading order.
 * renderPdf paints and tags them; nothing here knows PDF.
 */

export type { DocumentLayout, Op, PageLayout, StructNode, StructType, TextOp } from './composer.js';
export { PAGE_H, PAGE_W } from './composer.js';

const SMALL = 11;

export function layoutDocument(model: DocumentModel): DocumentLayout {
  const c = new Composer(model);
  if (model.letterhead && model.letterhead.length > 0) layoutLetterhead(c, model.letterhead);
  if (model.caption) layoutCaption(c, model.caption);
  for (const block of model.blocks) layoutBlock(c, block);
  decoratePages(c, model);
  return { width: PAGE_W, height: PAGE_H, pages: c.pages, structure: c.structure, faces: c.faces };
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
  c.begin(level === 1 ? 'H1' : 'H2');
  lines.forEach((l, i) => {
    // Keep the heading with at least two lines of what follows.
    const b = c.line(p, { snap: c.double, keep: i === 0 ? (lines.length - 1 + 2) * p : 0 });
    if (level === 1) c.centered(b, l, 'bold');
    else c.text(LEFT, b, l, 'bold');
  });
  c.end();
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
  c.begin('P');
  lines.forEach((l, i) => {
    // Widow/orphan control: never leave the first line alone at the foot of a page.
    const b = c.line(p, { snap: c.double, keep: i === 0 && lines.length > 1 ? p : 0 });
    if (i === 0) {
      if (labelText) c.text(LEFT + indent, b, labelText);
      c.text(firstX, b, l);
    } else c.text(LEFT, b, l);
  });
  c.end();
  if (!c.double) c.gap(8);
}

function layoutList(c: Composer, ordered: boolean, items: string[]): void {
  const p = c.bodyPitch;
  const textX = LEFT + 36;
  c.begin('L');
  items.forEach((item, n) => {
    const marker = ordered ? `${n + 1}.` : '\u2022';
    const lines = c.wrap(item, 'regular', BODY, RIGHT - textX);
    c.begin('LI');
    const label = c.element('Lbl');
    const body = c.element('LBody');
    lines.forEach((l, i) => {
      const b = c.line(p, { snap: c.double, keep: i === 0 && lines.length > 1 ? p : 0 });
      if (i === 0) c.into(label, () => c.rightAligned(textX - 10, b, marker));
      c.into(body, () => c.text(textX, b, l));
    });
    c.end();
    if (!c.double) c.gap(3);
  });
  c.end();
  if (!c.double) c.gap(5);
}

function layoutChecklist(c: Composer, items: ChecklistItem[]): void {
  const p = c.bodyPitch;
  const box = 10;
  const textX = LEFT + box + 10;
  const w = RIGHT - textX;
  c.begin('L');
  for (const item of items) {
    const lines: { text: string; font: FontStyle; size: number }[] = [];
    for (const l of c.wrap(item.text, 'regular', BODY, w)) lines.push({ text: l, font: 'regular', size: BODY });
    if (item.detail) for (const l of c.wrap(item.detail, 'regular', SMALL, w)) lines.push({ text: l, font: 'regular', size: SMALL });
    const meta = [item.due ? `Due: ${item.due}` : '', item.who ? `Who: ${item.who}` : ''].filter(Boolean).join('    ');
    if (meta) for (const l of c.wrap(meta, 'italic', SMALL, w)) lines.push({ text: l, font: 'italic', size: SMALL });
    c.begin('LI');
    c.begin('LBody');
    lines.forEach((l, i) => {
      const pitch = i === 0 ? p : c.double ? p : l.size + 2.5;
      const b = c.line(pitch, { snap: c.double, keep: i === 0 ? Math.min(lines.length - 1, 3) * (SMALL + 2.5) : 0 });
      if (i === 0) c.push({ t: 'rect', x: LEFT, y: b - box + 0.5, w: box, h: box, stroke: 0, width: 0.9 });
      // Each line (the task, its detail, when and who) is a paragraph of the item.
      c.into(c.element('P'), () => c.text(textX, b, l.text, l.font, l.size));
    });
    c.end();
    c.end();
    if (!c.double) c.gap(8);
  }
  c.end();
}

function layoutSignature(c: Composer, sig: Extract<Block, { type: 'signature' }>): void {
  const s = c.singlePitch;
  const x = LEFT + TEXT_W / 2;
  const lineEnd = RIGHT - 18;
  c.begin('Div');
  const dated = c.element('P');
  const signed = sig.mode === 'electronic' ? c.element('P') : null;
  const under: { text: string; node: StructNode }[] = [];
  for (const raw of [sig.name, sig.role, ...sig.lines]) {
    const node = c.element('P');
    for (const l of c.wrap(raw, 'regular', BODY, RIGHT - x)) under.push({ text: l, node });
  }

  // The whole block stays on one page. By hand: clear room above the line to sign in, even at
  // the top of a page.
  const pitch = c.double ? c.bodyPitch : s;
  const room = sig.mode === 'handwritten' ? (c.double ? 2 * c.bodyPitch : 30) : 0;
  const underPitch = s + 2;
  c.gap(c.double ? c.bodyPitch / 2 : s);
  let b = c.line(pitch, { snap: c.double, keep: room + under.length * underPitch });
  if (room > 0) b = c.line(room, { snap: c.double });
  const dateText = sig.date ? `Dated: ${c.fit(sig.date)}` : 'Dated: ______________';
  c.into(dated, () => c.text(LEFT, b, dateText));
  c.push({ t: 'line', x1: x, y1: b + 2.5, x2: lineEnd, y2: b + 2.5, width: 0.75 });
  if (signed) c.into(signed, () => c.text(x + 4, b, `/s/ ${c.fit(sig.name)}`));
  under.forEach((u, i) => {
    const y = c.line(i === 0 ? underPitch : s);
    c.into(u.node, () => c.text(x, y, u.text));
  });
  c.end();
  c.gap(c.double ? 12 : 10);
}

