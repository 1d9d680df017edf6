import type { Block, Caption, ChecklistItem, DocumentModel } from './model.js';
import { captionNameLines, partyRole } from './model.js';
import { fitColumns, printableText, wrapText } from './wrap.js';

/**
 * Plain text, to paste into an e-mail or a court's form: wrapped at 78 columns, the caption as
 * text with the classic ")" column, "[ ]" for checkboxes, blank lines between paragraphs.
 */

export const TEXT_WIDTH = 78;

const len = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - len(s)));

/** Characters people would not want pasted into a plain form. */
function plain(s: string): string {
  return printableText(s)
    .replace(/[\u2610]/g, '[ ]')
    .replace(/[\u2611\u2612]/g, '[x]')
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ');
}

function wrap(text: string, first: number, rest = first): string[] {
  return wrapText(plain(text), len, first, rest);
}

function center(text: string): string {
  const n = len(text);
  return n >= TEXT_WIDTH ? text : ' '.repeat(Math.floor((TEXT_WIDTH - n) / 2)) + text;
}

export function renderText(model: DocumentModel): string {
  const out: string[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };

  if (model.draftWatermark) {
    out.push(center(`*** ${plain(model.draftWatermark)} ***`));
    out.push('');
  }
  if (model.letterhead && model.letterhead.length > 0) {
    for (const l of model.letterhead) for (const w of wrap(l, TEXT_WIDTH)) out.push(center(w));
    out.push('-'.repeat(TEXT_WIDTH));
    out.push('');
  }
  if (model.caption) captionText(model.caption, out);

  for (const block of model.blocks) {
    blank();
    blockText(block, !!model.doubleSpaced, out);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}

function captionText(cap: Caption, out: string[]): void {
  const party = cap.partyBlock ?? [];
  for (const l of party) out.push(...wrap(l, TEXT_WIDTH));
  if (party.length > 0) out.push('', '');

  for (const l of [cap.court, cap.district ?? '']) {
    if (l.trim()) for (const w of wrap(l.trim().toUpperCase(), TEXT_WIDTH)) out.push(center(w));
  }
  out.push('', '');

  const leftW = 38;
  const rightW = TEXT_WIDTH - leftW - 3;
  const left: string[] = [];
  for (const n of captionNameLines(cap.plaintiffs)) left.push(...wrap(n, leftW));
  left.push('', `        ${partyRole(cap.plaintiffs, 'Plaintiff', 'Plaintiffs')},`, '', '    v.', '');
  for (const n of captionNameLines(cap.defendants)) left.push(...wrap(n, leftW));
  left.push('', `        ${partyRole(cap.defendants, 'Defendant', 'Defendants')}.`);
  const right: string[] = [...wrap(`Case No. ${cap.caseNumber}`, rightW), '', ...wrap(cap.title, rightW)];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) out.push(`${pad(left[i] ?? '', leftW)} )  ${right[i] ?? ''}`);
  out.push(`${'_'.repeat(leftW)})`);
  out.push('');
}

function blockText(block: Block, double: boolean, out: string[]): void {
  switch (block.type) {
    case 'heading': {
      const lines = wrap(block.text, TEXT_WIDTH);
      if (block.level === 1) for (const l of lines) out.push(center(l));
      else {
        out.push(...lines);
        out.push('-'.repeat(Math.min(TEXT_WIDTH, Math.max(...lines.map(len)))));
      }
      return;
    }
    case 'paragraph': {
      const indent = double ? '     ' : '';
      const lead = block.label ? `${indent}${plain(block.label)} ` : indent;
      const lines = wrap(block.text, TEXT_WIDTH - len(lead), TEXT_WIDTH);
      lines.forEach((l, i) => out.push(i === 0 ? lead + l : l));
      return;
    }
    case 'list':
      block.items.forEach((item, n) => {
        const marker = block.ordered ? `${n + 1}.` : '-';
        const lead = pad(` ${marker}`, 5);
        wrap(item, TEXT_WIDTH - 5).forEach((l, i) => out.push((i === 0 ? lead : '     ') + l));
      });
      return;
    case 'checklist':
      block.items.forEach((item, n) => {
        if (n > 0) out.push('');
        checklistItem(item, out);
      });
      return;
    case 'table':
      tableText(block.columns, block.rows, block.widths, out);
      return;
    case 'signature': {
      const col = 40;
      const w = TEXT_WIDTH - col;
      const indent = ' '.repeat(col);
      const dated = `Dated: ${block.date ? plain(block.date) : '______________'}`;
      if (block.mode === 'handwritten') out.push('', '');
      const lineText = block.mode === 'electronic' ? `/s/ ${plain(block.name)}` : '______________________________';
      out.push(pad(dated, col) + lineText);
      for (const raw of [block.name, block.role, ...block.lines]) for (const l of wrap(raw, w)) out.push(indent + l);
      return;
    }
    case 'pageBreak':
      return;
  }
}

function checklistItem(item: ChecklistItem, out: string[]): void {
  const w = TEXT_WIDTH - 4;
  wrap(item.text, w).forEach((l, i) => out.push((i === 0 ? '[ ] ' : '    ') + l));
  if (item.detail) for (const l of wrap(item.detail, w)) out.push(`    ${l}`);
  const meta = [item.due ? `Due: ${item.due}` : '', item.who ? `Who: ${item.who}` : ''].filter(Boolean).join('   ');
  if (meta) for (const l of wrap(meta, w)) out.push(`    ${l}`);
}

function tableText(columns: string[], rows: string[][], widths: number[] | undefined, out: string[]): void {
  const n = columns.length;
  if (n === 0) return;
  const sepW = 3;
  const room = Math.max(n * 4, TEXT_WIDTH - (n - 1) * sepW);
  let weights: number[];
  if (widths && widths.length === n && widths.every((x) => x > 0)) weights = widths;
  else {
    weights = columns.map((h, i) => {
      let longest = len(h);
      for (let r = 0; r < Math.min(rows.length, 200); r++) longest = Math.max(longest, len(rows[r][i] ?? ''));
      return Math.min(60, Math.max(4, longest));
    });
  }
  const longestWord = (i: number): number => {
    let m = 0;
    const sample = [columns[i], ...rows.slice(0, 200).map((r) => r[i] ?? '')];
    for (const cell of sample) for (const word of plain(cell).split(/\s+/)) m = Math.max(m, len(word));
    return Math.min(m, 16);
  };
  const colW = fitColumns(weights, columns.map((_, i) => longestWord(i)), room).map((x) => Math.max(3, Math.floor(x)));
  // Give rounding leftovers to the widest column.
  const spare = room - colW.reduce((a, b) => a + b, 0);
  if (spare > 0) colW[colW.indexOf(Math.max(...colW))] += spare;

  const wrapRow = (cells: string[]): string[][] => colW.map((w, i) => wrap(cells[i] ?? '', w));
  const emit = (wrapped: string[][]): void => {
    const height = Math.max(1, ...wrapped.map((x) => x.length));
    for (let k = 0; k < height; k++) {
      out.push(wrapped.map((lines, i) => (i === n - 1 ? (lines[k] ?? '') : pad(lines[k] ?? '', colW[i]))).join(' | '));
    }
  };
  emit(wrapRow(columns));
  out.push(colW.map((w) => '-'.repeat(w)).join('-+-'));
  // Rows that take several lines are set apart by an empty row, so each entry reads as one.
  const spacer = colW.map((w) => ' '.repeat(w)).join(' | ');
  let prevTall = false;
  for (const row of rows) {
    const wrapped = wrapRow(row);
    const tall = wrapped.some((x) => x.length > 1);
    if (out[out.length - 1] !== undefined && !out[out.length - 1].includes('-+-') && (tall || prevTall)) out.push(spacer);
    emit(wrapped);
    prevTall = tall;
  }
}
