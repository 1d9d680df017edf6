import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineNumberRestartFormat,
  LineRuleType,
  Packer,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { BODY, BULLETED, FONT, FOOTER, LANGUAGE, MARGIN, NO_BORDERS, NONE, NUMBERED, PAGE_H, PAGE_W, SMALL, TABLE, TABLE_STYLE, TEXT_W, THIN, TWIP, runs, single, type Ctx } from './docxCommon.js';
import { tableDocx } from './docxTable.js';
import type { Block, Caption, ChecklistItem, DocumentModel } from './model.js';
import { BALLOT_BOX, CREATOR, captionNameLines, documentAuthor, documentTitle, partyRole } from './model.js';
import { printableText } from './wrap.js';
import { zipEntry } from './zipEntry.js';

/**
 * DOCX that people can open and edit in Word or LibreOffice: Times New Roman 12 pt (Liberation
 * Serif, which ships with the app, has the same metrics), US letter, 1-inch margins, the footer
 * and "Page N of M" on every page, the caption as a two-column table. Pleading paper uses
 * Word's own line numbering (restarting on each page) and a double rule down the left margin.
 * Paragraphs with an id carry a bookmark of that name, so an edited file can be matched back.
 */

/** Line spacing of body paragraphs. Pleading paper: exactly 24 pt, so text sits on the numbered lines. */
function bodySpacing(ctx: Ctx, after = 0) {
  if (ctx.pleading && ctx.double) return { line: 24 * TWIP, lineRule: LineRuleType.EXACT, before: 0, after };
  return { line: ctx.double ? 480 : 240, lineRule: LineRuleType.AUTO, before: 0, after };
}

/** A bookmark name Word accepts: starts with a letter, letters/digits/underscore, at most 40. */
function bookmarkName(id: string): string {
  return `p_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
}

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const ctx: Ctx = { double: !!model.doubleSpaced, pleading: !!model.pleadingPaper, lists: 0, rows: new Map() };
  const children: (Paragraph | Table)[] = [];

  if (model.letterhead && model.letterhead.length > 0) {
    model.letterhead.forEach((l, i) =>
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: single(),
          children: runs(l, { bold: i === 0 }),
          border: i === model.letterhead!.length - 1 ? { bottom: { ...THIN, size: 6, space: 4 } } : undefined,
        }),
      ),
    );
    children.push(new Paragraph({ spacing: single(240), children: [] }));
  }
  if (model.caption) children.push(...captionDocx(model.caption));

  for (const block of model.blocks) children.push(...blockDocx(block, ctx));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));

  const footer = new Footer({
    children: [
      new Paragraph({
        border: { top: { ...THIN, space: 4 } },
        suppressLineNumbers: true,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_W }],
        spacing: single(),
        children: [
          new TextRun({ text: printableText(model.footer).replace(/\n/g, ' '), size: FOOTER }),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: FOOTER }),
        ],
      }),
    ],
  });
  const header = model.draftWatermark
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            suppressLineNumbers: true,
            children: [new TextRun({ text: printableText(model.draftWatermark), bold: true, size: 28, color: '808080' })],
          }),
        ],
      })
    : undefined;

  const author = documentAuthor(model);
  const doc = new Document({
    title: documentTitle(model),
    subject: model.footer,
    creator: author ?? CREATOR,
    lastModifiedBy: CREATOR,
    description: `Made with ${CREATOR}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY, language: { value: LANGUAGE } },
          paragraph: { spacing: { line: 240, before: 0, after: 0 } },
        },
        // Real headings (screen readers and Word's navigation list them), looking as before: bold body text.
        heading1: { run: { font: FONT, size: BODY, bold: true, italics: false, color: '000000' }, paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 } },
        heading2: { run: { font: FONT, size: BODY, bold: true, italics: false, color: '000000' }, paragraph: { keepNext: true, keepLines: true, outlineLevel: 1 } },
      },
      paragraphStyles: [
        {
          id: TABLE_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: TABLE },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        },
      ],
    },
    numbering: { config: LIST_NUMBERING },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_W, height: PAGE_H },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 720, footer: 720, gutter: 0 },
            borders: ctx.pleading
              ? {
                  pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.TEXT },
                  pageBorderLeft: { style: BorderStyle.DOUBLE, size: 4, color: '000000', space: 4 },
                  pageBorderRight: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 },
                }
              : undefined,
          },
          lineNumbers: ctx.pleading ? { countBy: 1, restart: LineNumberRestartFormat.NEW_PAGE, distance: 400 } : undefined,
        },
        headers: header ? { default: header } : undefined,
        footers: { default: footer },
        children,
      },
    ],
  });
  let buf = await Packer.toBuffer(doc);
  const overrides: { path: string; data: string }[] = [];
  if (ctx.rows.size > 0) {
    // Swap each placeholder row for the table's real rows.
    let xml = zipEntry(buf, 'word/document.xml')?.toString('utf8') ?? '';
    for (const [token, rowsXml] of ctx.rows) {
      const at = xml.indexOf(token);
      const start = at < 0 ? -1 : Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
      const end = at < 0 ? -1 : xml.indexOf('</w:tr>', at);
      if (start < 0 || end < 0) throw new Error('DOCX export: table placeholder not found.');
      xml = xml.slice(0, start) + rowsXml + xml.slice(end + '</w:tr>'.length);
    }
    overrides.push({ path: 'word/document.xml', data: xml });
  }
  const core = coreProperties(zipEntry(buf, 'docProps/core.xml')?.toString('utf8') ?? '', model.createdAt);
  if (core) overrides.push({ path: 'docProps/core.xml', data: core });
  if (overrides.length > 0) buf = await Packer.toBuffer(doc, false, overrides);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** The document's language, and its own date rather than the moment of export. */
function coreProperties(core: string, createdAt: string | undefined): string {
  if (!core) return core;
  let out = core.includes('<dc:language>') ? core : core.replace('</cp:coreProperties>', `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`);
  const created = createdAt ? new Date(createdAt) : undefined;
  if (created && !Number.isNaN(created.getTime())) {
    const iso = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    out = out.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
  }
  return out;
}

/** Word's own list numbering: "1." for numbered lists, a bullet for the others, hanging at 0.5 in. */
const LIST_NUMBERING = [NUMBERED, BULLETED].map((reference) => ({
  reference,
  levels: [
    {
      level: 0,
      format: reference === NUMBERED ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: reference === NUMBERED ? '%1.' : '\u2022',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720, hanging: 360 } } },
    },
  ],
}));

function captionDocx(cap: Caption): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const party = cap.partyBlock ?? [];
  for (const l of party) out.push(new Paragraph({ spacing: single(), children: runs(l) }));
  if (party.length > 0) out.push(new Paragraph({ spacing: single(), children: [] }), new Paragraph({ spacing: single(), children: [] }));

  for (const l of [cap.court, cap.district ?? '']) {
    if (l.trim()) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: single(), children: runs(l.trim().toUpperCase(), { bold: true }) }));
  }
  out.push(new Paragraph({ spacing: single(), children: [] }), new Paragraph({ spacing: single(), children: [] }));

  const p = (text: string, indent = 0, bold = false) =>
    new Paragraph({ spacing: single(), indent: indent ? { left: indent } : undefined, children: runs(text, { bold }), heading: bold ? HeadingLevel.HEADING_1 : undefined });
  const empty = () => new Paragraph({ spacing: single(), children: [] });
  const left: Paragraph[] = [
    ...captionNameLines(cap.plaintiffs).map((n) => p(n)),
    empty(),
    p(`${partyRole(cap.plaintiffs, 'Plaintiff', 'Plaintiffs')},`, 1440),
    empty(),
    p('v.', 720),
    empty(),
    ...captionNameLines(cap.defendants).map((n) => p(n)),
    empty(),
    p(`${partyRole(cap.defendants, 'Defendant', 'Defendants')}.`, 1440),
  ];
  const right: Paragraph[] = [p(`Case No. ${cap.caseNumber}`), empty(), p(cap.title, 0, true)];
  const half = TEXT_W / 2;
  out.push(
    new Table({
      width: { size: TEXT_W, type: WidthType.DXA },
      columnWidths: [half, half],
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              borders: { top: NONE, left: NONE, right: THIN, bottom: THIN },
              margins: { left: 0, right: 120, top: 0, bottom: 80 },
              children: left,
            }),
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              borders: NO_BORDERS,
              margins: { left: 240, right: 0, top: 0, bottom: 80 },
              children: right,
            }),
          ],
        }),
      ],
    }),
  );
  out.push(new Paragraph({ spacing: single(), children: [] }));
  return out;
}

function blockDocx(block: Block, ctx: Ctx): (Paragraph | Table)[] {
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
    case 'paragraph': {
      let content: ParagraphChild[] = runs(block.text);
      if (block.label) content = [...runs(block.label), new TextRun({ children: [new Tab()] }), ...content];
      if (block.id) content = [new Bookmark({ id: bookmarkName(block.id), children: content })];
      const indent = ctx.double ? 720 : 0;
      return [
        new Paragraph({
          indent: indent ? { firstLine: indent } : undefined,
          tabStops: block.label ? [{ type: TabStopType.LEFT, position: indent + 720 }] : undefined,
          spacing: bodySpacing(ctx, ctx.double ? 0 : 160),
          children: content,
        }),
      ];
    }
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
    case 'checklist':
      return block.items.flatMap((item) => checklistDocx(item, ctx));
    case 'table':
      return [tableDocx(block.columns, block.rows, block.widths, ctx), new Paragraph({ spacing: single(160), children: [] })];
    case 'signature':
      return signatureDocx(block, ctx);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function checklistDocx(item: ChecklistItem, ctx: Ctx): Paragraph[] {
  const indent = { left: 440, hanging: 440 };
  const out: Paragraph[] = [
    new Paragraph({
      indent,
      tabStops: [{ type: TabStopType.LEFT, position: 440 }],
      keepNext: !!(item.detail || item.due || item.who),
      spacing: bodySpacing(ctx, item.detail || item.due || item.who ? 0 : 160),
      children: [
        new TextRun({ text: BALLOT_BOX, font: { ascii: 'Segoe UI Symbol', hAnsi: 'Segoe UI Symbol', cs: 'Segoe UI Symbol', eastAsia: 'Segoe UI Symbol' } }),
        new TextRun({ children: [new Tab()] }),
        ...runs(item.text),
      ],
    }),
  ];
  const meta = [item.due ? `Due: ${item.due}` : '', item.who ? `Who: ${item.who}` : ''].filter(Boolean).join('    ');
  if (item.detail) {
    out.push(new Paragraph({ indent: { left: 440 }, keepNext: !!meta, spacing: single(meta ? 0 : 160), children: runs(item.detail, { size: SMALL }) }));
  }
  if (meta) out.push(new Paragraph({ indent: { left: 440 }, spacing: single(160), children: runs(meta, { italics: true, size: SMALL }) }));
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
