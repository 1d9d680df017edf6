import { Document, Packer, Paragraph, type Table } from 'docx';
import { LANGUAGE, type Ctx } from './docxCommon.js';
import { blockDocx } from './docxBlocks.js';
import { DOCX_STYLES, footerDocx, LIST_NUMBERING, pageProperties, watermarkHeader } from './docxPage.js';
import { captionDocx, letterheadDocx } from './docxTop.js';
import type { DocumentModel } from './model.js';
import { CREATOR, documentAuthor, documentTitle } from './model.js';
import { zipEntry } from './zipEntry.js';

/**
 * DOCX that people can open and edit in Word or LibreOffice: Times New Roman 12 pt (Liberation
 * Serif, which ships with the app, has the same metrics), US letter, 1-inch margins, the footer
 * and "Page N of M" on every page, the caption as a two-column table. Pleading paper uses
 * Word's own line numbering (restarting on each page) and a double rule down the left margin.
 * Paragraphs with an id carry a bookmark of that name, so an edited file can be matched back.
 *
 * The parts: docxTop.ts (letterhead, caption), docxBlocks.ts (the body), docxTable.ts (data
 * tables), docxPage.ts (page, footer, header, styles). Here: putting them together, then the
 * two changes the docx library cannot make itself (table rows, the file's own dates).
 */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const ctx: Ctx = { double: !!model.doubleSpaced, pleading: !!model.pleadingPaper, lists: 0, rows: new Map() };
  const author = documentAuthor(model);
  const doc = new Document({
    title: documentTitle(model),
    subject: model.footer,
    creator: author ?? CREATOR,
    lastModifiedBy: CREATOR,
    description: `Made with ${CREATOR}`,
    styles: DOCX_STYLES,
    numbering: { config: LIST_NUMBERING },
    sections: [
      {
        properties: pageProperties(ctx),
        headers: model.draftWatermark ? { default: watermarkHeader(model.draftWatermark) } : undefined,
        footers: { default: footerDocx(model.footer) },
        children: bodyDocx(model, ctx),
      },
    ],
  });
  let buf = await Packer.toBuffer(doc);
  const overrides: { path: string; data: string }[] = [];
  if (ctx.rows.size > 0) overrides.push({ path: 'word/document.xml', data: withTableRows(zipEntry(buf, 'word/document.xml')?.toString('utf8') ?? '', ctx.rows) });
  const core = coreProperties(zipEntry(buf, 'docProps/core.xml')?.toString('utf8') ?? '', model.createdAt);
  if (core) overrides.push({ path: 'docProps/core.xml', data: core });
  if (overrides.length > 0) buf = await Packer.toBuffer(doc, false, overrides);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Letterhead or caption, then the blocks; Word needs at least one paragraph. */
function bodyDocx(model: DocumentModel, ctx: Ctx): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  if (model.letterhead && model.letterhead.length > 0) children.push(...letterheadDocx(model.letterhead));
  if (model.caption) children.push(...captionDocx(model.caption));
  for (const block of model.blocks) children.push(...blockDocx(block, ctx));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  return children;
}

/** Swap each placeholder row for the table's real rows (written as XML for speed, docxTable.ts). */
function withTableRows(documentXml: string, rows: Map<string, string>): string {
  let xml = documentXml;
  for (const [token, rowsXml] of rows) {
    const at = xml.indexOf(token);
    const start = at < 0 ? -1 : Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
    const end = at < 0 ? -1 : xml.indexOf('</w:tr>', at);
    if (start < 0 || end < 0) throw new Error('DOCX export: table placeholder not found.');
    xml = xml.slice(0, start) + rowsXml + xml.slice(end + '</w:tr>'.length);
  }
  return xml;
}

/** The document's language, and its own date rather than the moment of export. */
function coreProperties(core: string, createdAt: string | undefined): string {
  if (!core) return core;
  let out = core.includes('<dc:language>') ? core : core.replace('</cp:coreProperties>', `<dc:language>${LANGUAGE}</dc:language></cp:coreProperties>`);
  const created = createdAt ? new Date(createdAt) : undefined;
  if (created && !Number.isNaN(created.getTime())) {
    const iso = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
    out = out.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`);
  }
  return out;
}
