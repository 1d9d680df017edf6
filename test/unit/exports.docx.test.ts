/** Word papers (DOCX), unzipped and read back: caption, signature, pleading paper, tables, checklist and letter. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderDocument, renderDocx } from '../../src-main/core/exports/index.js';
import { checklist, handwritten, jointStatement, letter } from '../support/exportModels.js';
import { unzip, wordText } from '../support/readExports.js';

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
