import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { shaped, type Face, type Run } from './faces.js';
import { fontBytes, NO_LIGATURES } from './fonts.js';
import { layoutDocument, type Op, type TextOp } from './layout.js';
import { CREATOR, documentAuthor, documentTitle, type DocumentModel } from './model.js';
import { utf16Hex, writeStructureTree, writeXmp, type Mark } from './pdfStructure.js';
import { deflate, serializePdf } from './pdfWriter.js';

/**
 * Renders the model to a tagged PDF (PDF/UA-1): US letter, fonts embedded as subsets with a
 * ToUnicode map, text that can be selected, searched and read aloud in order. pdf-lib builds the
 * document, fonts and metadata; the page content streams are written here directly (one string
 * per page, deflated with node:zlib), which keeps a 5,000-row contact log fast. Every piece of
 * text is either marked content of a structure element or an artifact (page furniture).
 */

/** Fixed subset names (the usual six-letter tag), so the same model gives the same bytes. */
const FONT_NAMES: Record<string, string> = {
  'serif-regular': 'PSCFRG+LiberationSerif',
  'serif-bold': 'PSCFBD+LiberationSerif-Bold',
  'serif-italic': 'PSCFIT+LiberationSerif-Italic',
  'arabic-regular': 'PSCFAR+NotoNaskhArabic',
  'arabic-bold': 'PSCFAB+NotoNaskhArabic-Bold',
  'cjk-regular': 'PSCFCJ+WenQuanYiMicroHei',
};

/** A number for a content stream: at most two decimals, never exponent notation. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/** Bytes a literal string must escape: its delimiters, the backslash, and line ends (a raw CR would be read as LF). */
const ESCAPED: Record<number, string> = { 0x0a: '\\n', 0x0d: '\\r', 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\' };

/**
 * Glyph codes as pdf-lib gives them (hex, two bytes a glyph) turned into the inside of a literal
 * string: half the bytes of hex for every page to build and compress.
 */
function literal(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += ESCAPED[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/**
 * Glyph codes of one embedded font, as literal-string bytes. Plain runs are encoded a character
 * at a time (each distinct character once through pdf-lib, which adds its glyph to the subset);
 * with ligatures off that is the same as encoding the whole string. Right-to-left and Arabic runs
 * are shaped whole.
 */
class EmbeddedFace {
  /** Codes by UTF-16 code unit (most text), and by character for the rest. */
  private readonly unitCodes: (string | undefined)[] = [];
  private readonly charCodes = new Map<string, string>();
  private readonly shapedCodes = new Map<string, string>();
  constructor(readonly font: PDFFont) {}

  codes(run: Run): string {
    if (shaped(run)) {
      let code = this.shapedCodes.get(run.text);
      if (code === undefined) {
        code = literal(this.font.encodeText(run.text).asString());
        this.shapedCodes.set(run.text, code);
      }
      return code;
    }
    const text = run.text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // A character outside the first plane: a surrogate pair (printableText leaves no lone halves).
        out += this.code(text.slice(i, i + 2));
        i++;
        continue;
      }
      let code = this.unitCodes[unit];
      if (code === undefined) {
        code = this.code(text[i]);
        this.unitCodes[unit] = code;
      }
      out += code;
    }
    return out;
  }

  private code(ch: string): string {
    let code = this.charCodes.get(ch);
    if (code === undefined) {
      code = literal(this.font.encodeText(ch).asString());
      this.charCodes.set(ch, code);
    }
    return code;
  }
}

/** Per page: the font resource names, and the text-showing operators for runs of text. */
class PageWriter {
  private readonly keys = new Map<string, string>();
  /** The font and size in use (Tf), so it is set only when it changes. */
  private face: Face | undefined;
  private size = 0;

  constructor(
    private readonly page: PDFPage,
    private readonly embedded: Map<string, EmbeddedFace>,
  ) {}

  private keyFor(face: Face): string {
    let key = this.keys.get(face.key);
    if (!key) {
      const font = (this.embedded.get(face.key) as EmbeddedFace).font;
      key = this.page.node.newFontDictionary(font.name, font.ref).toString();
      this.keys.set(face.key, key);
    }
    return key;
  }

  /** Tf and Tj for each run; a right-to-left stretch is wrapped with the text as typed (ActualText). */
  show(runs: Run[], size: number, out: string[]): void {
    let open: { text: string } | undefined;
    for (const run of runs) {
      if (run.stretch !== open) {
        if (open) out.push('EMC');
        open = run.stretch;
        if (open) out.push(`/Span <</ActualText <${utf16Hex(open.text)}>>> BDC`);
      }
      if (run.face !== this.face || size !== this.size) {
        out.push(`${this.keyFor(run.face)} ${num(size)} Tf`);
        this.face = run.face;
        this.size = size;
      }
      out.push(`(${(this.embedded.get(run.face.key) as EmbeddedFace).codes(run)}) Tj`);
    }
    if (open) out.push('EMC');
  }

  /** A new text object forgets the font in use. */
  reset(): void {
    this.face = undefined;
  }
}

type RunsOf = (text: string, op: { font: TextOp['font'] }) => Run[];

function drawShapes(ops: Op[], H: number, out: string[]): void {
  const fills = ops.filter((op): op is Extract<Op, { t: 'rect' }> => op.t === 'rect' && op.fill !== undefined);
  const strokes = ops.filter((op): op is Extract<Op, { t: 'line' | 'rect' }> => op.t === 'line' || (op.t === 'rect' && op.fill === undefined));
  for (const op of fills) out.push(`${num(op.fill ?? 0)} g ${num(op.x)} ${num(H - op.y - op.h)} ${num(op.w)} ${num(op.h)} re f`);
  if (fills.length > 0) out.push('0 g');
  let lineWidth = -1;
  let strokeGray = 0;
  for (const op of strokes) {
    const width = op.t === 'line' ? op.width : (op.width ?? 0.75);
    const gray = op.t === 'line' ? (op.gray ?? 0) : (op.stroke ?? 0);
    if (width !== lineWidth) {
      out.push(`${num(width)} w`);
      lineWidth = width;
    }
    if (gray !== strokeGray) {
      out.push(`${num(gray)} G`);
      strokeGray = gray;
    }
    if (op.t === 'line') out.push(`${num(op.x1)} ${num(H - op.y1)} m ${num(op.x2)} ${num(H - op.y2)} l S`);
    else out.push(`${num(op.x)} ${num(H - op.y - op.h)} ${num(op.w)} ${num(op.h)} re S`);
  }
  if (strokeGray !== 0) out.push('0 G');
}

interface PageContext {
  W: number;
  H: number;
  index: number;
  writer: PageWriter;
  runsOf: RunsOf;
  marks: Map<TextOp, Mark>;
}

/** One page's content: artifacts (watermark, rules, boxes) first, then the text, each piece tagged. */
function pageContent(ops: Op[], p: PageContext): { content: string; mcids: number } {
  const { W, H, writer } = p;
  const out: string[] = ['/Artifact BMC'];
  for (const op of ops) {
    if (op.t !== 'watermark') continue;
    const runs = p.runsOf(op.text, { font: 'bold' });
    const w = runs.reduce((a, r) => a + r.face.metrics.width(r.text, op.size), 0);
    const angle = Math.atan2(H, W);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const capHalf = op.size * 0.33;
    const x = W / 2 - (w / 2) * cos + capHalf * sin;
    const y = H / 2 - (w / 2) * sin - capHalf * cos;
    out.push(`q ${num(op.gray)} g BT ${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(x)} ${num(y)} Tm`);
    writer.reset();
    writer.show(runs, op.size, out);
    out.push('ET Q');
  }
  drawShapes(ops, H, out);
  out.push('EMC');

  let mcid = 0;
  const texts = ops.filter((op): op is TextOp => op.t === 'text');
  if (texts.length > 0) {
    out.push('BT');
    writer.reset();
    let gray = 0;
    // Lines of one element that follow each other share one marked-content sequence.
    let open: { node: TextOp['node']; mark?: Mark } | undefined;
    for (const op of texts) {
      if (open && open.node !== op.node) {
        out.push('EMC');
        open = undefined;
      }
      const g = op.gray ?? 0;
      if (g !== gray) {
        out.push(`${num(g)} g`);
        gray = g;
      }
      if (!open) {
        if (op.node) {
          open = { node: op.node, mark: { page: p.index, mcid: mcid++ } };
          out.push(`/${op.node.type} <</MCID ${open.mark?.mcid}>> BDC`);
        } else {
          open = { node: undefined };
          out.push('/Artifact BMC');
        }
      }
      if (open.mark) p.marks.set(op, open.mark);
      out.push(`1 0 0 1 ${num(op.x)} ${num(H - op.y)} Tm`);
      writer.show(p.runsOf(op.text, op), op.size, out);
    }
    if (open) out.push('EMC');
    out.push('ET');
  }
  return { content: out.join('\n'), mcids: mcid };
}

async function embedFaces(doc: PDFDocument, faces: Iterable<Face>): Promise<Map<string, EmbeddedFace>> {
  const embedded = new Map<string, EmbeddedFace>();
  for (const face of faces) {
    if (embedded.has(face.key)) continue;
    const font = await doc.embedFont(fontBytes({ file: face.file }), { subset: true, customName: FONT_NAMES[face.key] ?? face.key, features: NO_LIGATURES });
    embedded.set(face.key, new EmbeddedFace(font));
  }
  return embedded;
}

export async function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const layout = layoutDocument(model);
  const { faces } = layout;

  // Cut every piece of text into runs once, and embed only the fonts they use.
  const runCache = { regular: new Map<string, Run[]>(), bold: new Map<string, Run[]>(), italic: new Map<string, Run[]>() };
  const runsOf: RunsOf = (text, op) => {
    const cache = runCache[op.font];
    let runs = cache.get(text);
    if (!runs) {
      runs = faces.runs(text, op.font);
      cache.set(text, runs);
    }
    return runs;
  };
  const used = new Map<string, Face>();
  for (const page of layout.pages) {
    for (const op of page.ops) {
      if (op.t === 'text' || op.t === 'watermark') for (const r of runsOf(op.text, { font: op.t === 'text' ? op.font : 'bold' })) used.set(r.face.key, r.face);
    }
  }

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const embedded = await embedFaces(doc, [...used.values()].sort((a, b) => a.key.localeCompare(b.key)));

  const pageRefs: PDFRef[] = [];
  const marks = new Map<TextOp, Mark>();
  const mcidsPerPage: number[] = [];
  layout.pages.forEach((pageLayout, index) => {
    const page = doc.addPage([layout.width, layout.height]);
    pageRefs.push(page.ref);
    const writer = new PageWriter(page, embedded);
    const { content, mcids } = pageContent(pageLayout.ops, { W: layout.width, H: layout.height, index, writer, runsOf, marks });
    mcidsPerPage.push(mcids);
    const stream = doc.context.stream(deflate(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' });
    page.node.addContentStream(doc.context.register(stream));
  });
  writeStructureTree(doc, { structure: layout.structure, pageRefs, marks, mcidsPerPage });
  setMetadata(doc, model);
  await doc.flush();
  return serializePdf(doc.context);
}

function setMetadata(doc: PDFDocument, model: DocumentModel): void {
  const title = documentTitle(model);
  doc.setTitle(title, { showInWindowTitleBar: true });
  const author = documentAuthor(model);
  if (author) doc.setAuthor(author);
  doc.setSubject(model.footer);
  doc.setCreator(CREATOR);
  const producer = `${CREATOR} (pdf-lib)`;
  doc.setProducer(producer);
  doc.setLanguage('en-US');
  let date: string | undefined;
  if (model.createdAt) {
    const when = new Date(model.createdAt);
    if (!Number.isNaN(when.getTime())) {
      doc.setCreationDate(when);
      doc.setModificationDate(when);
      date = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
  }
  writeXmp(doc, { title, ...(author && { author }), subject: model.footer, creator: CREATOR, producer, language: 'en-US', ...(date && { date }) });
}
