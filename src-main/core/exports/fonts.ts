import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../appRoot.js';
import fontkit from '@pdf-lib/fontkit';

/**
 * The serif font that ships with the app (Liberation Serif 2.x, SIL Open Font License, metrically
 * compatible with Times New Roman). Found in `<project root>/assets/fonts/`, where the project root
 * is the first folder above this module that holds package.json (works from source, from
 * dist-main/ and inside a packaged app). `CASEFILE_ASSETS_DIR` overrides: it may name the assets
 * folder (holding fonts/) or the fonts folder itself.
 */

export type FontStyle = 'regular' | 'bold' | 'italic';

export const FONT_FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
};

/**
 * Fonts for the scripts Liberation Serif lacks, so a name is printed as the person typed it:
 * Noto Naskh Arabic (OFL) and a cut of WenQuanYi Micro Hei holding Chinese, Japanese and Korean
 * (Apache 2.0). Liberation Serif itself covers Latin with diacritics, Vietnamese, Greek,
 * Cyrillic and Hebrew. A style a family lacks uses its regular face.
 */
export type FamilyId = 'serif' | 'arabic' | 'cjk';

export const FAMILY_FILES: Record<FamilyId, Partial<Record<FontStyle, string>> & { regular: string }> = {
  serif: FONT_FILES,
  arabic: { regular: 'NotoNaskhArabic-Regular.ttf', bold: 'NotoNaskhArabic-Bold.ttf' },
  cjk: { regular: 'WenQuanYiMicroHei-CJK.ttf' },
};


/** The folder holding the .ttf files. Throws with a plain message if the font is missing. */
export function fontsDir(): string {
  const candidates: string[] = [];
  const override = process.env.CASEFILE_ASSETS_DIR;
  if (override) candidates.push(path.join(override, 'fonts'), override);
  else candidates.push(path.join(appRoot(), 'assets', 'fonts'));
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, FONT_FILES.regular))) return dir;
  }
  throw new Error(
    `The app's font (${FONT_FILES.regular}) was not found in ${candidates.join(' or ')}. ` +
      'Reinstall the app, or set CASEFILE_ASSETS_DIR to the folder that holds fonts/.',
  );
}

const bytesCache = new Map<string, Uint8Array>();

/** The raw bytes of one font file (read once per path): a style of Liberation Serif, or a file name. */
export function fontBytes(style: FontStyle | { file: string }): Uint8Array {
  const file = path.join(fontsDir(), typeof style === 'string' ? FONT_FILES[style] : style.file);
  let bytes = bytesCache.get(file);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(file));
    bytesCache.set(file, bytes);
  }
  return bytes;
}

/** The part of a fontkit font that measuring needs. */
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
  layout(text: string, features?: Record<string, boolean>): { glyphs: { advanceWidth: number }[] };
}

/** Shaping features switched off so every glyph's advance is what measuring found (see renderPdf). */
export const NO_LIGATURES = { liga: false, clig: false, dlig: false, calt: false };

/**
 * Advance widths of one font, cached per code point so word-wrapping thousands of table cells
 * costs one array lookup per character. Ligatures and kerning are switched off when the font is
 * embedded (see renderPdf), so the sum of advances is exactly what pdf-lib draws.
 */
export class FontMetrics {
  private readonly widths = new Float64Array(0x10000).fill(-1);
  private readonly wide = new Map<number, number>();
  readonly ascent: number;
  readonly descent: number;

  constructor(private readonly font: FontkitFont) {
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = font.descent / font.unitsPerEm;
  }

  /** Width of one code point at size 1, or -1 when the font has no glyph for it. */
  charWidth(cp: number): number {
    if (cp < 0x10000) {
      const w = this.widths[cp];
      if (w !== -1) return w;
      const v = this.compute(cp);
      this.widths[cp] = v;
      return v;
    }
    let v = this.wide.get(cp);
    if (v === undefined) {
      v = this.compute(cp);
      this.wide.set(cp, v);
    }
    return v;
  }

  private compute(cp: number): number {
    if (!this.font.hasGlyphForCodePoint(cp)) return -1;
    return this.font.glyphForCodePoint(cp).advanceWidth / this.font.unitsPerEm;
  }

  has(cp: number): boolean {
    return this.charWidth(cp) >= 0;
  }

  private readonly shapedCache = new Map<string, number>();

  /**
   * Width at size 1 of a run that is shaped as a whole (Arabic joins its letters, right-to-left
   * text is laid out as one run), as pdf-lib will draw it.
   */
  shapedWidth(text: string): number {
    let w = this.shapedCache.get(text);
    if (w === undefined) {
      w = 0;
      for (const g of this.font.layout(text, NO_LIGATURES).glyphs) w += g.advanceWidth;
      w /= this.font.unitsPerEm;
      if (this.shapedCache.size < 20000) this.shapedCache.set(text, w);
    }
    return w;
  }

  /** Width of a string at the given size, in points. Missing glyphs count as nothing. */
  width(text: string, size: number): number {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        cp = text.codePointAt(i) ?? cp;
        i++;
      }
      const c = this.charWidth(cp);
      if (c > 0) w += c;
    }
    return w * size;
  }
}

const metricsCache = new Map<string, FontMetrics>();

/** Metrics of a style of Liberation Serif, or of a font file in the fonts folder. */
export function fontMetrics(style: FontStyle | { file: string }): FontMetrics {
  const key = path.join(fontsDir(), typeof style === 'string' ? FONT_FILES[style] : style.file);
  let m = metricsCache.get(key);
  if (!m) {
    m = new FontMetrics(fontkit.create(fontBytes(style)));
    metricsCache.set(key, m);
  }
  return m;
}
