/**
 * Reads the text of a court order PDF, line by line, with pdf.js (no network, no fonts
 * from the system). A scanned order has no text layer; we say so and ask for the text,
 * because reading pictures of words (OCR) is not something this app does.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type PdfTextErrorCode = 'scanned-pdf' | 'not-a-pdf' | 'too-large';

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: { code: PdfTextErrorCode; message: string } };

/** Court orders are a few pages; these limits keep a wrong file from freezing the app. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
export const MAX_PDF_PAGES = 200;

const MESSAGES: Record<PdfTextErrorCode, string> = {
  'scanned-pdf': 'This PDF has no text we can read. It may be a scan. Please copy the text and paste it instead.',
  'not-a-pdf': 'This file is not a PDF we can open. Please choose the order as a PDF, or paste its text.',
  'too-large': `This PDF is too big to be one court order (over 20 MB or ${MAX_PDF_PAGES} pages). Please choose only the order.`,
};

function fail(code: PdfTextErrorCode, message = MESSAGES[code]): PdfTextResult {
  return { ok: false, error: { code, message } };
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

function standardFontDataUrl(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('pdfjs-dist/package.json');
  // pdf.js in Node reads fonts by path; it wants a trailing slash.
  return `${join(dirname(pkg), 'standard_fonts')}/`;
}

/** Lines of one page: items grouped by their baseline, top to bottom, left to right. */
function pageLines(items: TextItemLike[]): string[] {
  const rows: { y: number; h: number; parts: { x: number; end: number; s: string }[] }[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || it.str === '') continue;
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const h = Math.abs(it.height || it.transform[3] || 10);
    let row = rows.find((r) => Math.abs(r.y - y) <= Math.max(2, Math.min(r.h, h) * 0.45));
    if (row === undefined) {
      row = { y, h, parts: [] };
      rows.push(row);
    }
    row.parts.push({ x, end: x + (it.width || 0), s: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    let line = '';
    let lastEnd = -Infinity;
    for (const p of r.parts) {
      const gap = p.x - lastEnd;
      if (line !== '' && gap > 1 && !/\s$/.test(line) && !/^\s/.test(p.s)) line += gap > r.h * 1.5 ? '\t' : ' ';
      line += p.s;
      lastEnd = Math.max(lastEnd, p.end);
    }
    return line.replace(/\s+$/, '');
  });
}

/** The order's text from PDF bytes, or a plain reason it cannot be read. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return fail('not-a-pdf');
  if (bytes.length > MAX_PDF_BYTES) return fail('too-large');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1024)));
  if (!head.includes('%PDF-')) return fail('not-a-pdf');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may keep the buffer; give it its own copy so the caller's bytes stay intact.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    standardFontDataUrl: standardFontDataUrl(),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) return fail('too-large');
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => 'str' in i) as unknown as TextItemLike[];
      pages.push(pageLines(items).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.replace(/\s+/g, '').length < 20) return fail('scanned-pdf');
    return { ok: true, text, pages: doc.numPages };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return fail('not-a-pdf', 'This PDF is locked with a password. Please open it, copy the text, and paste it instead.');
    return fail('not-a-pdf');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
