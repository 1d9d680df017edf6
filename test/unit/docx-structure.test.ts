/**
 * The DOCX has real structure (issue 14): Heading 1/2 styles, Word list numbering, the document
 * language, table header rows and the title in the core properties. Read back from the file's
 * own parts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderDocx, renderText, type DocumentModel } from '../../src-main/core/exports/index.js';
import { zipEntry } from '../../src-main/core/exports/zipEntry.js';

const model: DocumentModel = {
  kind: 'joint-statement',
  caption: {
    court: 'United States District Court',
    plaintiffs: ['王小明 / محمد أحمد'],
    defendants: ['GOMEZ, et al.'],
    caseNumber: '1:17-cv-00294',
    title: 'JOINT STATEMENT RE: DISCOVERY',
  },
  blocks: [
    { type: 'heading', level: 1, text: 'Background' },
    { type: 'heading', level: 2, text: 'Requests still at issue' },
    { type: 'list', ordered: true, items: ['First request', 'Second request'] },
    { type: 'paragraph', text: 'Between the lists.' },
    { type: 'list', ordered: true, items: ['Counts from one again'] },
    { type: 'list', ordered: false, items: ['A bullet'] },
    { type: 'table', columns: ['Request', 'Position'], rows: [['RFP 1', 'Needed.']] },
  ],
  footer: 'Joint statement',
};

async function parts(m: DocumentModel) {
  const buf = Buffer.from(await renderDocx(m));
  const part = (name: string) => zipEntry(buf, name)?.toString('utf8') ?? '';
  return { document: part('word/document.xml'), styles: part('word/styles.xml'), numbering: part('word/numbering.xml'), core: part('docProps/core.xml') };
}

/** Each paragraph of document.xml: its style, its list (numId) and its text. */
function paragraphs(xml: string): { style?: string; numId?: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1],
    numId: /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

describe('DOCX structure', () => {
  test('titles and section heads use Heading 1 and Heading 2, styled like the body', async () => {
    const { document, styles } = await parts(model);
    const ps = paragraphs(document);
    assert.equal(ps.find((p) => p.text === 'JOINT STATEMENT RE: DISCOVERY')?.style, 'Heading1');
    assert.equal(ps.find((p) => p.text === 'Background')?.style, 'Heading1');
    assert.equal(ps.find((p) => p.text === 'Requests still at issue')?.style, 'Heading2');
    assert.equal(ps.find((p) => p.text === 'Between the lists.')?.style, undefined);
    for (const [id, name, level] of [['Heading1', 'Heading 1', '0'], ['Heading2', 'Heading 2', '1']]) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`, 's').exec(styles)?.[0] ?? '';
      assert.match(style, new RegExp(`<w:name w:val="${name}"/>`));
      assert.match(style, new RegExp(`<w:outlineLvl w:val="${level}"/>`));
      assert.match(style, /<w:sz w:val="24"\/>/);
      assert.match(style, /<w:color w:val="000000"\/>/);
    }
  });

  test('lists use Word numbering; each numbered list counts from one', async () => {
    const { document, numbering } = await parts(model);
    const ps = paragraphs(document);
    const first = ps.filter((p) => /request$/.test(p.text));
    assert.equal(first.length, 2);
    assert.ok(first[0].numId && first[0].numId === first[1].numId, 'one list, one numbering');
    const again = ps.find((p) => p.text === 'Counts from one again');
    assert.ok(again?.numId && again.numId !== first[0].numId, 'the second list is its own instance');
    assert.doesNotMatch(first[0].text, /^1\./, 'the number comes from numbering, not typed text');
    assert.match(numbering, /<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/);
    assert.match(numbering, /<w:numFmt w:val="bullet"\/><w:lvlText w:val="\u2022"\/>/);
    // Every list instance that starts again says so with a start override or its own abstract list.
    const nums = [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>(.*?)<\/w:num>/gs)].map((m) => ({ id: m[1], body: m[2] }));
    const bodyOf = (id: string) => nums.find((n) => n.id === id)?.body ?? '';
    assert.ok(bodyOf(again.numId).includes('w:startOverride') || bodyOf(again.numId) !== bodyOf(first[0].numId));
  });

  test('language en-US, title in the core properties, header row repeats', async () => {
    const { document, styles, core } = await parts(model);
    assert.match(/<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '', /<w:lang w:val="en-US"\/>/);
    assert.match(core, /<dc:title>JOINT STATEMENT RE: DISCOVERY<\/dc:title>/);
    assert.match(core, /<dc:language>en-US<\/dc:language>/);
    const tables = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    const data = tables.find((t) => t.includes('RFP 1')) ?? '';
    const firstRow = /<w:tr[ >].*?<\/w:tr>/s.exec(data)?.[0] ?? '';
    assert.match(firstRow, /<w:tblHeader\/>/);
    assert.match(firstRow, /Request/);
    assert.ok(document.includes('王小明 / محمد أحمد'), 'names kept as typed');
  });

  test('checklist items are a Word list whose bullet is an empty box; detail lines are not items', async () => {
    const { document, numbering } = await parts(checklist);
    const ps = paragraphs(document);
    const items = ps.filter((p) => p.numId);
    assert.deepEqual(
      items.map((p) => p.text),
      checklist.blocks.flatMap((b) => (b.type === 'checklist' ? b.items.map((i) => i.text) : [])),
      'each item, and only the items, is a list paragraph',
    );
    assert.ok(items.every((p) => p.numId === items[0].numId), 'one list of three items');
    for (const line of ['Write down the date.', 'Due: June 14, 2021    Who: Defense counsel', 'Who: All parties']) {
      const p = ps.find((x) => x.text === line);
      assert.ok(p, `detail line kept: ${line}`);
      assert.equal(p.numId, undefined, `not a list item: ${line}`);
    }
    assert.ok(!document.includes('\u2610'), 'the box comes from the numbering, not typed text');
    // The list's numbering: a bullet level whose text is the box, in a font that has it.
    const num = new RegExp(`<w:num w:numId="${items[0].numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering);
    const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${num?.[1]}"[^>]*>.*?</w:abstractNum>`, 's').exec(numbering)?.[0] ?? '';
    assert.match(abstract, /<w:numFmt w:val="bullet"\/><w:lvlText w:val="\u2610"\/>/);
    assert.match(abstract, /<w:rFonts w:ascii="Segoe UI Symbol"/);
  });

  test('the plain-text checklist reads as before', () => {
    assert.equal(
      renderText(checklist).split('\n').slice(0, 8).join('\n'),
      [
        '[ ] Wait for defense counsel.',
        '    Due: June 14, 2021   Who: Defense counsel',
        '',
        '[ ] Meet and confer.',
        '    Write down the date.',
        '    Who: All parties',
        '',
        '[ ] Sign the Joint Statement.',
      ].join('\n'),
    );
  });
});

const checklist: DocumentModel = {
  kind: 'checklist',
  blocks: [
    {
      type: 'checklist',
      items: [
        { text: 'Wait for defense counsel.', due: 'June 14, 2021', who: 'Defense counsel' },
        { text: 'Meet and confer.', detail: 'Write down the date.', who: 'All parties' },
        { text: 'Sign the Joint Statement.' },
      ],
    },
  ],
  footer: 'Checklist',
};
