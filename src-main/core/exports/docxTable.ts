import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { TABLE_STYLE, TEXT_W, THIN, runs, type Ctx } from './docxCommon.js';
import { printableText, fitColumns } from './wrap.js';

/**
 * Data tables in the DOCX: a shaded header row marked to repeat on every page (and read as the
 * column headers), body rows written as WordprocessingML directly for speed.
 */

export function tableDocx(columns: string[], rows: string[][], widths: number[] | undefined, ctx: Ctx): Table {
  const n = columns.length;
  const sample = rows.slice(0, 200);
  const weights =
    widths && widths.length === n && widths.every((w) => w > 0)
      ? widths
      : columns.map((h, i) => Math.min(60, Math.max(8, (h.length + sample.reduce((a, r) => a + (r[i] ?? '').length, 0)) / (sample.length + 1))));
  // About 100 twips a character at 10 pt; at least the longest word, at most 1.5 in.
  const mins = columns.map((h, i) => {
    let m = 0;
    for (const cell of [h, ...sample.map((r) => r[i] ?? '')]) for (const w of cell.split(/\s+/)) m = Math.max(m, w.length);
    return Math.min(2160, m * 105 + 220);
  });
  const colW = fitColumns(weights, mins, TEXT_W).map((w) => Math.round(w));
  // Borders, cell margins and the 10-pt text are set once for the table (and a paragraph style),
  // not per cell. The body rows are written as WordprocessingML directly: a 5,000-row log has
  // 25,000 cells, and going through docx's object model took seconds.
  const header = (text: string) =>
    new TableCell({
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E0E0E0' },
      children: [new Paragraph({ style: TABLE_STYLE, children: runs(text, { bold: true }) })],
    });
  const tableRows = [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => header(c)) })];
  if (rows.length > 0) {
    const token = `CASEFILE-ROWS-${ctx.rows.size}-${rows.length}-PLACEHOLDER`;
    ctx.rows.set(token, rowsXml(rows, colW));
    tableRows.push(new TableRow({ children: [new TableCell({ columnSpan: n, children: [new Paragraph(token)] })] }));
  }
  return new Table({
    width: { size: TEXT_W, type: WidthType.DXA },
    columnWidths: colW,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    rows: tableRows,
  });
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (s: string) => s.replace(/[&<>]/g, (c) => XML_ESCAPES[c]);

/** Table rows as WordprocessingML: one paragraph a cell in the table text style, line breaks kept. */
function rowsXml(rows: string[][], colW: number[]): string {
  const parts: string[] = [];
  const pPr = `<w:pPr><w:pStyle w:val="${TABLE_STYLE}"/></w:pPr>`;
  for (const row of rows) {
    // Keep a row on one page unless it is long enough that it might not fit on one.
    const chars = row.reduce((a, c) => a + (c ?? '').length, 0);
    parts.push(chars < 800 ? '<w:tr><w:trPr><w:cantSplit/></w:trPr>' : '<w:tr>');
    for (let i = 0; i < colW.length; i++) {
      parts.push(`<w:tc><w:tcPr><w:tcW w:w="${colW[i]}" w:type="dxa"/></w:tcPr><w:p>${pPr}`);
      const text = printableText(row[i] ?? '');
      if (text !== '') {
        text.split('\n').forEach((line, k) => {
          parts.push(`<w:r>${k > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`);
        });
      }
      parts.push('</w:p></w:tc>');
    }
    parts.push('</w:tr>');
  }
  return parts.join('');
}

