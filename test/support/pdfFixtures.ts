/**
 * PDFs that are odd on purpose, made with pdf-lib: a small file that inflates to a huge one (a
 * "zip bomb"), and a real order padded to a given size with bytes that do not compress.
 */
import { randomBytes } from 'node:crypto';
import { createDeflate } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

const ORDER_LINES = [
  'UNITED STATES DISTRICT COURT',
  'EASTERN DISTRICT OF CALIFORNIA',
  'ORDER DIRECTING PLAINTIFF TO FILE A STATUS REPORT',
  'Within twenty-one days of service of this order, Plaintiff shall file a status report.',
  'IT IS SO ORDERED.',
];

async function orderDocument(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  ORDER_LINES.forEach((line, i) => page.drawText(line, { x: 72, y: 700 - i * 20, size: 11, font }));
  return doc;
}

/** `n` bytes of PDF whitespace, deflated chunk by chunk so the test never holds them all. */
function deflatedSpaces(n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const z = createDeflate({ level: 9 });
    z.on('data', (c: Buffer) => out.push(c));
    z.on('end', () => resolve(Buffer.concat(out)));
    z.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let left = n;
    const pump = () => {
      while (left > 0) {
        left -= chunk.length;
        if (!z.write(chunk)) return void z.once('drain', pump);
      }
      z.end();
    };
    pump();
  });
}

/** A one-page order whose second content stream is `inflatedBytes` of spaces, deflated. */
export async function pdfBomb(inflatedBytes: number): Promise<Uint8Array> {
  const doc = await orderDocument();
  const bomb = doc.context.stream(await deflatedSpaces(inflatedBytes), { Filter: 'FlateDecode' });
  doc.getPage(0).node.addContentStream(doc.context.register(bomb));
  return doc.save({ useObjectStreams: false });
}

/** A real one-page order, padded with random (incompressible) bytes to about `totalBytes`. */
export async function paddedOrderPdf(totalBytes: number): Promise<Uint8Array> {
  const doc = await orderDocument();
  const base = (await doc.save({ useObjectStreams: false })).length;
  const padding = doc.context.stream(randomBytes(Math.max(0, totalBytes - base - 200)), {});
  doc.catalog.set(PDFName.of('CasefileTestPadding'), doc.context.register(padding));
  return doc.save({ useObjectStreams: false });
}
