import { FAMILY_FILES, fontMetrics, fontsDir, type FamilyId, type FontMetrics, type FontStyle } from './fonts.js';

/**
 * Which font draws which character, and in what order runs of text go on the line. Liberation
 * Serif draws what it can; Arabic and Chinese/Japanese/Korean characters it lacks come from the
 * fallback fonts. Right-to-left text (Hebrew, Arabic) is put in visual order with a small part
 * of the Unicode bidirectional algorithm that fits English papers: the paragraph runs left to
 * right, a right-to-left name inside it reads right to left, and numbers inside such a name keep
 * their own order.
 */

export interface Face {
  /** "serif-bold", "arabic-regular": one embedded font each. */
  key: string;
  family: FamilyId;
  file: string;
  metrics: FontMetrics;
}

export interface Run {
  text: string;
  face: Face;
  /** Drawn right to left (the glyphs of the run are reversed and, for Arabic, joined). */
  rtl: boolean;
  /**
   * The stretch of right-to-left text the run belongs to, in the order it was typed: the same
   * object for every run of the stretch, so the PDF can give it as the text to read aloud.
   */
  stretch?: { text: string };
}

type Bidi = 'L' | 'R' | 'EN' | 'N' | 'M';

function isRtl(cp: number): boolean {
  return (cp >= 0x590 && cp <= 0x8ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc) || (cp >= 0x10800 && cp <= 0x10fff) || (cp >= 0x1e800 && cp <= 0x1efff);
}

const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

function bidiClass(ch: string, cp: number): Bidi {
  if (isRtl(cp)) return DIGIT.test(ch) ? 'EN' : MARK.test(ch) ? 'M' : 'R';
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'L' : cp >= 0x30 && cp <= 0x39 ? 'EN' : 'N';
  if (MARK.test(ch)) return 'M';
  if (DIGIT.test(ch)) return 'EN';
  return LETTER.test(ch) ? 'L' : 'N';
}

/** Embedding level of each character: 0 left to right, 1 right to left, 2 numbers inside right-to-left text. */
export function bidiLevels(chars: string[]): number[] {
  const cls = chars.map((ch) => bidiClass(ch, ch.codePointAt(0) ?? 0));
  // Numbers take the direction of the strong letter before them (rule W7, with a left-to-right paragraph).
  const strong: ('L' | 'R')[] = [];
  let last: 'L' | 'R' = 'L';
  for (const c of cls) {
    if (c === 'L' || c === 'R') last = c;
    strong.push(c === 'EN' ? last : c === 'L' || c === 'R' ? c : last);
  }
  const levels = cls.map((c, i) => (c === 'R' ? 1 : c === 'EN' ? (strong[i] === 'R' ? 2 : 0) : 0));
  // Neutrals between two right-to-left sides become right to left (N1); others follow the paragraph (N2).
  let i = 0;
  while (i < cls.length) {
    if (cls[i] !== 'N' && cls[i] !== 'M') {
      i++;
      continue;
    }
    let j = i;
    while (j < cls.length && (cls[j] === 'N' || cls[j] === 'M')) j++;
    const before = i > 0 ? strong[i - 1] : 'L';
    const after = j < cls.length ? strong[j] : 'L';
    for (let k = i; k < j; k++) {
      levels[k] = cls[k] === 'M' && k > 0 ? levels[k - 1] : before === 'R' && after === 'R' ? 1 : 0;
    }
    i = j;
  }
  return levels;
}

/** Reverses every stretch of items at level k or higher, from the highest level down (rule L2). */
export function visualOrder<T>(items: T[], levelOf: (t: T) => number): T[] {
  const out = items.slice();
  const max = Math.max(0, ...out.map(levelOf));
  for (let k = max; k >= 1; k--) {
    let i = 0;
    while (i < out.length) {
      if (levelOf(out[i]) < k) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && levelOf(out[j]) >= k) j++;
      const part = out.slice(i, j).reverse();
      out.splice(i, j - i, ...part);
      i = j;
    }
  }
  return out;
}

const FAMILIES: FamilyId[] = ['serif', 'arabic', 'cjk'];

export class Faces {
  private readonly chains = new Map<FontStyle, Face[]>();
  private readonly faces = new Map<string, Face>();

  /** The faces tried for a style, in order: Liberation Serif in that style, its regular, then the fallbacks. */
  chain(style: FontStyle): Face[] {
    let chain = this.chains.get(style);
    if (!chain) {
      chain = [];
      for (const family of FAMILIES) {
        const files = FAMILY_FILES[family];
        const styles: FontStyle[] = family === 'serif' && style !== 'regular' ? [style, 'regular'] : [files[style] ? style : 'regular'];
        for (const s of styles) chain.push(this.face(family, s));
      }
      this.chains.set(style, chain);
    }
    return chain;
  }

  private face(family: FamilyId, style: FontStyle): Face {
    const file = FAMILY_FILES[family][style] ?? FAMILY_FILES[family].regular;
    const key = `${family}-${file === FAMILY_FILES[family].regular ? 'regular' : style}`;
    let face = this.faces.get(key);
    if (!face) {
      face = { key, family, file, metrics: fontMetrics(family === 'serif' ? style : { file }) };
      this.faces.set(key, face);
    }
    return face;
  }

  /** Liberation Serif in a style: what plain English text is drawn with. */
  main(style: FontStyle): Face {
    return this.chain(style)[0];
  }

  /** Whether some font the app ships can draw this character. */
  canDraw(cp: number): boolean {
    return this.chain('regular').some((f) => f.metrics.has(cp));
  }

  /** The text cut into runs of one font and one direction, in the order they are drawn from left to right. */
  runs(text: string, style: FontStyle): Run[] {
    const main = this.main(style);
    if (this.simple(text, main)) return [{ text, face: main, rtl: false }];
    const chars = [...text];
    const levels = bidiLevels(chars);
    const chain = this.chain(style);
    const pieces: { text: string; face: Face; level: number; stretch?: { text: string } }[] = [];
    let prev: Face | undefined;
    let stretch: { text: string } | undefined;
    chars.forEach((ch, i) => {
      const cp = ch.codePointAt(0) ?? 0;
      const keepPrev = prev && !LETTER.test(ch) && prev.metrics.has(cp);
      const face = keepPrev && prev ? prev : (chain.find((f) => f.metrics.has(cp)) ?? main);
      if (levels[i] === 0) stretch = undefined;
      else if (!stretch) stretch = { text: '' };
      if (stretch) stretch.text += ch;
      const last = pieces[pieces.length - 1];
      if (last && last.face === face && last.level === levels[i]) last.text += ch;
      else pieces.push({ text: ch, face, level: levels[i], stretch });
      prev = face;
    });
    return visualOrder(pieces, (p) => p.level).map((p) => ({ text: p.text, face: p.face, rtl: p.level % 2 === 1, ...(p.stretch && { stretch: p.stretch }) }));
  }

  /** Width in points of text in a style, as drawn. */
  width(text: string, style: FontStyle, size: number): number {
    const main = this.main(style);
    const plain = this.plainWidth(text, main);
    if (plain >= 0) return plain * size;
    let w = 0;
    for (const r of this.runs(text, style)) w += shaped(r) ? r.face.metrics.shapedWidth(r.text) * size : r.face.metrics.width(r.text, size);
    return w;
  }

  /**
   * Width at size 1 of text that is one plain run (see simple), summed as FontMetrics.width sums
   * it; -1 for any other text. One pass instead of two: it runs for every word of every cell.
   */
  private plainWidth(text: string, main: Face): number {
    const metrics = main.metrics;
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x590 && isRtl(c)) return -1;
      const cw = metrics.charWidth(c);
      if (cw < 0) return -1;
      if (cw > 0) w += cw;
    }
    return w;
  }

  /** Only characters Liberation Serif draws, none of them right to left: one plain run. */
  private simple(text: string, main: Face): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x590 && isRtl(c)) || !main.metrics.has(c)) return false;
    }
    return true;
  }
}

/** Runs pdf-lib must lay out whole: right-to-left ones and Arabic letters, which join. */
export function shaped(run: Run): boolean {
  return run.rtl || run.face.family === 'arabic';
}

const shared = new Map<string, Faces>();

/** The faces of the fonts folder in use (one set per folder, so measuring stays cached). */
export function faces(): Faces {
  const dir = fontsDir();
  let f = shared.get(dir);
  if (!f) {
    f = new Faces();
    shared.set(dir, f);
  }
  return f;
}
