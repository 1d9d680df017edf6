import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { NO_BORDERS, NONE, TEXT_W, THIN, runs, single } from './docxCommon.js';
import type { Caption } from './model.js';
import { captionNameLines, partyRole } from './model.js';

/** The top of the first page in the DOCX: a letter's letterhead, or a court paper's caption. */

/** The sender's name and address, centered, the name bold, a rule under the last line. */
export function letterheadDocx(lines: string[]): Paragraph[] {
  const out = lines.map(
    (l, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: single(),
        children: runs(l, { bold: i === 0 }),
        border: i === lines.length - 1 ? { bottom: { ...THIN, size: 6, space: 4 } } : undefined,
      }),
  );
  out.push(new Paragraph({ spacing: single(240), children: [] }));
  return out;
}

/** The party block, the court's name, and the parties and title as a two-column table. */
export function captionDocx(cap: Caption): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const party = cap.partyBlock ?? [];
  for (const l of party) out.push(new Paragraph({ spacing: single(), children: runs(l) }));
  if (party.length > 0) out.push(new Paragraph({ spacing: single(), children: [] }), new Paragraph({ spacing: single(), children: [] }));

  for (const l of [cap.court, cap.district ?? '']) {
    if (l.trim()) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: single(), children: runs(l.trim().toUpperCase(), { bold: true }) }));
  }
  out.push(new Paragraph({ spacing: single(), children: [] }), new Paragraph({ spacing: single(), children: [] }));
  out.push(captionTable(cap));
  out.push(new Paragraph({ spacing: single(), children: [] }));
  return out;
}

function captionTable(cap: Caption): Table {
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
  return new Table({
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
  });
}
