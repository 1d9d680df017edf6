/**
 * Reads the text of a court order PDF, line by line, with pdf.js (no network, no fonts
 * from the system). A scanned order has no text layer; we say so and ask for the text,
 * because reading pictures of words (OCR) is not something this app does.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MAX_ORDER_TEXT_CHARS, MAX_ORDER_TEXT_LABEL, MAX_PDF_BYTES, MAX_PDF_PAGES, PDF_TOO_LARGE_MESSAGE } from './orderLimits.js';
import { inflatesTooMuch, MAX_INFLATED_TOTAL_BYTES } from './pdfInflateBudget.js';

export type PdfTextErrorCode = 'scanned-pdf' | 'not-a-pdf' | 'too-large';

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: { code: PdfTextErrorCode; message: string } };

/**
 * Court orders are a few pages; these limits keep a wrong file (or one made to do harm) from
 * freezing the app: bytes, pages, what the compressed parts open up to, text, and time.
 */
export { MAX_PDF_BYTES, MAX_PDF_PAGES };
export const PDF_TIME_BUDGET_MS = 30_000;

const MESSAGES: Record<PdfTextErrorCode, string> = {
  'scanned-pdf': 'This PDF has no text we can read. It may be a scan. Please copy the text and paste it instead.',
  'not-a-pdf': 'This file is not a PDF we can open. Please choose the order as a PDF, or paste its text.',
  'too-large': PDF_TOO_LARGE_MESSAGE,
};

const TOO_MANY_PAGES = `This PDF has over ${MAX_PDF_PAGES} pages, too many for one court order. Please choose only the order.`;
const INFLATES_TOO_MUCH = `This PDF opens up to far more than one court order holds (over ${MAX_INFLATED_TOTAL_BYTES / 1024 / 1024} MB inside). It may be damaged. Please choose only the order, or copy its text and paste it instead.`;
const TOO_MUCH_TEXT = `This PDF holds more text than one court order (over ${MAX_ORDER_TEXT_LABEL}). Please choose only the order.`;
const TOO_SLOW = `Reading this PDF took too long (over ${PDF_TIME_BUDGET_MS / 1000} seconds), so the app stopped. Please copy the order's text and paste it instead.`;

/** Thrown inside the reading loop when a budget runs out; carries the message to show. */
class OverBudget extends Error {}

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
  if (inflatesTooMuch(bytes)) return fail('too-large', INFLATES_TOO_MUCH);
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
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OverBudget(TOO_SLOW)), PDF_TIME_BUDGET_MS);
  });
  try {
    const doc = await Promise.race([task.promise, outOfTime]);
    if (doc.numPages > MAX_PDF_PAGES) return fail('too-large', TOO_MANY_PAGES);
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await Promise.race([doc.getPage(n), outOfTime]);
      const content = await Promise.race([page.getTextContent(), outOfTime]);
      const items = content.items.filter((i) => 'str' in i) as unknown as TextItemLike[];
      const lines = pageLines(items).join('\n');
      chars += lines.length;
      if (chars > MAX_ORDER_TEXT_CHARS) throw new OverBudget(TOO_MUCH_TEXT);
      pages.push(lines);
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.replace(/\s+/g, '').length < 20) return fail('scanned-pdf');
    return { ok: true, text, pages: doc.numPages };
  } catch (e) {
    if (e instanceof OverBudget) return fail('too-large', e.message);
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return fail('not-a-pdf', 'This PDF is locked with a password. Please open it, copy the text, and paste it instead.');
    return fail('not-a-pdf');
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}
