import zlib from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { fontBytes, type FontStyle } from './fonts.js';
import { layoutDocument, type Op } from './layout.js';
import { CREATOR, documentAuthor, documentTitle, type DocumentModel } from './model.js';

/**
 * Renders the model to a PDF: US letter, Liberation Serif embedded (subset), text that can be
 * selected and searched. pdf-lib builds the document, fonts and metadata; the page content
 * streams are written here directly (one string per page, deflated with node:zlib), which keeps
 * a 5,000-row contact log fast: pdf-lib's per-operator objects and per-string shaping were most
 * of the time.
 */

/** Shaping features switched off so every glyph's advance is exactly what layout measured. */
const NO_LIGATURES = { liga: false, clig: false, dlig: false, calt: false };

/** Fixed subset names (the usual six-letter tag), so the same model gives the same bytes. */
const FONT_NAMES: Record<FontStyle, string> = {
  regular: 'PSCFRG+LiberationSerif',
  bold: 'PSCFBD+LiberationSerif-Bold',
  italic: 'PSCFIT+LiberationSerif-Italic',
};

/** A number for a content stream: at most two decimals, never exponent notation. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/**
 * Glyph codes per character. Each distinct character is encoded once through pdf-lib (which
 * adds its glyph to the font subset); strings are then the concatenation of their characters'
 * codes. With ligatures off, that is the same as encoding the whole string.
 */
class Encoder {
  private readonly codes = new Map<string, string>();
  constructor(private readonly font: PDFFont) {}

  hex(text: string): string {
    let out = '';
    for (const ch of text) {
      let code = this.codes.get(ch);
      if (code === undefined) {
        code = this.font.encodeText(ch).asString();
        this.codes.set(ch, code);
      }
      out += code;
    }
    return out;
  }
}

export async function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  const layout = layoutDocument(model);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);

  // Embed only the styles the layout uses.
  const used = new Set<FontStyle>();
  for (const page of layout.pages) {
    for (const op of page.ops) {
      if (op.t === 'text') used.add(op.font);
      else if (op.t === 'watermark') used.add('bold');
    }
  }
  const fonts: Partial<Record<FontStyle, PDFFont>> = {};
  const encoders: Partial<Record<FontStyle, Encoder>> = {};
  for (const style of ['regular', 'bold', 'italic'] as const) {
    if (!used.has(style)) continue;
    const font = await doc.embedFont(fontBytes(style), { subset: true, customName: FONT_NAMES[style], features: NO_LIGATURES });
    fonts[style] = font;
    encoders[style] = new Encoder(font);
  }

  const W = layout.width;
  const H = layout.height;
  for (const pageLayout of layout.pages) {
    const page = doc.addPage([W, H]);
    const keys: Partial<Record<FontStyle, string>> = {};
    const keyFor = (style: FontStyle): string => {
      let key = keys[style];
      if (!key) {
        const font = fonts[style] as PDFFont;
        key = page.node.newFontDictionary(font.name, font.ref).toString();
        keys[style] = key;
      }
      return key;
    };

    const marks: Extract<Op, { t: 'watermark' }>[] = [];
    const fills: Extract<Op, { t: 'rect' }>[] = [];
    const strokes: Extract<Op, { t: 'line' | 'rect' }>[] = [];
    const texts: Extract<Op, { t: 'text' }>[] = [];
    for (const op of pageLayout.ops) {
      if (op.t === 'watermark') marks.push(op);
      else if (op.t === 'text') texts.push(op);
      else if (op.t === 'rect' && op.fill !== undefined) fills.push(op);
      else strokes.push(op);
    }

    const out: string[] = [];
    for (const op of marks) {
      const font = fonts.bold as PDFFont;
      const w = font.widthOfTextAtSize(op.text, op.size);
      const angle = Math.atan2(H, W);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const capHalf = op.size * 0.33;
      const x = W / 2 - (w / 2) * cos + capHalf * sin;
      const y = H / 2 - (w / 2) * sin - capHalf * cos;
      out.push(
        `q ${num(op.gray)} g BT ${keyFor('bold')} ${num(op.size)} Tf`,
        `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(x)} ${num(y)} Tm`,
        `<${(encoders.bold as Encoder).hex(op.text)}> Tj ET Q`,
      );
    }

    for (const op of fills) {
      out.push(`${num(op.fill ?? 0)} g ${num(op.x)} ${num(H - op.y - op.h)} ${num(op.w)} ${num(op.h)} re f`);
    }
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

    if (texts.length > 0) {
      out.push('BT');
      let font: FontStyle | undefined;
      let size = -1;
      let gray = 0;
      for (const op of texts) {
        if (op.font !== font || op.size !== size) {
          out.push(`${keyFor(op.font)} ${num(op.size)} Tf`);
          font = op.font;
          size = op.size;
        }
        const g = op.gray ?? 0;
        if (g !== gray) {
          out.push(`${num(g)} g`);
          gray = g;
        }
        out.push(`1 0 0 1 ${num(op.x)} ${num(H - op.y)} Tm <${(encoders[op.font] as Encoder).hex(op.text)}> Tj`);
      }
      out.push('ET');
    }

    const content = zlib.deflateSync(Buffer.from(out.join('\n'), 'latin1'));
    const stream = doc.context.stream(new Uint8Array(content.buffer, content.byteOffset, content.byteLength), {
      Filter: 'FlateDecode',
    });
    page.node.addContentStream(doc.context.register(stream));
  }

  const title = documentTitle(model);
  doc.setTitle(title, { showInWindowTitleBar: true });
  const author = documentAuthor(model);
  if (author) doc.setAuthor(author);
  doc.setSubject(model.footer);
  doc.setCreator(CREATOR);
  doc.setProducer(`${CREATOR} (pdf-lib)`);
  doc.setLanguage('en-US');
  if (model.createdAt) {
    const when = new Date(model.createdAt);
    if (!Number.isNaN(when.getTime())) {
      doc.setCreationDate(when);
      doc.setModificationDate(when);
    }
  }

  return doc.save({ useObjectStreams: true });
}
