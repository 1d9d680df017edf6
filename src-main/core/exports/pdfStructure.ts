import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, type PDFRef } from 'pdf-lib';
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

/**
 * An object written exactly as given. The structure tree of a 5,000-row log has about 30,000
 * small dictionaries; built as pdf-lib objects (a Map per dictionary, an object per number) they
 * cost more time than the rest of the document. The text is ASCII: names, numbers, references.
 */
class PDFSerialized extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }

  override clone(): PDFSerialized {
    return new PDFSerialized(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { text } = this;
    for (let i = 0; i < text.length; i++) buffer[offset + i] = text.charCodeAt(i);
    return text.length;
  }
}

const refText = (ref: PDFRef) => `${ref.objectNumber} ${ref.generationNumber} R`;

/** Writes the structure tree and links pages to it. */
export function writeStructureTree(doc: PDFDocument, t: Tagging): void {
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const pages = t.pageRefs.map(refText);
  const parents: string[][] = t.mcidsPerPage.map((n) => new Array<string>(n).fill('null'));

  const build = (node: StructNode, parent: string): string => {
    const ref = ctx.nextRef();
    const self = refText(ref);
    let page = -1;
    const kids: string[] = [];
    let last: Mark | undefined;
    for (const kid of node.kids) {
      if (!('t' in kid)) {
        kids.push(build(kid, self));
        continue;
      }
      const mark = t.marks.get(kid);
      // Lines that share one marked-content sequence are one kid.
      if (!mark || mark === last) continue;
      last = mark;
      if (page < 0) page = mark.page;
      parents[mark.page][mark.mcid] = self;
      kids.push(mark.page === page ? String(mark.mcid) : `<< /Type /MCR /Pg ${pages[mark.page]} /MCID ${mark.mcid} >>`);
    }
    // No /Type /StructElem: it is optional, and a 5,000-row log has 30,000 elements.
    let dict = `<< /S /${node.type} /P ${parent}`;
    if (page >= 0) dict += ` /Pg ${pages[page]}`;
    if (kids.length > 0) dict += ` /K ${kids.length === 1 ? kids[0] : `[${kids.join(' ')}]`}`;
    if (node.scope) dict += ` /A << /O /Table /Scope /${node.scope} >>`;
    ctx.assign(ref, new PDFSerialized(`${dict} >>`));
    return self;
  };
  const documentRef = build(t.structure, refText(rootRef));

  const nums = parents.map((refs, i) => `${i} [${refs.join(' ')}]`);
  const parentTree = ctx.register(new PDFSerialized(`<< /Nums [${nums.join(' ')}] >>`));
  ctx.assign(rootRef, new PDFSerialized(`<< /Type /StructTreeRoot /K ${documentRef} /ParentTree ${refText(parentTree)} /ParentTreeNextKey ${t.pageRefs.length} >>`));

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
