import { type PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { StructNode, TextOp } from './composer.js';

/**
 * What makes the PDF a tagged PDF (PDF/UA-1, ISO 14289-1): the structure tree in reading order,
 * the parent tree that leads from each marked piece of page content back to its element, the
 * catalog entries (MarkInfo, Lang, the title shown in the window) and the XMP metadata that
 * names the PDF/UA part. renderPdf writes the page content and says where each piece went.
 */

/** Where one piece of text went: the page, and its marked-content id on that page. */
export interface Mark {
  page: number;
  mcid: number;
}

export interface Tagging {
  structure: StructNode;
  pageRefs: PDFRef[];
  marks: Map<TextOp, Mark>;
  /** Marked-content ids used on each page (0..n-1). */
  mcidsPerPage: number[];
}

/** Writes the structure tree and links pages to it. */
export function writeStructureTree(doc: PDFDocument, t: Tagging): void {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const parents: PDFRef[][] = t.mcidsPerPage.map((n) => new Array<PDFRef>(n));

  const names = { S: PDFName.of('S'), P: PDFName.of('P'), Pg: PDFName.of('Pg'), K: PDFName.of('K'), A: PDFName.of('A') };
  const build = (node: StructNode, parentRef: PDFRef): PDFRef => {
    const ref = ctx.nextRef();
    let page = -1;
    const kids: (PDFRef | PDFNumber | PDFDict)[] = [];
    let last: Mark | undefined;
    for (const kid of node.kids) {
      if (!('t' in kid)) {
        kids.push(build(kid, ref));
        continue;
      }
      const mark = t.marks.get(kid);
      // Lines that share one marked-content sequence are one kid.
      if (!mark || mark === last) continue;
      last = mark;
      if (page < 0) page = mark.page;
      parents[mark.page][mark.mcid] = ref;
      kids.push(mark.page === page ? PDFNumber.of(mark.mcid) : ctx.obj({ Type: 'MCR', Pg: t.pageRefs[mark.page], MCID: mark.mcid }));
    }
    // No /Type /StructElem: it is optional, and a 5,000-row log has 30,000 elements.
    const dict = PDFDict.withContext(ctx);
    dict.set(names.S, PDFName.of(node.type));
    dict.set(names.P, parentRef);
    if (page >= 0) dict.set(names.Pg, t.pageRefs[page]);
    if (kids.length > 0) dict.set(names.K, kids.length === 1 ? kids[0] : ctx.obj(kids));
    if (node.scope) dict.set(names.A, ctx.obj({ O: 'Table', Scope: node.scope }));
    ctx.assign(ref, dict);
    return ref;
  };
  const documentRef = build(t.structure, rootRef);

  const nums: (PDFNumber | PDFArray)[] = [];
  parents.forEach((refs, i) => {
    nums.push(PDFNumber.of(i), ctx.obj(refs.map((r) => r ?? null)));
  });
  const parentTree = ctx.register(ctx.obj({ Nums: ctx.obj(nums) }));
  ctx.assign(rootRef, ctx.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTree, ParentTreeNextKey: t.pageRefs.length }));

  t.pageRefs.forEach((ref, i) => {
    const page = ctx.lookup(ref, PDFDict);
    page.set(PDFName.of('StructParents'), PDFNumber.of(i));
    // Tab order follows the structure (PDF/UA asks for it on pages with annotations; harmless elsewhere).
    page.set(PDFName.of('Tabs'), PDFName.of('S'));
  });
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
}

export interface Metadata {
  title: string;
  author?: string;
  subject: string;
  creator: string;
  producer: string;
  language: string;
  /** ISO 8601, or absent for a PDF without dates. */
  date?: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP metadata stream, with the PDF/UA identification (pdfuaid:part 1) and the same title as the document info. */
export function writeXmp(doc: PDFDocument, m: Metadata): void {
  const lines = [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.title)}</rdf:li></rdf:Alt></dc:title>`,
    ...(m.author ? [`<dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(m.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${xml(m.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(m.creator)}</xmp:CreatorTool>`,
    ...(m.date ? [`<xmp:CreateDate>${m.date}</xmp:CreateDate>`, `<xmp:ModifyDate>${m.date}</xmp:ModifyDate>`] : []),
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  const stream = doc.context.stream(new TextEncoder().encode(lines.join('\n')), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** A string for a content stream's property list, as UTF-16BE hex (any script). */
export function utf16Hex(text: string): string {
  return PDFHexString.fromText(text).asString();
}
