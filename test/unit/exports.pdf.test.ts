/** PDF papers read back with pdfjs-dist (and page 1 drawn with Poppler): size, caption, pleading lines, odd characters. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPdf } from '../../src-main/core/exports/index.js';
import { checklist, handwritten, jointStatement, letter } from '../support/exportModels.js';
import { readPdf } from '../support/readExports.js';

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-exports-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Renders page 1 at 20 dpi in grey and returns the share of pixels that are not white. */
function inkOnPage1(pdf: Uint8Array, name: string): { ink: number; png: number } {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', file, path.join(tmp, `${name}-g`)]);
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', file, path.join(tmp, `${name}-p`)]);
  const pgmFile = fs.readdirSync(tmp).find((f) => f.startsWith(`${name}-g`) && f.endsWith('.pgm'));
  assert.ok(pgmFile, 'pdftoppm wrote a PGM');
  const pgm = fs.readFileSync(path.join(tmp, pgmFile));
  // P5 header: magic, width, height, maxval, each followed by whitespace (no comments from pdftoppm).
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  assert.ok(header, 'binary PGM');
  const [, w, h] = header.map(Number);
  const pixels = pgm.subarray(header[0].length);
  assert.equal(pixels.length, w * h);
  let dark = 0;
  for (const v of pixels) if (v < 200) dark++;
  return { ink: dark / (w * h), png: fs.statSync(path.join(tmp, `${name}-p.png`)).size };
}

describe('PDF', () => {
  test('joint statement: letter size, caption, signature, page numbers, metadata', async (t) => {
    const started = performance.now();
    const bytes = await renderPdf(jointStatement());
    t.diagnostic(`joint statement PDF: ${(performance.now() - started).toFixed(0)} ms, ${bytes.length} bytes`);
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    const pdf = await readPdf(bytes);
    assert.ok(pdf.pages.length >= 1 && pdf.pages.length <= 3, `pages: ${pdf.pages.length}`);
    for (const p of pdf.pages) {
      assert.equal(p.width, 612);
      assert.equal(p.height, 792);
    }
    const all = pdf.pages.map((p) => p.text).join('\n');
    assert.match(pdf.pages[0].text, /UNITED STATES DISTRICT COURT/);
    assert.match(pdf.pages[0].text, /EASTERN DISTRICT OF CALIFORNIA/);
    assert.match(pdf.pages[0].text, /CHRISTOPHER DICKSON,/);
    assert.match(pdf.pages[0].text, /Case No\. 1:17-cv-00294-DAD-BAM \(PC\)/);
    assert.match(pdf.pages[0].text, /Page 1 of \d/);
    assert.match(pdf.pages[0].text, /Joint Statement \u2014 Dickson v\. Gomez, 1:17-cv-00294/);
    assert.ok(pdf.pages[0].items.includes('(a)'));
    assert.match(all, /\/s\/ Christopher Dickson/);
    assert.match(all, /Plaintiff\u2019s position/);
    assert.equal(pdf.info.Title, "JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)");
    assert.equal(pdf.info.Author, 'Christopher Dickson');
    assert.equal(pdf.info.Creator, 'Pro Se Case File');
    assert.match(String(pdf.info.CreationDate), /^D:20210614170000/);
  });

  test('same model, same bytes', async (t) => {
    const a = await renderPdf(jointStatement());
    const started = performance.now();
    const b = await renderPdf(jointStatement());
    t.diagnostic(`joint statement PDF, fonts already loaded: ${(performance.now() - started).toFixed(0)} ms`);
    assert.deepEqual(Buffer.from(a), Buffer.from(b));
  });

  test('handwritten mode has no /s/', async () => {
    const pdf = await readPdf(await renderPdf(handwritten(jointStatement())));
    const all = pdf.pages.map((p) => p.text).join('\n');
    assert.doesNotMatch(all, /\/s\//);
    assert.match(all, /Christopher Dickson/);
    assert.match(all, /Dated: June 14, 2021/);
  });

  test('pleading paper: lines 1 to 28 down the margin of every page', async () => {
    const pdf = await readPdf(await renderPdf(jointStatement({ pleadingPaper: true, draftWatermark: 'DRAFT' })));
    for (const page of pdf.pages) {
      const numbers = page.items.filter((s) => /^\d{1,2}$/.test(s)).map(Number);
      for (let n = 1; n <= 28; n++) assert.ok(numbers.includes(n), `line number ${n}`);
    }
    assert.match(pdf.pages[0].text, /DRAFT/);
    // Double-spaced body lines sit on the numbered lines.
    const numberYs = pdf.pages[0].placed.filter((p) => /^\d{1,2}$/.test(p.str) && p.x < 72).map((p) => p.y);
    assert.equal(numberYs.length, 28);
    const body = pdf.pages[0].placed.filter((p) => /^(Pursuant|\(a\)|\(b\)|\(c\))/.test(p.str));
    assert.ok(body.length >= 4);
    for (const b of body) assert.ok(numberYs.some((y) => Math.abs(y - b.y) < 0.01), `"${b.str}" at y=${b.y} is on a numbered line`);
  });

  test('checklist, letter and characters the font lacks', async () => {
    const c = await readPdf(await renderPdf(checklist));
    assert.match(c.pages[0].text, /Wait for defense counsel to call or meet with you\./);
    assert.match(c.pages[0].text, /Due: Monday, June 14, 2021\s+Who: Defense counsel/);
    const l = await readPdf(await renderPdf({ ...letter, blocks: [...letter.blocks, { type: 'paragraph', text: 'Done \u2713 \u2610 \u{1F600} caf\u0065\u0301' }] }));
    assert.match(l.pages[0].text, /Dear Ms\. Roe,/);
    assert.match(l.pages[0].text, /Done x \[ \] \? caf\u00e9/);
    assert.doesNotMatch(l.pages[0].text, /DISTRICT COURT/);
  });

  test('a cell taller than a page is split across pages', async () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const pdf = await readPdf(
      await renderPdf({ kind: 'contact-log', blocks: [{ type: 'table', columns: ['A', 'B'], rows: [['x', long], ['y', 'short']] }], footer: 'f' }),
    );
    assert.ok(pdf.pages.length >= 2);
    const all = pdf.pages.map((p) => p.text).join('\n');
    assert.match(all, /word899/);
    assert.match(all, /short/);
  });

  test('page 1 is not blank when rendered', { skip: hasPdftoppm() ? false : 'pdftoppm (poppler-utils) is not installed' }, async (t) => {
    const plain = inkOnPage1(await renderPdf(jointStatement()), 'plain');
    const pleading = inkOnPage1(await renderPdf(jointStatement({ pleadingPaper: true })), 'pleading');
    t.diagnostic(`ink on page 1: ${(plain.ink * 100).toFixed(1)}% (pleading ${(pleading.ink * 100).toFixed(1)}%); PNG at 72 dpi ${plain.png} bytes`);
    assert.ok(plain.ink > 0.01 && plain.ink < 0.5, `ink ${plain.ink}`);
    assert.ok(pleading.ink > plain.ink, 'pleading rules and numbers add ink');
    assert.ok(plain.png > 10_000, `PNG size ${plain.png}`);
  });
});
