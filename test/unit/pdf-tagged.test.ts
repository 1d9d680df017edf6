/**
 * Papers everyone can read (issue 14): the PDF is tagged (structure tree in reading order, every
 * piece of text either tagged content or page furniture, language, title in the window, PDF/UA
 * identification, fonts embedded with a ToUnicode map), and names typed in other scripts come
 * out as typed. Read back with pdf.js and pdf-lib (real parsers), drawn with pdftoppm.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPdf, undrawableWarnings, type DocumentModel } from '../../src-main/core/exports/index.js';
import { faces } from '../../src-main/core/exports/faces.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;
const tmp = tempDir('tagged-pdf');

/** Names people in US courts write, in the scripts the app must print. */
const NAMES = {
  chinese: '王小明',
  arabic: 'محمد أحمد',
  hebrew: 'דוד כהן',
  vietnamese: 'Nguyễn Thị Ánh Tuyết',
  cyrillic: 'Владимир Ёжиков',
  greek: 'Γιώργος Παπαδόπουλος',
  japanese: '山田 さくら',
  korean: '김민준',
  diacritics: 'Łukasz Żółć Dvořák Ṣọlá Ğüneş',
};

function statement(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    kind: 'joint-statement',
    caption: {
      court: 'United States District Court',
      district: 'Eastern District of California',
      plaintiffs: [`${NAMES.chinese} / ${NAMES.arabic}`],
      defendants: ['GOMEZ, et al.'],
      caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
      title: 'JOINT STATEMENT RE: MEET AND CONFER',
      partyBlock: [`${NAMES.chinese} / ${NAMES.arabic}`, 'CDCR No. AB-1234', 'Plaintiff, pro se'],
    },
    blocks: [
      { type: 'paragraph', id: 'intro', text: 'Plaintiff submits his portion of the joint statement.' },
      { type: 'heading', level: 2, text: 'Requests still at issue' },
      { type: 'list', ordered: true, items: ['Request for Production No. 1', 'Interrogatory No. 7'] },
      { type: 'table', columns: ['Request', 'Position'], rows: [['RFP 1', 'Asks only for the incident reports.'], ['ROG 7', 'Needs a complete answer.']] },
      { type: 'signature', mode: 'electronic', name: 'Christopher Dickson', role: 'Plaintiff, pro se', date: 'June 10, 2021', lines: [] },
    ],
    footer: 'Joint Statement \u2014 Dickson v. Gomez',
    pleadingPaper: true,
    doubleSpaced: true,
    createdAt: '2021-06-14T17:00:00Z',
    ...overrides,
  };
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

type MarkedItem = { kind: 'begin'; tag: string; id?: string } | { kind: 'end' } | { kind: 'text'; str: string };
type TextItems = Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'];

/** pdf.js text content with marked content, typed (pdf.js gives the tag name at run time but does not declare it). */
function marked(items: TextItems): MarkedItem[] {
  return items.map((it): MarkedItem => {
    if ('str' in it) return { kind: 'text', str: it.str };
    if (it.type === 'endMarkedContent') return { kind: 'end' };
    const tag = (it as typeof it & { tag?: string }).tag ?? '';
    return { kind: 'begin', tag, ...(it.id && { id: it.id }) };
  });
}

async function readTagged(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: { items: MarkedItem[]; tree: StructNode | null }[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const items = marked((await page.getTextContent({ includeMarkedContent: true })).items);
      pages.push({ items, tree: (await page.getStructTree()) });
    }
    const meta = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    return { pages, meta, markInfo };
  } finally {
    await doc.destroy();
  }
}

const roles = (n: StructNode | null, out: string[] = []): string[] => {
  if (!n) return out;
  if (n.role) out.push(n.role);
  for (const c of n.children ?? []) roles(c, out);
  return out;
};
const contentIds = (n: StructNode | null, out = new Set<string>()): Set<string> => {
  if (!n) return out;
  if (n.type === 'content' && n.id) out.add(n.id);
  for (const c of n.children ?? []) contentIds(c, out);
  return out;
};

/** Text pieces, each with the marked-content tags around it (outermost first). */
function textWithTags(items: MarkedItem[]): { str: string; tags: string[]; id?: string }[] {
  const stack: { tag: string; id?: string }[] = [];
  const out: { str: string; tags: string[]; id?: string }[] = [];
  for (const it of items) {
    if (it.kind === 'begin') stack.push({ tag: it.tag, ...(it.id && { id: it.id }) });
    else if (it.kind === 'end') stack.pop();
    else if (it.str.trim()) out.push({ str: it.str, tags: stack.map((s) => s.tag), ...(stack.find((s) => s.id)?.id && { id: stack.find((s) => s.id)?.id }) });
  }
  return out;
}

describe('tagged PDF', () => {
  test('structure tree in reading order: caption, title heading, paragraph, heading, list, table, signature', async () => {
    const pdf = await readTagged(await renderPdf(statement()));
    const all = pdf.pages.flatMap((p) => roles(p.tree));
    assert.deepEqual(all.slice(0, 2), ['Root', 'Document']);
    const order = ['H1', 'P', 'H2', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Div'];
    let at = 0;
    for (const role of order) {
      const i = all.indexOf(role, at);
      assert.ok(i >= at, `${role} after position ${at} in ${all.join(' ')}`);
      at = i;
    }
    assert.equal(all.filter((r) => r === 'TH').length, 2);
    assert.equal(all.filter((r) => r === 'TD').length, 4);
    assert.deepEqual(pdf.markInfo, { Marked: true, UserProperties: false, Suspects: false });
  });

  test('every piece of text is tagged content of an element or an artifact, and every tag is in the tree', async () => {
    const pdf = await readTagged(await renderPdf(statement({ draftWatermark: 'DRAFT' })));
    for (const [n, page] of pdf.pages.entries()) {
      const texts = textWithTags(page.items);
      assert.ok(texts.length > 10, `page ${n + 1} has text`);
      for (const t of texts) assert.ok(t.tags.length > 0, `"${t.str}" on page ${n + 1} is outside any marked content`);
      // Page furniture: pleading line numbers, the footer, page numbers, the DRAFT mark.
      for (const t of texts.filter((x) => /^(\d{1,2}|Page \d+ of \d+|DRAFT|Joint Statement \u2014 Dickson v\. Gomez)$/.test(x.str))) {
        assert.equal(t.tags[0], 'Artifact', `"${t.str}" is an artifact`);
      }
      const tagged = texts.filter((t) => t.tags[0] !== 'Artifact');
      assert.ok(tagged.some((t) => /Plaintiff submits/.test(t.str)) || n > 0);
      const ids = contentIds(page.tree);
      for (const t of tagged) assert.ok(t.id && ids.has(t.id), `"${t.str}" (${t.id}) is reached from the structure tree`);
    }
  });

  test('catalog and metadata: language, title in the window, PDF/UA-1, fonts embedded with ToUnicode', async () => {
    const bytes = await renderPdf(statement());
    const pdf = await readTagged(bytes);
    const info = pdf.meta.info as Record<string, unknown>;
    assert.equal(info.Title, 'JOINT STATEMENT RE: MEET AND CONFER');
    assert.equal(info.Language, 'en-US');
    const xmp = pdf.meta.metadata?.getRaw() ?? '';
    assert.match(xmp, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(xmp, /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">JOINT STATEMENT RE: MEET AND CONFER<\/rdf:li>/);

    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const cat = doc.catalog;
    assert.equal(cat.lookup(PDFName.of('Lang'))?.toString(), '(en-US)');
    assert.equal(cat.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString(), 'true');
    assert.ok(cat.lookup(PDFName.of('StructTreeRoot'), PDFDict).has(PDFName.of('ParentTree')));
    for (const page of doc.getPages()) assert.ok(page.node.get(PDFName.of('StructParents')) !== undefined);
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && !(o instanceof PDFStream) && o.get(PDFName.of('Type'))?.toString() === '/Font' && o.get(PDFName.of('Subtype'))?.toString() === '/Type0');
    assert.ok(fonts.length >= 3, `fonts: ${fonts.length}`);
    for (const f of fonts) {
      assert.ok(f.get(PDFName.of('ToUnicode')) instanceof PDFRef, `${f.get(PDFName.of('BaseFont'))} has a ToUnicode map`);
      const cid = f.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const desc = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
      assert.ok(desc.lookup(PDFName.of('FontFile2')) instanceof PDFRawStream, `${f.get(PDFName.of('BaseFont'))} is embedded`);
    }
  });

  test('a 5,000-row table is tagged row by row, and stays within time', async (t) => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`2021-06-${String((i % 28) + 1).padStart(2, '0')}`, 'Phone', `Entry ${i + 1}: left a message asking for a call back.`]);
    const model: DocumentModel = { kind: 'contact-log', blocks: [{ type: 'table', columns: ['Date', 'How', 'What happened'], rows }], footer: 'Contact log' };
    await renderPdf({ ...model, blocks: [{ type: 'table', columns: ['A'], rows: [['warm up']] }] });
    const started = performance.now();
    const bytes = await renderPdf(model);
    const ms = performance.now() - started;
    t.diagnostic(`5,000-row tagged table: ${ms.toFixed(0)} ms, ${bytes.length} bytes`);
    const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const last = await doc.getPage(doc.numPages);
      const tree = (await last.getStructTree()) as StructNode;
      const r = roles(tree);
      assert.ok(r.includes('TD'), 'the last page has table cells');
      const texts = textWithTags(marked((await last.getTextContent({ includeMarkedContent: true })).items));
      // The header row repeated on a later page is page furniture: a screen reader hears it once.
      assert.deepEqual(texts.find((x) => x.str === 'What happened')?.tags, ['Artifact']);
      assert.ok(texts.some((x) => x.str.includes('Entry 5000:') && x.tags[0] === 'TD'));
    } finally {
      await doc.destroy();
    }
    assert.ok(ms < 10_000, `took ${ms} ms`);
  });
});

/** Share of dark pixels in a PGM made by pdftoppm. */
function ink(pdf: Uint8Array, name: string): number {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', file, path.join(tmp, name)]);
  const pgm = fs.readFileSync(path.join(tmp, `${name}.pgm`));
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  assert.ok(header, 'pdftoppm wrote a PGM');
  const px = pgm.subarray(header[0].length);
  let dark = 0;
  for (const v of px) if (v < 160) dark++;
  return dark / px.length;
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('every name as typed', () => {
  const one = (text: string): DocumentModel => ({ kind: 'letter', blocks: [{ type: 'heading', level: 1, text }], footer: '' });

  test('names in every script come back from the PDF as typed (right-to-left ones in the order they were typed)', async () => {
    const model = statement({ caption: { ...statement().caption!, defendants: Object.values(NAMES) } });
    const pdf = await readTagged(await renderPdf(model));
    const text = pdf.pages[0].items.flatMap((i) => (i.kind === 'text' ? [i.str] : [])).join('\n');
    for (const [script, name] of Object.entries(NAMES)) {
      for (const word of name.split(' ')) assert.ok(text.includes(word), `${script}: "${word}" in the PDF text`);
    }
    assert.ok(text.includes(NAMES.arabic), 'the Arabic name reads in its typed order');
    assert.doesNotMatch(text, /\?/);
    assert.deepEqual(undrawableWarnings(model), []);
  });

  test('every glyph reads back: the page content escapes the glyph codes that are PDF syntax', async () => {
    // 123 different characters, so the subset's glyph codes pass 0x0A, 0x0D, 0x28, 0x29 and 0x5C.
    const chars = [...Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)), ...'àáâãäåæçèéêëìíîïñòóôõöùúûüýÿ'];
    const words: string[] = [];
    for (let i = 0; i < chars.length; i += 10) words.push(chars.slice(i, i + 10).join(''));
    const pdf = await readTagged(await renderPdf({ kind: 'letter', blocks: [{ type: 'paragraph', text: words.join(' ') }], footer: '' }));
    const text = pdf.pages[0].items.flatMap((i) => (i.kind === 'text' ? [i.str] : [])).join(' ');
    for (const word of words) assert.ok(text.includes(word), `"${word}" in the PDF text: ${text}`);
  });

  test('each script is drawn with real glyphs', { skip: hasPdftoppm() ? false : 'pdftoppm (poppler-utils) is not installed' }, async () => {
    const blank = ink(await renderPdf(one(' ')), 'blank');
    for (const [script, name] of Object.entries(NAMES)) {
      const drawn = ink(await renderPdf(one(name)), script);
      assert.ok(drawn > blank + 0.0002, `${script} draws ink (${drawn} vs ${blank})`);
    }
  });

  test('right-to-left text is put in visual order, numbers inside it keep theirs', () => {
    const visual = (s: string) =>
      faces()
        .runs(s, 'regular')
        .map((r) => (r.rtl ? [...r.text].reverse().join('') : r.text))
        .join('');
    assert.equal(visual('Plaintiff Smith'), 'Plaintiff Smith');
    assert.equal(visual(`Name: ${NAMES.hebrew}.`), `Name: ${[...NAMES.hebrew].reverse().join('')}.`);
    assert.equal(visual('דוד 123 כהן'), `${[...'כהן'].reverse().join('')} 123 ${[...'דוד'].reverse().join('')}`);
    assert.equal(visual(`${NAMES.arabic} and Smith`), `${[...NAMES.arabic].reverse().join('')} and Smith`);
    const runs = faces().runs(`Plaintiff ${NAMES.arabic} / ${NAMES.chinese}`, 'bold');
    assert.deepEqual(
      runs.filter((r) => r.text.trim()).map((r) => r.face.family),
      ['serif', 'arabic', 'serif', 'cjk'],
    );
  });

  test('a character no font has: "?" in the PDF, and a warning that names it and where it is', async () => {
    const model = statement({
      caption: { ...statement().caption!, defendants: ['GOMEZ \u{1F600}'] },
      blocks: [{ type: 'paragraph', label: '(a)', text: 'Counsel wrote \u{1F44D} and \u{10330}.' }],
    });
    const warnings = undrawableWarnings(model);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /cannot draw the character "\u{1F600}" \(U\+1F600\) in the defendant's name "GOMEZ \u{1F600}".*prints "\?" in its place\. The Word \(\.docx\) and text files keep it as you typed\./u);
    assert.match(warnings[1], /the characters "\u{1F44D}" \(U\+1F44D\), "\u{10330}" \(U\+10330\) in paragraph \(a\)/u);
    const pdf = await readTagged(await renderPdf(model));
    const text = pdf.pages[0].items.flatMap((i) => (i.kind === 'text' ? [i.str] : [])).join('\n');
    assert.match(text, /GOMEZ \?/);
    assert.match(text, /Counsel wrote \? and \?\./);
  });

  test('a character no font has in a table cell: the warning names the row and the column', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`Entry ${i + 1}`, i === 206 ? 'Counsel sent \u{1F600}\tback' : 'Talked about the records.']);
    const warnings = undrawableWarnings(statement({ blocks: [{ type: 'table', columns: ['No.', 'What happened'], rows }] }));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /the character "\u{1F600}" \(U\+1F600\) in table row 207, column "What happened"/u);
  });
});
