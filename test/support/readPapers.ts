/**
 * Opening exported papers again: DOCX unzipped and its text read, PDF read back with pdfjs-dist
 * (pages, size, text), page 1 rendered with pdftoppm, and phrases found across wrapped lines.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import type { ExportedFile, PaperKind } from '../../src-main/core/api/contract.js';
import { zipEntry } from '../../src-main/core/exports/zipEntry.js';
import { ok, root } from './paperCase.js';

const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;

/**
 * The words of `phrase`, in order, close together in `text`. PDF and text tables wrap a cell's
 * words onto several lines, between the other columns' words, and a caption's title shares its
 * lines with the party names; a plain substring test would miss those.
 */
export function hasPhrase(text: string, phrase: string, slack = 80): boolean {
  if (text.includes(phrase)) return true;
  const t = text.split(/\s+/).filter(Boolean);
  const p = phrase.split(/\s+/).filter(Boolean);
  const same = (a: string, b: string, last: boolean) => a === b || (last && a.startsWith(b));
  for (let i = 0; i < t.length; i++) {
    if (!same(t[i], p[0], p.length === 1)) continue;
    let j = 1;
    for (let k = i + 1; j < p.length && k < t.length && k - i <= p.length + slack; k++) if (same(t[k], p[j], j === p.length - 1)) j++;
    if (j === p.length) return true;
  }
  return false;
}

/** Where the phrase starts (first word), or -1. */
export function phraseAt(text: string, phrase: string): number {
  const first = phrase.split(/\s+/)[0];
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) if (hasPhrase(text.slice(i, i + phrase.length * 8), phrase)) return i;
  return -1;
}

export const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function readPdf(bytes: Uint8Array): Promise<{ pages: { text: string; width: number; height: number }[]; text: string }> {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
      const [x0, y0, x1, y1] = page.view;
      pages.push({ text: squeeze(text), width: x1 - x0, height: y1 - y0 });
    }
    return { pages, text: squeeze(pages.map((p) => p.text).join(' ')) };
  } finally {
    await doc.destroy();
  }
}

/** The visible text of word/document.xml, paragraphs on their own lines. */
export function docxText(bytes: Uint8Array): string {
  assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a DOCX is a zip file');
  const xml = zipEntry(bytes, 'word/document.xml')?.toString('utf8');
  assert.ok(xml, 'word/document.xml is there');
  const paras = xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? ' ' : m[1])).join(''));
  return squeeze(
    paras
      .join('\n')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

export async function exported(api: CaseFileApi, paper: PaperKind, format: 'docx' | 'pdf' | 'txt'): Promise<{ file: ExportedFile; bytes: Uint8Array; text: string; pages?: { width: number; height: number; text: string }[] }> {
  const file = ok(await api.call('papers.export', { paper, format }));
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  assert.equal(bytes.byteLength, file.bytes);
  if (format === 'docx') return { file, bytes, text: docxText(bytes) };
  if (format === 'txt') return { file, bytes, text: squeeze(new TextDecoder().decode(bytes)) };
  const pdf = await readPdf(bytes);
  return { file, bytes, text: pdf.text, pages: pdf.pages };
}

export function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Page 1 as a greyscale image: the share of pixels that are not white. Optionally keeps a PNG. */
export function inkOnPage1(pdf: Uint8Array, dir: string, name: string, keepPng?: string): number {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, `${name}-g`)]);
  const pgm = fs.readFileSync(path.join(dir, `${name}-g.pgm`));
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  assert.ok(header, 'binary PGM');
  const w = Number(header[1]);
  const h = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  assert.equal(pixels.length, w * h);
  let dark = 0;
  for (const v of pixels) if (v < 200) dark++;
  if (keepPng) {
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, `${name}-p`)]);
    fs.mkdirSync(path.dirname(keepPng), { recursive: true });
    fs.copyFileSync(path.join(dir, `${name}-p.png`), keepPng);
  }
  return dark / (w * h);
}
