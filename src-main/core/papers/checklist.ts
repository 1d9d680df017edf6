/**
 * The checklist for the wall or a folder: every requirement of every order, with its due date,
 * who must act, a box to tick and a short plain explanation; "This is not legal advice." where
 * the dates are. The Checklist screen shows the same groups, with boxes that mark a requirement done.
 */
import { shortCaseName } from '../caseInfo/caption.js';
import type { OrderView, RequirementView } from '../caseOrders/orderView.js';
import { formatLongDate, PRISON_MAILBOX_RULE } from '../deadlines/index.js';
import type { Block, ChecklistItem } from '../exports/model.js';
import { NOT_LEGAL_ADVICE, NOT_LEGAL_ADVICE_SHORT } from '../plainLanguage/index.js';
import { demoWatermark } from './orderFacts.js';
import type { ChecklistData, Draft } from './types.js';
import { firstSentences, footerCase, shortDate, whoMustAct } from './words.js';

export interface ChecklistEntry {
  orderId: number;
  requirementId: string;
  summary: string;
  /** A short plain explanation (the first sentences of the app's). */
  explanation: string;
  /** Lettered or numbered items the requirement lists, e.g. the joint statement's contents. */
  items: string[];
  dueDate: string | null;
  /** "Monday, June 14, 2021", or why there is no date yet. */
  dueText: string;
  who: string;
  done: boolean;
}

export interface ChecklistGroup {
  orderId: number;
  title: string;
  signedDate: string;
  entries: ChecklistEntry[];
  /** Two dates for one thing: the order's words about which to aim for. */
  conflicts: string[];
}

export interface ChecklistView {
  today: string;
  caseName: string;
  /** "Dickson v. Gomez, No. 1:17-cv-00294-DAD-BAM (PC)": printed at the top of every page. */
  caseLine: string;
  groups: ChecklistGroup[];
  /** Shown with the dates: not legal advice; the prison mailbox rule for a person in prison. */
  notices: string[];
}

function entryOf(orderId: number, r: RequirementView, side: ChecklistData['caption']['side']): ChecklistEntry {
  const items = (r.items ?? []).map((i) => `${/^[a-z0-9]{1,3}$/i.test(i.label) ? `(${i.label}) ` : ''}${i.text}`);
  return {
    orderId,
    requirementId: r.id,
    summary: r.summary,
    explanation: firstSentences(r.explanation, 240),
    items,
    dueDate: r.dueDate,
    dueText: r.dueDate ? formatLongDate(r.dueDate) : (r.deadline?.pending ?? ''),
    who: whoMustAct(String(r.actor), side),
    done: r.status === 'done',
  };
}

export function checklistView(d: ChecklistData): ChecklistView {
  const side = d.caption.side;
  const groups = d.orders.map((v: OrderView) => ({
    orderId: v.order.id,
    title: v.order.title,
    signedDate: v.order.signedDate,
    entries: v.requirements.filter((r) => r.status !== 'dismissed').map((r) => entryOf(v.order.id, r, side)),
    conflicts: v.conflicts.map((x) => x.message),
  }));
  const notices = [NOT_LEGAL_ADVICE];
  if (d.caption.inPrison) notices.push(PRISON_MAILBOX_RULE);
  return { today: d.today, caseName: shortCaseName(d.caption), caseLine: footerCase(d.caption), groups, notices };
}

export function buildChecklist(d: ChecklistData): Draft {
  const view = checklistView(d);
  const c = d.caption;
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: 'What the court asks, and by when' },
    { type: 'paragraph', text: `${view.caseName}${c.caseNumber ? `, Case No. ${c.caseNumber}` : ''}. Made on ${shortDate(d.today)}. Tick each box when it is done.` },
    { type: 'paragraph', text: NOT_LEGAL_ADVICE },
  ];
  if (view.groups.length === 0) blocks.push({ type: 'paragraph', text: 'No court orders are in this case file yet. Add one on the Orders screen.' });
  for (const g of view.groups) {
    blocks.push({ type: 'heading', level: 2, text: `${g.title}${g.signedDate ? ` (signed ${shortDate(g.signedDate)})` : ''}` });
    const items: ChecklistItem[] = g.entries.map((e) => {
      const detail = [e.explanation, ...e.items].filter(Boolean).join(' ');
      return {
        text: `${e.summary}${e.done ? ' (done)' : ''}`,
        ...(detail && { detail }),
        ...(e.dueText && { due: e.dueText }),
        who: e.who,
      };
    });
    if (items.length > 0) blocks.push({ type: 'checklist', items });
    else blocks.push({ type: 'paragraph', text: 'The app found nothing this order asks. Read the order itself to be sure.' });
    if (g.conflicts.length > 0) blocks.push({ type: 'list', ordered: false, items: g.conflicts.map((m) => `Two dates for one thing: ${m}`) });
  }
  if (c.inPrison) {
    blocks.push({ type: 'heading', level: 2, text: 'If you are in prison' });
    blocks.push({ type: 'paragraph', text: PRISON_MAILBOX_RULE });
  }
  blocks.push({ type: 'paragraph', text: NOT_LEGAL_ADVICE_SHORT });
  return {
    model: {
      kind: 'checklist',
      blocks,
      footer: `Checklist \u2014 ${footerCase(c)} \u2014 ${NOT_LEGAL_ADVICE_SHORT}`,
      ...(c.isDemo && { draftWatermark: demoWatermark(c) }),
      title: `Checklist \u2014 ${footerCase(c)}`,
      createdAt: d.now,
    },
    parts: [],
    warnings: view.groups.length === 0 ? ['No court orders are in this case file yet, so the checklist is empty.'] : [],
  };
}
