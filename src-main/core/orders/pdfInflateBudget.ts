/**
 * A small PDF can hold a compressed stream that opens up to gigabytes (a "zip bomb"); pdf.js would
 * unpack all of it, for minutes, in gigabytes of memory. Before pdf.js sees the file, each
 * FlateDecode stream is unpacked here with a hard cap on its output and the total, and thrown away.
 * Pictures (scans) may be bigger than page text, but they count towards the total too.
 */
import { inflateSync, constants as zlib } from 'node:zlib';

/** One page's text, a font or an object stream of a real order is far below this. */
export const MAX_INFLATED_STREAM_BYTES = 32 * 1024 * 1024;
/** All streams together, pictures included (a scanned order of many pages). */
export const MAX_INFLATED_TOTAL_BYTES = 160 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

interface StreamSpan {
  dict: string;
  start: number;
  end: number;
}

/** The byte ranges of each stream's data and the text of the dictionary just before it. */
function* streams(pdf: Buffer): Generator<StreamSpan> {
  let at = pdf.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && pdf.toString('latin1', at - 3, at) === 'end';
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (isEnd || start === at + STREAM.length) {
      at = pdf.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    const objAt = pdf.lastIndexOf('obj', at);
    const dict = pdf.toString('latin1', Math.max(objAt, at - 4096, 0), at);
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const byLength = length ? start + Number(length[1]) : -1;
    const endAt = byLength > start && byLength <= pdf.length ? byLength : pdf.indexOf(END_STREAM, start);
    const end = endAt < 0 ? pdf.length : endAt;
    yield { dict, start, end };
    at = pdf.indexOf(STREAM, Math.max(end, start));
  }
}

/** How many bytes `data` inflates to, up to `cap`; cap + 1 means "more than the cap". */
function inflatedSize(data: Buffer, cap: number): number {
  try {
    // Truncated streams are common and pdf.js reads what it can, so do the same here.
    return inflateSync(data, { maxOutputLength: Math.max(1, cap), finishFlush: zlib.Z_SYNC_FLUSH }).length;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ERR_BUFFER_TOO_LARGE' ? cap + 1 : 0; // not Flate data after all: pdf.js will not get far either
  }
}

/** True when the PDF's compressed streams open up to more than a court order ever holds. */
export function inflatesTooMuch(pdf: Uint8Array): boolean {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let total = 0;
  for (const s of streams(buf)) {
    if (!/\/FlateDecode\b|\/Fl\b/.test(s.dict)) continue;
    const isPicture = /\/Subtype\s*\/Image\b/.test(s.dict);
    const left = MAX_INFLATED_TOTAL_BYTES - total;
    const cap = isPicture ? left : Math.min(MAX_INFLATED_STREAM_BYTES, left);
    const size = inflatedSize(buf.subarray(s.start, s.end), cap);
    if (size > cap) return true;
    total += size;
  }
  return false;
}
