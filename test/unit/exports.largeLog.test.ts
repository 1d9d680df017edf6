/** A contact log of 5,000 entries made as PDF, DOCX and text: time taken, and the header on every page. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDocx, renderPdf, renderText } from '../../src-main/core/exports/index.js';
import { contactLog } from '../support/exportModels.js';
import { readPdf, unzip } from '../support/readExports.js';

describe('large contact log', () => {
  const model = contactLog(5000);
  test('5,000 rows render to PDF quickly, header repeated on every page', async (t) => {
    const started = performance.now();
    const bytes = await renderPdf(model);
    const ms = performance.now() - started;
    t.diagnostic(`5,000-row contact log PDF: ${ms.toFixed(0)} ms, ${bytes.length} bytes`);
    assert.ok(ms < 10_000, `took ${ms} ms`);
    const pdf = await readPdf(bytes, 3);
    assert.ok(pdf.pages.length > 100, `pages: ${pdf.pages.length}`);
    const last = pdf.pages[pdf.pages.length - 1];
    for (const page of [pdf.pages[1], pdf.pages[2], last]) assert.match(page.text, /What happened/);
    assert.match(last.text, /Entry 5000:/);
    assert.match(last.text, new RegExp(`Page ${pdf.pages.length} of ${pdf.pages.length}`));
  });
  test('5,000 rows render to DOCX and text', async (t) => {
    let started = performance.now();
    const docx = await renderDocx(model);
    t.diagnostic(`5,000-row contact log DOCX: ${(performance.now() - started).toFixed(0)} ms, ${docx.length} bytes`);
    const xml = unzip(docx).get('word/document.xml') ?? '';
    assert.match(xml, /<w:tblHeader\/>/);
    assert.match(xml, /Entry 5000:/);
    assert.equal((xml.match(/<w:tr[ >]/g) ?? []).length, 1 + 1 + 5000); // caption, header, rows
    started = performance.now();
    const text = renderText(model);
    t.diagnostic(`5,000-row contact log text: ${(performance.now() - started).toFixed(0)} ms, ${text.length} chars`);
    assert.match(text, /Entry 5000:/);
  });
});
