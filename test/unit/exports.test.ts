import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EXPORT_FORMATS, renderDocument, renderDocx, renderPdf, renderText } from '../../src-main/core/exports/index.js';
import type { DocumentModel } from '../../src-main/core/exports/index.js';
import { fitColumns, wrapText } from '../../src-main/core/exports/wrap.js';
import { fontsDir } from '../../src-main/core/exports/fonts.js';

// ---------------------------------------------------------------------------------------------
// Sample models

function jointStatement(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    kind: 'joint-statement',
    caption: {
      court: 'United States District Court',
      district: 'Eastern District of California',
      plaintiffs: ['CHRISTOPHER DICKSON'],
      defendants: ['GOMEZ, et al.'],
      caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
      title: "JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)",
      partyBlock: ['Christopher Dickson', 'CDCR No. AB-1234', 'California State Prison, Corcoran', 'P.O. Box 3456', 'Corcoran, CA 93212', 'Plaintiff, pro se'],
    },
    blocks: [
      {
        type: 'paragraph',
        id: 'intro',
        text: "Pursuant to the Court's order of May 24, 2021, Plaintiff Christopher Dickson submits his portion of the joint statement regarding the parties' meet and confer on Plaintiff's motion to compel (ECF No. 70).",
      },
      {
        type: 'paragraph',
        id: 'a',
        label: '(a)',
        text: 'On June 7, 2021, counsel for Defendants telephoned Plaintiff at the institution and the parties conferred by telephone for about forty minutes. On June 11, 2021, the parties conferred again by telephone.',
      },
      {
        type: 'paragraph',
        id: 'b',
        label: '(b)',
        text: 'The motion to compel was resolved in part. Defendants agreed to serve supplemental responses to Requests for Production, Set One, Nos. 2 and 5 by July 9, 2021.',
      },
      { type: 'paragraph', id: 'c', label: '(c)', text: 'Requests still at issue, and Plaintiff\u2019s position on each:' },
      {
        type: 'table',
        columns: ['Request', 'Plaintiff\u2019s position'],
        widths: [1, 3],
        rows: [
          ['RFP Set One, No. 1', 'Defendants objected that the request is overbroad. Plaintiff asks only for the incident reports of March 3, 2017.'],
          ['RFP Set One, No. 4', 'Defendants claimed official-information privilege without a privilege log or declaration.'],
          ['Interrogatory Set One, No. 7', 'Defendants answered with a boilerplate objection. Plaintiff asks for a complete answer under oath.'],
        ],
      },
      {
        type: 'signature',
        mode: 'electronic',
        name: 'Christopher Dickson',
        role: 'Plaintiff, pro se',
        date: 'June 14, 2021',
        lines: ['CDCR No. AB-1234', 'California State Prison, Corcoran', 'P.O. Box 3456, Corcoran, CA 93212'],
      },
    ],
    footer: 'Joint Statement \u2014 Dickson v. Gomez, 1:17-cv-00294',
    doubleSpaced: true,
    createdAt: '2021-06-14T17:00:00Z',
    ...overrides,
  };
}

function handwritten(model: DocumentModel): DocumentModel {
  return {
    ...model,
    blocks: model.blocks.map((b) => (b.type === 'signature' ? { ...b, mode: 'handwritten' as const } : b)),
  };
}

function contactLog(n: number): DocumentModel {
  const means = ['Phone', 'Letter', 'In person', 'Email', 'Legal call'];
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2021, 5, 1) + i * 7 * 3600_000);
    rows.push([
      day.toISOString().slice(0, 10),
      means[i % means.length],
      i % 3 === 0 ? 'Jane Roe, Deputy Attorney General' : 'Litigation coordinator',
      i % 7 === 0
        ? `Entry ${i + 1}: discussed Requests for Production Nos. 1 and 4 and Interrogatory No. 7; counsel said she would check with the institution about the incident reports and call back within a week.`
        : `Entry ${i + 1}: left a message asking for a call back.`,
      i % 2 === 0 ? 'Done' : 'Waiting',
    ]);
  }
  return {
    kind: 'contact-log',
    caption: {
      court: 'United States District Court',
      district: 'Eastern District of California',
      plaintiffs: ['CHRISTOPHER DICKSON'],
      defendants: ['GOMEZ, et al.'],
      caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
      title: 'CONTACT LOG',
    },
    blocks: [
      { type: 'heading', level: 1, text: 'Contact log' },
      { type: 'table', columns: ['Date', 'How', 'With', 'What happened', 'Status'], widths: [1.1, 0.9, 1.6, 4, 0.8], rows },
    ],
    footer: 'Contact Log \u2014 Dickson v. Gomez, 1:17-cv-00294',
  };
}

const checklist: DocumentModel = {
  kind: 'checklist',
  blocks: [
    { type: 'heading', level: 1, text: 'What to do, and by when' },
    {
      type: 'checklist',
      items: [
        { text: 'Wait for defense counsel to call or meet with you.', due: 'Monday, June 14, 2021', who: 'Defense counsel' },
        { text: 'Meet and confer in good faith, by phone or in person.', detail: 'Write down the date, how you talked, and what was agreed.', who: 'All parties' },
        { text: 'Sign the Joint Statement.', due: 'Wednesday, June 23, 2021 (Monday, June 28, 2021 if served by mail)' },
      ],
    },
    { type: 'heading', level: 2, text: 'Remember' },
    { type: 'list', ordered: false, items: ['This is not legal advice.', 'File nothing else about the motion unless the court asks.'] },
  ],
  footer: 'Checklist \u2014 Dickson v. Gomez, 1:17-cv-00294',
};

const letter: DocumentModel = {
  kind: 'letter',
  letterhead: ['Christopher Dickson', 'CDCR No. AB-1234, P.O. Box 3456, Corcoran, CA 93212'],
  blocks: [
    { type: 'paragraph', text: 'June 1, 2021' },
    { type: 'paragraph', text: 'Dear Ms. Roe,' },
    { type: 'paragraph', text: 'The Court ordered us to meet and confer about my motion to compel (ECF No. 70). Please call me at the institution.' },
    { type: 'signature', mode: 'handwritten', name: 'Christopher Dickson', role: 'Plaintiff, pro se', date: 'June 1, 2021', lines: [] },
  ],
  footer: 'Letter to defense counsel \u2014 Dickson v. Gomez',
};

// ---------------------------------------------------------------------------------------------
// Reading outputs back

const root = path.resolve(import.meta.dirname, '../..');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;

interface ReadPdf {
  pages: { text: string; items: string[]; width: number; height: number; placed: { str: string; x: number; y: number }[] }[];
  info: Record<string, unknown>;
}

async function readPdf(bytes: Uint8Array, maxPages = Infinity): Promise<ReadPdf> {
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
function unzip(bytes: Uint8Array): Map<string, string> {
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
function wordText(xml: string): string {
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

// ---------------------------------------------------------------------------------------------

describe('word wrap', () => {
  test('wraps at the width, keeps hard breaks, splits words longer than a line', () => {
    const lines = wrapText('aaa bbb ccc\ndd eeeeeeeeeeee', (s) => s.length, 7);
    assert.deepEqual(lines, ['aaa bbb', 'ccc', 'dd', 'eeeeeee', 'eeeee']);
    for (const l of lines) assert.ok(l.length <= 7);
  });
  test('first line may be narrower than the rest', () => {
    assert.deepEqual(wrapText('one two three four', (s) => s.length, 4, 9), ['one', 'two three', 'four']);
  });
  test('column widths honour minimums and add up to the total', () => {
    const w = fitColumns([1, 1, 10], [30, 5, 5], 100);
    assert.ok(w[0] >= 30 - 1e-9);
    assert.ok(Math.abs(w.reduce((a, b) => a + b, 0) - 100) < 1e-9);
  });
});

describe('plain text', () => {
  test('joint statement: caption, (a), /s/ signature, 78 columns', () => {
    const text = renderText(jointStatement());
    assert.match(text, /UNITED STATES DISTRICT COURT/);
    assert.match(text, /EASTERN DISTRICT OF CALIFORNIA/);
    assert.match(text, /CHRISTOPHER DICKSON,\s+\)\s+Case No\. 1:17-cv-00294-DAD-BAM \(PC\)/);
    assert.match(text, /GOMEZ, et al\.,/);
    assert.match(text, /Defendants\./);
    assert.match(text, /\(a\) On June 7, 2021/);
    assert.match(text, /\/s\/ Christopher Dickson/);
    for (const line of text.split('\n')) assert.ok([...line].length <= 78, `too long: ${line}`);
  });
  test('handwritten signature leaves a line, no /s/', () => {
    const text = renderText(handwritten(jointStatement()));
    assert.doesNotMatch(text, /\/s\//);
    assert.match(text, /_{20,}/);
  });
  test('checklist uses [ ] boxes with due dates and who', () => {
    const text = renderText(checklist);
    assert.match(text, /^\[ \] Wait for defense counsel/m);
    assert.match(text, /Due: Monday, June 14, 2021 {3}Who: Defense counsel/);
    assert.doesNotMatch(text, /\u2610/);
  });
  test('renderDocument(txt) is UTF-8', async () => {
    const bytes = await renderDocument(jointStatement(), 'txt');
    assert.match(new TextDecoder('utf-8', { fatal: true }).decode(bytes), /Plaintiff\u2019s position/);
    assert.equal(EXPORT_FORMATS.txt.extension, '.txt');
  });
});

describe('DOCX', () => {
  test('joint statement opens as a zip with the caption, (a) and /s/ signature', async () => {
    const bytes = await renderDocument(jointStatement(), 'docx');
    assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK');
    const files = unzip(bytes);
    const xml = files.get('word/document.xml');
    assert.ok(xml, 'word/document.xml');
    const text = wordText(xml);
    assert.match(text, /UNITED STATES DISTRICT COURT/);
    assert.match(text, /CHRISTOPHER DICKSON,/);
    assert.match(text, /GOMEZ, et al\.,/);
    assert.match(text, /Case No\. 1:17-cv-00294-DAD-BAM \(PC\)/);
    assert.match(text, /JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL \(ECF No\. 70\)/);
    assert.match(text, /\(a\)\tOn June 7, 2021, counsel for Defendants/);
    assert.match(text, /\/s\/ Christopher Dickson/);
    assert.match(xml, /w:bookmarkStart[^>]*w:name="p_a"/);
    // US letter, 1-inch margins, footer with page fields.
    assert.match(xml, /<w:pgSz[^>]*w:w="12240"[^>]*w:h="15840"/);
    assert.match(xml, /<w:pgMar[^>]*w:top="1440"/);
    const footer = [...files.entries()].find(([n]) => /^word\/footer\d*\.xml$/.test(n))?.[1] ?? '';
    assert.match(wordText(footer), /Joint Statement \u2014 Dickson v\. Gomez/);
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
    assert.match(files.get('docProps/core.xml') ?? '', /JOINT STATEMENT RE: MEET AND CONFER/);
    assert.match(files.get('docProps/core.xml') ?? '', /<dcterms:created[^>]*>2021-06-14T17:00:00Z</);
  });
  test('handwritten mode has no /s/', async () => {
    const files = unzip(await renderDocx(handwritten(jointStatement())));
    const text = wordText(files.get('word/document.xml') ?? '');
    assert.doesNotMatch(text, /\/s\//);
    assert.match(text, /_{20,}/);
  });
  test('pleading paper numbers lines, restarting each page', async () => {
    const xml = unzip(await renderDocx(jointStatement({ pleadingPaper: true }))).get('word/document.xml') ?? '';
    assert.match(xml, /<w:lnNumType[^>]*w:restart="newPage"/);
    assert.match(xml, /<w:pgBorders/);
  });
  test('table text is escaped, tables keep their header row', async () => {
    const files = unzip(
      await renderDocx({
        kind: 'contact-log',
        blocks: [{ type: 'table', columns: ['Who', 'What'], rows: [['Smith & Jones <law>', 'line one\nline two'], ['', '\u00e9\t"x"']] }],
        footer: 'f',
      }),
    );
    const xml = files.get('word/document.xml') ?? '';
    assert.match(xml, /Smith &amp; Jones &lt;law&gt;/);
    assert.match(xml, /line one<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">line two/);
    assert.doesNotMatch(xml, /PLACEHOLDER/);
    assert.equal((xml.match(/<w:tr[ >]/g) ?? []).length, 3);
    assert.match(xml, /<w:tblHeader\/>/);
  });
  test('checklist has boxes, letter has no caption', async () => {
    const files = unzip(await renderDocx(checklist));
    const c = wordText(files.get('word/document.xml') ?? '');
    // The box is the list's bullet (docx-structure.test.ts), so Word draws it before each item.
    assert.match(c, /^Wait for defense counsel/m);
    assert.match(files.get('word/numbering.xml') ?? '', /<w:lvlText w:val="\u2610"\/>/);
    const l = wordText(unzip(await renderDocx(letter)).get('word/document.xml') ?? '');
    assert.match(l, /Dear Ms\. Roe,/);
    assert.doesNotMatch(l, /DISTRICT COURT/);
  });
});

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

describe('fonts', () => {
  test('the font ships in assets/fonts with its licence', () => {
    const dir = fontsDir();
    for (const f of ['LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf', 'LiberationSerif-Italic.ttf', 'LICENSE-LiberationSerif.txt']) {
      assert.ok(fs.existsSync(path.join(dir, f)), f);
    }
    assert.match(fs.readFileSync(path.join(dir, 'LICENSE-LiberationSerif.txt'), 'utf8'), /SIL OPEN FONT LICENSE Version 1\.1/);
  });
  test('CASEFILE_ASSETS_DIR overrides where fonts are found', () => {
    const saved = process.env.CASEFILE_ASSETS_DIR;
    try {
      const alt = path.join(tmp, 'assets');
      fs.mkdirSync(path.join(alt, 'fonts'), { recursive: true });
      fs.copyFileSync(path.join(root, 'assets/fonts/LiberationSerif-Regular.ttf'), path.join(alt, 'fonts/LiberationSerif-Regular.ttf'));
      process.env.CASEFILE_ASSETS_DIR = alt;
      assert.equal(fontsDir(), path.join(alt, 'fonts'));
      process.env.CASEFILE_ASSETS_DIR = path.join(tmp, 'nowhere');
      assert.throws(() => fontsDir(), /font \(LiberationSerif-Regular\.ttf\) was not found/);
    } finally {
      if (saved === undefined) delete process.env.CASEFILE_ASSETS_DIR;
      else process.env.CASEFILE_ASSETS_DIR = saved;
    }
  });
});
