/**
 * What the papers need to know about the order they answer: the joint paper's name, the motion
 * and its docket number, the contents the order lists, whether typed signatures are allowed.
 * Read from the order's explanation (OrderView); pure.
 */
import type { Caption as CaseCaption } from '../caseInfo/caption.js';
import type { OrderView, RequirementView } from '../caseOrders/orderView.js';
import { findDocument } from '../orders/documents.js';
import type { Caption } from '../exports/model.js';
import { addressLines, partyWord, personName, prisonerLine } from './words.js';

/** What a listed item of the order's required contents is about. */
export type Topic = 'conference' | 'resolution' | 'at-issue' | 'position' | 'length' | 'other';

export interface ContentItem {
  /** As printed: "(a)", "(1)". '' when the app supplies the item itself. */
  label: string;
  /** A key for part ids: "a", "1". */
  key: string;
  text: string;
  topic: Topic;
}

export function topicOf(text: string): Topic {
  const t = text.toLowerCase();
  if (/\b(?:pages?|words?)\b/.test(t) && /\b(?:no (?:longer|more) than|limit|at most|exceed)\b/.test(t)) return 'length';
  if (/\bresolved in (?:full|part)\b|\bin full or in part\b|\b(?:was|were|is|been) resolved\b|\bwhether\b.*\bresolved\b/.test(t)) return 'resolution';
  if (/\bunresolved\b|\bstill (?:at issue|in dispute|disputed)\b|\bremain(?:s|ing)? (?:at issue|in dispute)\b|\bdisputed (?:request|issue|interrogator)/.test(t)) return 'at-issue';
  if (/\bmet and conferred\b|\bmeet[- ]and[- ]confer\b|\bconference\b|\bconferred\b/.test(t)) return 'conference';
  if (/\bposition\b|\bcontention/.test(t)) return 'position';
  return 'other';
}

/** The contents the order lists for the joint paper, in its own order; the usual three when it lists none. */
export function requiredContents(order: OrderView | null): { items: ContentItem[]; fromOrder: boolean } {
  const listed = order?.requirements.find((r) => r.kind === 'contents' && r.status !== 'dismissed' && (r.items?.length ?? 0) > 0);
  if (listed?.items) {
    const items = listed.items.map((i): ContentItem => {
      const numbered = /^[a-z0-9]{1,3}$/i.test(i.label);
      return { label: numbered ? `(${i.label})` : '', key: i.label.replace(/[^A-Za-z0-9]/g, '').slice(0, 20) || 'item', text: i.text, topic: topicOf(i.text) };
    });
    return { items, fromOrder: true };
  }
  return {
    fromOrder: false,
    items: [
      { label: '', key: 'conference', text: 'The conference', topic: 'conference' },
      { label: '', key: 'resolution', text: 'Whether the motion was resolved', topic: 'resolution' },
      { label: '', key: 'at-issue', text: 'Requests still at issue', topic: 'at-issue' },
    ],
  };
}

/** "Joint Statement", "joint letter": the name of the joint paper the order asks for. */
export function jointPaperName(order: OrderView | null): string {
  for (const r of order?.requirements ?? []) {
    if (r.kind !== 'file' && r.kind !== 'contents' && r.kind !== 'signature') continue;
    const doc = findDocument(r.quote?.text ?? '');
    if (doc && /^joint\b/i.test(doc.label)) return titleCase(doc.label);
  }
  return 'Joint Statement';
}

const SMALL_WORDS = new Set(['re', 'of', 'on', 'to', 'and', 'the', 'for', 'a', 'an', 'in']);
function titleCase(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}

/** The motion the order is about: "Plaintiff's motion to compel (ECF No. 70)". */
export function motionWords(order: OrderView | null): { words: string; title: string; ecf: string; by: 'plaintiff' | 'defendant' | null } {
  const m = order?.caption.motion;
  const ecf = m?.ecf !== undefined ? String(m.ecf) : (order?.caption.ecfNumber ?? order?.order.ecfNumber ?? '');
  if (!m) {
    return { words: ecf ? `the motion (ECF No. ${ecf})` : 'the discovery dispute', title: 'DISCOVERY DISPUTE', ecf, by: null };
  }
  const name = m.name.replace(/\s+/g, ' ').trim().toLowerCase();
  const owner = m.by === 'plaintiff' ? "Plaintiff's" : m.by === 'defendant' ? "Defendants'" : '';
  const words = `${owner ? `${owner} ` : 'the '}${name}${ecf ? ` (ECF No. ${ecf})` : ''}`;
  const title = `${owner ? `${owner.toUpperCase()} ` : ''}${name.toUpperCase()}`;
  return { words, title, ecf, by: m.by ?? null };
}

/**
 * The paper's title from the order, e.g. "JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S
 * MOTION TO COMPEL (ECF No. 70)"; "JOINT STATEMENT RE DISCOVERY DISAGREEMENT (ECF No. 12)" where the
 * order names the paper with its subject already.
 */
export function statementTitle(order: OrderView | null): string {
  const name = jointPaperName(order).toUpperCase();
  const motion = motionWords(order);
  const ecf = motion.ecf ? ` (ECF No. ${motion.ecf})` : '';
  if (/\bRE\b/.test(name)) return `${name}${ecf}`;
  const conferred = !!order?.requirements.some((r) => r.kind === 'meet-and-confer');
  return `${name} RE: ${conferred ? 'MEET AND CONFER ON ' : ''}${motion.title}${ecf}`;
}

/** The order's date in words, when known. */
export function orderDate(order: OrderView | null): string {
  return order?.order.signedDate || order?.caption.orderDate || '';
}

/** The requirement of the given kind that is not dismissed (the first one), if any. */
export function requirementOf(order: OrderView | null, kind: RequirementView['kind']): RequirementView | undefined {
  return order?.requirements.find((r) => r.kind === kind && r.status !== 'dismissed');
}

/**
 * The case's details, with blanks (parties, case number, court, district) filled from the
 * order's caption, so a paper never prints "New case" when the order names the case.
 */
export function withOrderFallback(c: CaseCaption, order: OrderView | null): CaseCaption {
  const oc = order?.caption;
  if (!oc) return c;
  const filled = (list: string[]) => list.map((n) => n.trim()).filter(Boolean);
  return {
    ...c,
    court: c.court.trim() || oc.court || c.court,
    district: c.district.trim() || oc.district || '',
    caseNumber: c.caseNumber.trim() || oc.caseNumber || '',
    plaintiffs: filled(c.plaintiffs).length > 0 ? c.plaintiffs : oc.plaintiffs,
    defendants: filled(c.defendants).length > 0 ? c.defendants : oc.defendants,
    side: c.side || oc.proSe || '',
  };
}

/** The caption of a court paper: the case's own details first, the order's where the case's are blank. */
export function courtCaption(c: CaseCaption, order: OrderView | null, title: string): Caption {
  const oc = order?.caption;
  const names = (mine: string[], theirs: string[] | undefined) => {
    const list = mine.map((n) => n.trim()).filter(Boolean);
    return list.length > 0 ? list : (theirs ?? []);
  };
  const partyBlock = [personName(c), prisonerLine(c.prisonerNumber), ...addressLines(c.mailingAddress)].filter(Boolean);
  if (partyBlock.length > 0) partyBlock.push(`${partyWord(c.side || oc?.proSe || '')}, pro se`);
  return {
    court: c.court.trim() || oc?.court || 'United States District Court',
    ...((c.district.trim() || oc?.district) && { district: c.district.trim() || oc?.district }),
    plaintiffs: names(c.plaintiffs, oc?.plaintiffs),
    defendants: names(c.defendants, oc?.defendants),
    caseNumber: c.caseNumber.trim() || oc?.caseNumber || '____________________',
    title,
    ...(partyBlock.length > 0 && { partyBlock }),
  };
}

/** "Christopher Dickson (demo)": the demo case's papers carry a watermark so no one files one. */
export const DEMO_WATERMARK = 'DEMO - DO NOT FILE';
/** The practice case (the demo with its dates moved near today) says so on every page. */
export const PRACTICE_WATERMARK = 'PRACTICE CASE - NOT REAL - DO NOT FILE';

export function demoWatermark(c: { practice: boolean }): string {
  return c.practice ? PRACTICE_WATERMARK : DEMO_WATERMARK;
}

/** The warning shown with a demo or practice paper; `verb` is what not to do with it ("file", "send"). */
export function demoWarning(c: { practice: boolean }, verb: string): string {
  return c.practice
    ? `This is the practice case: made-up papers with dates moved to near today. Its papers are marked "PRACTICE". Do not ${verb} them.`
    : `This is the demo case. Its papers are marked "DEMO". Do not ${verb} them.`;
}
