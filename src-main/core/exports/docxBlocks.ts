import { AlignmentType, Bookmark, HeadingLevel, LineRuleType, PageBreak, Paragraph, type ParagraphChild, Tab, type Table, TabStopType, TextRun } from 'docx';
import { BULLETED, CHECK_INDENT, CHECKLIST, NUMBERED, SMALL, TEXT_W, TWIP, runs, single, type Ctx } from './docxCommon.js';
import { tableDocx } from './docxTable.js';
import type { Block, ChecklistItem } from './model.js';

/** The body of the DOCX: each block of the model as Word paragraphs (data tables: docxTable.ts). */

/** Line spacing of body paragraphs. Pleading paper: exactly 24 pt, so text sits on the numbered lines. */
function bodySpacing(ctx: Ctx, after = 0) {
  if (ctx.pleading && ctx.double) return { line: 24 * TWIP, lineRule: LineRuleType.EXACT, before: 0, after };
  return { line: ctx.double ? 480 : 240, lineRule: LineRuleType.AUTO, before: 0, after };
}

/** A bookmark name Word accepts: starts with a letter, letters/digits/underscore, at most 40. */
function bookmarkName(id: string): string {
  return `p_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
}

export function blockDocx(block: Block, ctx: Ctx): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          keepLines: true,
          spacing: ctx.double ? bodySpacing(ctx) : { ...single(80), before: block.level === 1 ? 200 : 120 },
          children: runs(block.text, { bold: true }),
        }),
      ];
    case 'paragraph':
      return [paragraphDocx(block, ctx)];
    case 'list': {
      const instance = ++ctx.lists;
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: block.ordered ? NUMBERED : BULLETED, level: 0, instance },
            spacing: bodySpacing(ctx, ctx.double ? 0 : 60),
            children: runs(item),
          }),
      );
    }
    case 'checklist': {
      const instance = ++ctx.lists;
      return block.items.flatMap((item) => checklistDocx(item, ctx, instance));
    }
    case 'table':
      return [tableDocx(block.columns, block.rows, block.widths, ctx), new Paragraph({ spacing: single(160), children: [] })];
    case 'signature':
      return signatureDocx(block, ctx);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** A body paragraph: its label ("(a)") before a tab, and a bookmark when it can be edited. */
function paragraphDocx(block: Extract<Block, { type: 'paragraph' }>, ctx: Ctx): Paragraph {
  let content: ParagraphChild[] = runs(block.text);
  if (block.label) content = [...runs(block.label), new TextRun({ children: [new Tab()] }), ...content];
  if (block.id) content = [new Bookmark({ id: bookmarkName(block.id), children: content })];
  const indent = ctx.double ? 720 : 0;
  return new Paragraph({
    indent: indent ? { firstLine: indent } : undefined,
    tabStops: block.label ? [{ type: TabStopType.LEFT, position: indent + 720 }] : undefined,
    spacing: bodySpacing(ctx, ctx.double ? 0 : 160),
    children: content,
  });
}

/**
 * A checklist item is an item of a real Word list whose bullet is an empty box (docxPage.ts), so
 * Word and screen readers announce a list of N items. Its detail and due/who lines are plain
 * paragraphs indented under it, not list items of their own.
 */
function checklistDocx(item: ChecklistItem, ctx: Ctx, instance: number): Paragraph[] {
  const more = !!(item.detail || item.due || item.who);
  const out: Paragraph[] = [
    new Paragraph({
      numbering: { reference: CHECKLIST, level: 0, instance },
      keepNext: more,
      spacing: bodySpacing(ctx, more ? 0 : 160),
      children: runs(item.text),
    }),
  ];
  const meta = [item.due ? `Due: ${item.due}` : '', item.who ? `Who: ${item.who}` : ''].filter(Boolean).join('    ');
  if (item.detail) {
    out.push(new Paragraph({ indent: { left: CHECK_INDENT }, keepNext: !!meta, spacing: single(meta ? 0 : 160), children: runs(item.detail, { size: SMALL }) }));
  }
  if (meta) out.push(new Paragraph({ indent: { left: CHECK_INDENT }, spacing: single(160), children: runs(meta, { italics: true, size: SMALL }) }));
  return out;
}

function signatureDocx(sig: Extract<Block, { type: 'signature' }>, ctx: Ctx): Paragraph[] {
  const col = TEXT_W / 2;
  const line =
    sig.mode === 'electronic'
      ? runs(`/s/ ${sig.name}`, { underline: true })
      : [new TextRun({ text: '______________________________' })];
  const out: Paragraph[] = [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      tabStops: [{ type: TabStopType.LEFT, position: col }],
      spacing: { ...single(), before: sig.mode === 'handwritten' ? 720 : ctx.double ? 480 : 240 },
      children: [...runs(`Dated: ${sig.date || '______________'}`), new TextRun({ children: [new Tab()] }), ...line],
    }),
  ];
  const under = [sig.name, sig.role, ...sig.lines];
  under.forEach((l, i) =>
    out.push(new Paragraph({ indent: { left: col }, keepNext: i < under.length - 1, keepLines: true, spacing: single(), children: runs(l) })),
  );
  return out;
}
