/** Reading exported papers back: PDF text and page sizes with pdfjs-dist, DOCX unzipped and its text read. */
import assert from 'node:assert/strict';
import path from 'node:path';
import zlib from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;

export interface ReadPdf {
  pages: { text: string; items: string[]; width: number; height: number; placed: { str: string; x: number; y: number }[] }[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array, maxPages = Infinity): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: ReadPdf['pages'] = [];
    const wanted = new Set<number>();
    for (let i = 1; i <= Math.min(doc.numPages, maxPages); i++) wanted.add(i);
    wanted.add(doc.numPages);
    for (const i of [...wanted].sort((a, b) => a - b)) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const placed = content.items.flatMap((it) => ('str' in it ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number }] : []));
      const items = placed.map((p) => p.str);
      const [x0, y0, x1, y1] = page.view;
      pages[i - 1] = { text: items.join('\n'), items, width: x1 - x0, height: y1 - y0, placed };
    }
    const meta = await doc.getMetadata();
    return { pages: Object.assign(new Array(doc.numPages), pages), info: meta.info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

/** A tiny ZIP reader (stored and deflated entries): enough to open a .docx. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'zip end record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8'));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** The visible text of a WordprocessingML part: the contents of its w:t elements. */
export function wordText(xml: string): string {
  const out: string[] = [];
  for (const para of xml.split(/<\/w:p>/)) {
    const parts = [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : m[1]));
    if (parts.length) out.push(parts.join(''));
  }
  return out
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}
