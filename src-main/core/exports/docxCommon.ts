import { BorderStyle, LineRuleType, TextRun } from 'docx';
import { printableText } from './wrap.js';

/** Measures, borders and run helpers shared by the parts of the DOCX renderer. */

export const TWIP = 20; // per point
export const PAGE_W = 12240;
export const PAGE_H = 15840;
export const MARGIN = 1440;
export const TEXT_W = PAGE_W - 2 * MARGIN; // 9360
export const FONT = 'Times New Roman';
export const BODY = 24; // half-points
export const SMALL = 22;
export const TABLE = 20;
export const FOOTER = 18;
export const TABLE_STYLE = 'CasefileTableText';
export const LANGUAGE = 'en-US';
export const NUMBERED = 'casefile-numbered';
export const BULLETED = 'casefile-bulleted';
export const CHECKLIST = 'casefile-checklist';
/** Where a checklist item's text (and its detail lines) start, 0.3 in from the margin. */
export const CHECK_INDENT = 440;
/** Has the empty box; Times New Roman does not. Word on a Mac or LibreOffice picks a font that has it. */
export const SYMBOL_FONT = 'Segoe UI Symbol';

export const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

export interface Ctx {
  double: boolean;
  pleading: boolean;
  /** Lists so far: each numbered list is its own instance, so it counts from 1. */
  lists: number;
  /** Body rows of data tables, as WordprocessingML, by the placeholder that stands for them. */
  rows: Map<string, string>;
}

export const single = (after = 0) => ({ line: 240, lineRule: LineRuleType.AUTO, before: 0, after });

/** Runs for a string, keeping its hard line breaks. */
export function runs(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): TextRun[] {
  return printableText(text)
    .split('\n')
    .map(
      (part, i) =>
        new TextRun({
          text: part,
          bold: opts.bold,
          italics: opts.italics,
          size: opts.size,
          underline: opts.underline ? {} : undefined,
          break: i > 0 ? 1 : undefined,
        }),
    );
}

