import { NOT_DRAWN, SUBSTITUTES } from './composer.js';
import { faces, type Faces } from './faces.js';
import type { Block, DocumentModel } from './model.js';
import { isPlainAscii, printableText } from './wrap.js';

/**
 * The characters a PDF of the model cannot draw with the fonts the app ships (an emoji, a rare
 * script), said in words with where they are, so a "?" in the PDF never goes unexplained. The
 * DOCX and text files keep every character.
 */

/** Where a piece of text is, in the person's words: worked out only for text with a problem (a 5,000-row table has 30,000 cells). */
type Where = string | (() => string);
type Add = (where: Where, text: string | undefined) => void;

/** Hands each piece of the model's text, with where it is, to `add`. */
function visitPlaces(model: DocumentModel, add: Add): void {
  for (const l of model.letterhead ?? []) add('the letterhead', l);
  const cap = model.caption;
  if (cap) {
    for (const l of cap.partyBlock ?? []) add('the name and address block at the top', l);
    add("the court's name", `${cap.court} ${cap.district ?? ''}`);
    for (const n of cap.plaintiffs) add(`the plaintiff's name "${n}"`, n);
    for (const n of cap.defendants) add(`the defendant's name "${n}"`, n);
    add('the case number', cap.caseNumber);
    add('the title', cap.title);
  }
  model.blocks.forEach((b) => blockPlaces(b, add));
  add('the footer', model.footer);
  add('the DRAFT mark', model.draftWatermark);
}

const start = (text: string) => {
  const t = printableText(text).replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 40)}\u2026` : t;
};

function blockPlaces(b: Block, add: Add): void {
  switch (b.type) {
    case 'heading':
      return add(`the heading "${start(b.text)}"`, b.text);
    case 'paragraph':
      return add(b.label ? `paragraph ${b.label}` : `the paragraph that starts "${start(b.text)}"`, `${b.label ?? ''} ${b.text}`);
    case 'list':
      return b.items.forEach((item) => add(`the list item "${start(item)}"`, item));
    case 'checklist':
      return b.items.forEach((item) => add(`the checklist item "${start(item.text)}"`, [item.text, item.detail, item.due, item.who].join(' ')));
    case 'table':
      b.columns.forEach((c) => add(`the table heading "${start(c)}"`, c));
      return b.rows.forEach((row, r) => row.forEach((cell, i) => add(() => `table row ${r + 1}, column "${start(b.columns[i] ?? '')}"`, cell)));
    case 'signature':
      return add('the signature block', [b.name, b.role, b.date, ...b.lines].join(' '));
    case 'pageBreak':
      return;
  }
}

/** The characters of `text` no shipped font has. */
function undrawableIn(text: string, f: Faces, asciiDrawn: boolean): string[] {
  const plain = isPlainAscii(text);
  if (plain && asciiDrawn) return [];
  const chars = new Set<string>();
  for (const ch of plain ? text : printableText(text)) {
    if (/\s/u.test(ch) || SUBSTITUTES[ch]) continue;
    if (!f.canDraw(ch.codePointAt(0) ?? 0)) chars.add(ch);
  }
  return [...chars];
}

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** One warning per place (at most 10 places, then a count), or none when every character can be drawn. */
export function undrawableWarnings(model: DocumentModel): string[] {
  const f = faces();
  let asciiDrawn = true;
  for (let cp = 0x21; cp < 0x7f; cp++) if (!f.canDraw(cp)) asciiDrawn = false;
  const found: { where: string; chars: string[] }[] = [];
  visitPlaces(model, (where, text) => {
    const chars = text ? undrawableIn(text, f, asciiDrawn) : [];
    if (chars.length > 0) found.push({ where: typeof where === 'string' ? where : where(), chars });
  });
  const shown = found.slice(0, 10).map(({ where, chars }) => {
    const list = chars.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ');
    const one = chars.length === 1;
    return `The PDF cannot draw ${one ? 'the character' : 'the characters'} ${list} in ${where}: no font the app has includes ${one ? 'it' : 'them'}, so the PDF prints "${NOT_DRAWN}" in ${one ? 'its' : 'their'} place. The Word (.docx) and text files keep ${one ? 'it' : 'them'} as you typed.`;
  });
  if (found.length > 10) shown.push(`The PDF also cannot draw characters in ${found.length - 10} more places; it prints "${NOT_DRAWN}" there.`);
  return shown;
}
