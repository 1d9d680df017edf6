import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { explainOrder, extractPdfText, MAX_PDF_BYTES } from '../../src-main/core/orders/index.js';

/** A one-page order on pleading paper: line numbers down the left margin, text to the right. */
async function orderPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([612, 792]);
  const lines = [
    'UNITED STATES DISTRICT COURT',
    'EASTERN DISTRICT OF CALIFORNIA',
    'JANE ROE,                    No. 2:24-cv-00100 ABC P',
    'Plaintiff,',
    'v.                           ORDER',
    'JOHN DOE, et al.,',
    'Defendants.',
    'Plaintiff, a state prisoner proceeding pro se, filed a motion to compel. (ECF No. 12.)',
    'Defendants shall file a response to the motion within fourteen (14) days of the date',
    'of this order. Failure to comply with this order may result in sanctions.',
    'IT IS SO ORDERED.',
    'Dated: March 4, 2024',
  ];
  lines.forEach((text, i) => {
    const y = 720 - i * 24;
    page.drawText(String(i + 1), { x: 36, y, size: 12, font });
    page.drawText(text, { x: 72, y, size: 12, font });
  });
  return doc.save();
}

test('a real PDF: lines come back in reading order and the order is explained', async () => {
  const bytes = await orderPdf();
  const copy = bytes.slice();
  const r = await extractPdfText(bytes);
  assert.ok(r.ok, 'text extracted');
  if (!r.ok) return;
  assert.equal(r.pages, 1);
  const lines = r.text.split('\n');
  assert.match(lines[0], /^1\s+UNITED STATES DISTRICT COURT$/);
  assert.match(r.text, /Defendants shall file a response to the motion within fourteen \(14\) days of the date\n10\s+of this order\./);
  assert.deepEqual(bytes, copy, 'the caller’s bytes are untouched');

  const e = explainOrder(r.text);
  assert.equal(e.caption.caseNumber, '2:24-cv-00100 ABC P');
  assert.equal(e.caption.orderDate, '2024-03-04');
  const respond = e.requirements.find((x) => x.kind === 'respond');
  assert.equal(respond?.actor, 'defendant');
  assert.equal(respond?.rule?.days, 14);
  assert.equal(respond?.deadline?.dueDate, '2024-03-18');
  assert.ok(e.requirements.some((x) => x.kind === 'warning'));
});

test('a PDF with no text (an empty page, as a scan looks) is refused plainly', async () => {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  const r = await extractPdfText(await doc.save());
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.error.code, 'scanned-pdf');
  assert.match(r.error.message, /no text we can read.*scan.*paste/i);
});

test('not a PDF, a broken PDF, and a too-large file', async () => {
  const notPdf = await extractPdfText(new TextEncoder().encode('Hello, this is a letter.'));
  assert.equal(notPdf.ok ? 'ok' : notPdf.error.code, 'not-a-pdf');
  const broken = await extractPdfText(new TextEncoder().encode('%PDF-1.7\n garbage garbage garbage'));
  assert.equal(broken.ok ? 'ok' : broken.error.code, 'not-a-pdf');
  const empty = await extractPdfText(new Uint8Array(0));
  assert.equal(empty.ok ? 'ok' : empty.error.code, 'not-a-pdf');
  const huge = new Uint8Array(MAX_PDF_BYTES + 1);
  huge.set(new TextEncoder().encode('%PDF-1.7'));
  const big = await extractPdfText(huge);
  assert.equal(big.ok ? 'ok' : big.error.code, 'too-large');
});
