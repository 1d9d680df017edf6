import { BODY, LEFT, PAGE_H, PAGE_W, PLEADING_FIRST_BASELINE, PLEADING_LINES, PLEADING_PITCH, RIGHT, TEXT_W, type Composer, type Op } from './composer.js';
import type { DocumentModel } from './model.js';

/**
 * What every page carries besides the paper itself: the DRAFT mark, the pleading-paper rules and
 * line numbers, the footer and "Page N of M". None of it belongs to a structure element, so the
 * PDF marks it all as page furniture (artifacts) that screen readers skip.
 */

const FOOTER_SIZE = 9;
const FOOTER_RULE_Y = 748;
const FOOTER_BASELINE = 762;

export function decoratePages(c: Composer, model: DocumentModel): void {
  const total = c.pages.length;
  const footer = c.fit(model.footer ?? '');
  const watermark = model.draftWatermark ? c.fit(model.draftWatermark, 'bold') : '';
  let markSize = 0;
  if (watermark) {
    const w1 = c.width(watermark, 'bold', 1);
    const diagonal = Math.hypot(PAGE_W, PAGE_H);
    markSize = Math.min(110, (diagonal * 0.6) / Math.max(w1, 0.01));
  }
  c.pages.forEach((page, i) => {
    const deco: Op[] = [];
    if (model.pleadingPaper) {
      deco.push({ t: 'line', x1: LEFT - 10, y1: 0, x2: LEFT - 10, y2: PAGE_H, width: 0.6 });
      deco.push({ t: 'line', x1: LEFT - 7, y1: 0, x2: LEFT - 7, y2: PAGE_H, width: 0.6 });
      deco.push({ t: 'line', x1: RIGHT + 8, y1: 0, x2: RIGHT + 8, y2: PAGE_H, width: 0.6 });
      for (let n = 1; n <= PLEADING_LINES; n++) {
        const label = String(n);
        const y = PLEADING_FIRST_BASELINE + (n - 1) * PLEADING_PITCH;
        deco.push({ t: 'text', x: LEFT - 16 - c.width(label, 'regular', BODY), y, text: label, font: 'regular', size: BODY });
      }
    }
    deco.push({ t: 'line', x1: LEFT, y1: FOOTER_RULE_Y, x2: RIGHT, y2: FOOTER_RULE_Y, width: 0.5 });
    const pageText = `Page ${i + 1} of ${total}`;
    const pw = c.width(pageText, 'regular', FOOTER_SIZE);
    deco.push({ t: 'text', x: RIGHT - pw, y: FOOTER_BASELINE, text: pageText, font: 'regular', size: FOOTER_SIZE });
    if (footer) deco.push({ t: 'text', x: LEFT, y: FOOTER_BASELINE, text: fitFooter(c, footer, TEXT_W - pw - 18), font: 'regular', size: FOOTER_SIZE });
    if (watermark) page.ops.unshift({ t: 'watermark', text: watermark, size: markSize, gray: 0.85 });
    page.ops.push(...deco);
  });
}

/** The footer on one line, cut with an ellipsis where it is too long. */
function fitFooter(c: Composer, footer: string, room: number): string {
  let f = footer.replace(/\n/g, ' ');
  if (c.width(f, 'regular', FOOTER_SIZE) <= room) return f;
  while (f.length > 1 && c.width(`${f}\u2026`, 'regular', FOOTER_SIZE) > room) f = f.slice(0, -1);
  return `${f.trimEnd()}\u2026`;
}
