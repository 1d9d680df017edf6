import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  LevelFormat,
  LineNumberRestartFormat,
  LineRuleType,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { BODY, BULLETED, CHECK_INDENT, CHECKLIST, FONT, FOOTER, LANGUAGE, MARGIN, NUMBERED, PAGE_H, PAGE_W, TABLE, TABLE_STYLE, TEXT_W, THIN, SYMBOL_FONT, single, type Ctx } from './docxCommon.js';
import { BALLOT_BOX } from './model.js';
import { printableText } from './wrap.js';

/**
 * What every page of the DOCX shares: the paper size and margins, pleading paper's line numbers
 * and rules, the footer with "Page N of M", the DRAFT header, and the styles and list numbering.
 */

export function footerDocx(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { ...THIN, space: 4 } },
        suppressLineNumbers: true,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_W }],
        spacing: single(),
        children: [
          new TextRun({ text: printableText(text).replace(/\n/g, ' '), size: FOOTER }),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: FOOTER }),
        ],
      }),
    ],
  });
}

export function watermarkHeader(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        suppressLineNumbers: true,
        children: [new TextRun({ text: printableText(text), bold: true, size: 28, color: '808080' })],
      }),
    ],
  });
}

/** US letter, 1-inch margins; pleading paper adds Word's line numbering and a double rule down the left. */
export function pageProperties(ctx: Ctx) {
  return {
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
  };
}

export const DOCX_STYLES = {
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
};

/**
 * Word's own list numbering: "1." for numbered lists, a bullet for the others, hanging at 0.5 in;
 * checklists are bullet lists whose bullet is an empty box to tick, in a font that has the box.
 */
export const LIST_NUMBERING = [
  ...[NUMBERED, BULLETED].map((reference) => ({
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
  })),
  {
    reference: CHECKLIST,
    levels: [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: BALLOT_BOX,
        alignment: AlignmentType.LEFT,
        style: {
          run: { font: { ascii: SYMBOL_FONT, hAnsi: SYMBOL_FONT, cs: SYMBOL_FONT, eastAsia: SYMBOL_FONT } },
          paragraph: { indent: { left: CHECK_INDENT, hanging: CHECK_INDENT } },
        },
      },
    ],
  },
];
