import { readCaption } from '../caseInfo/caseInfoRepository.js';
import { courtState } from '../caseOrders/courtState.js';
import {
  addClosure,
  addRequirement,
  getOrder,
  insertOrder,
  listClosures,
  listOrders,
  listRemovedOrders,
  removeClosure,
  removeOrder,
  requirementNotes,
  setAddedRequirementStatus,
  setRequirementNote,
  updateOrder,
} from '../caseOrders/orderRepository.js';
import { readOrderSource } from '../caseOrders/orderSource.js';
import { explainStoredOrder, notesByPassage, orderView, upcomingDeadlines } from '../caseOrders/orderView.js';
import { computeDueDate, computeDueTime } from '../deadlines/index.js';
import { explainOrder } from '../orders/index.js';
import { CaseFileError } from '../result.js';
import type { HandlersFor } from './handlerTypes.js';
import type { orderInputs } from './orderContract.js';

/** Said before keeping a paper in which the app finds nothing asked of anyone. */
export const NOTHING_FOUND =
  'The app found nothing this paper asks anyone to do. It may not be a court order: for example, a letter from the other side\'s lawyer. ' +
  'It was not added. If it is an order from the court, you can keep it anyway.';

/** Court titles come in capitals; people read sentence case more easily. */
function titleOf(orderTitle: string | undefined): string {
  if (!orderTitle) return 'Court order';
  const t = orderTitle.replace(/\s+/g, ' ').trim();
  return t === t.toUpperCase() ? t.charAt(0) + t.slice(1).toLowerCase() : t;
}

export const orderHandlers: HandlersFor<keyof typeof orderInputs> = {
  async 'orders.explainText'(_ctx, input) {
    const { text } = await readOrderSource(input.source);
    return explainOrder(text, {
      ...(input.orderDate ? { orderDate: input.orderDate } : {}),
      ...(input.servedDate ? { servedOn: input.servedDate } : {}),
      ...(input.receivedDate ? { receivedOn: input.receivedDate } : {}),
      serviceMethod: input.serviceMethod || null,
      state: input.state ?? null,
      closures: input.closures ?? [],
    });
  },

  async 'orders.add'(ctx, input) {
    const db = ctx.session.db();
    const source = await readOrderSource(input.source);
    const explained = explainOrder(source.text, {});
    if (explained.requirements.length === 0 && !input.keepIfNothingFound) throw new CaseFileError('bad-order', NOTHING_FOUND, 'keepIfNothingFound');
    const id = insertOrder(db, {
      title: titleOf(explained.caption.orderTitle),
      ecfNumber: explained.caption.motion?.ecf !== undefined ? String(explained.caption.motion.ecf) : '',
      signedDate: explained.caption.orderDate ?? '',
      servedDate: input.servedDate ?? '',
      serviceMethod: input.serviceMethod ?? '',
      originalText: source.text,
      sourceName: source.name,
      sourceSha256: source.sha256,
    });
    return orderView(db, id);
  },

  'orders.list'(ctx) {
    const db = ctx.session.db();
    return listOrders(db).map((o) => {
      const explained = explainStoredOrder(db, o);
      const dates = explained.requirements.map((r) => r.deadline?.dueDate).filter((d): d is string => Boolean(d)).sort();
      return { id: o.id, title: o.title, ecfNumber: o.ecfNumber, signedDate: o.signedDate, servedDate: o.servedDate, serviceMethod: o.serviceMethod, requirementCount: explained.requirements.length, nextDueDate: dates[0] ?? null };
    });
  },

  'orders.remove'(ctx, input) {
    removeOrder(ctx.session.db(), input.orderId, input.reason);
    return { removed: input.orderId };
  },

  'orders.removed'(ctx) {
    return listRemovedOrders(ctx.session.db());
  },

  'orders.get'(ctx, input) {
    return orderView(ctx.session.db(), input.orderId);
  },

  'orders.update'(ctx, input) {
    const db = ctx.session.db();
    updateOrder(db, input.orderId, input.patch);
    return orderView(db, input.orderId);
  },

  'orders.setRequirement'(ctx, input) {
    const db = ctx.session.db();
    const order = getOrder(db, input.orderId);
    const explained = explainStoredOrder(db, order);
    const added = /^added-(\d+)$/.exec(input.requirementId);
    if (added) {
      if (input.status === undefined || input.status === 'new') throw new CaseFileError('bad-input', 'Only the status of a requirement you added can change here.');
      setAddedRequirementStatus(db, Number(added[1]), input.status);
    } else {
      // The note already kept for these words (perhaps under the id an older reader gave) is the one to change.
      const requirements = explained.requirements;
      const quote = requirements.find((r) => r.id === input.requirementId)?.quote;
      const existing = notesByPassage(requirementNotes(db, input.orderId), requirements).get(input.requirementId);
      setRequirementNote(
        db,
        input.orderId,
        existing?.requirementId ?? input.requirementId,
        {
          ...(input.status !== undefined && { status: input.status }),
          ...(input.summary !== undefined && { summary: input.summary }),
          ...(input.dueDate !== undefined && { dueDate: input.dueDate }),
        },
        quote === undefined ? null : { start: quote.start, end: quote.end },
      );
    }
    return orderView(db, input.orderId, undefined, explained);
  },

  'orders.addRequirement'(ctx, input) {
    const db = ctx.session.db();
    addRequirement(db, input.orderId, input);
    return orderView(db, input.orderId);
  },

  'deadlines.upcoming'(ctx) {
    return upcomingDeadlines(ctx.session.db());
  },

  'deadlines.compute'(ctx, input) {
    // Closures given with the question (the command line's --closed) count with the case file's own.
    const closures = [...(input.closures ?? []), ...(ctx.session.isOpen ? listClosures(ctx.session.db()) : [])];
    const state = input.state !== undefined ? input.state : ctx.session.isOpen ? courtState(readCaption(ctx.session.db()).district) : null;
    const r = computeDueDate({
      from: input.from,
      days: input.days,
      direction: input.direction ?? 'after',
      serviceByMail: input.serviceByMail ?? false,
      serviceMethod: input.serviceMethod ?? null,
      state,
      closures,
    });
    if (!r.ok) throw new CaseFileError('bad-input', r.error.message);
    return r.value;
  },

  'deadlines.computeHours'(ctx, input) {
    const closures = [...(input.closures ?? []), ...(ctx.session.isOpen ? listClosures(ctx.session.db()) : [])];
    const r = computeDueTime({ from: input.from, hours: input.hours, timeZone: input.timeZone, closures });
    if (!r.ok) throw new CaseFileError('bad-input', r.error.message);
    return r.value;
  },

  'closures.list'(ctx) {
    return listClosures(ctx.session.db());
  },

  'closures.add'(ctx, input) {
    addClosure(ctx.session.db(), input.date, input.name);
    return listClosures(ctx.session.db());
  },

  'closures.remove'(ctx, input) {
    removeClosure(ctx.session.db(), input.date);
    return listClosures(ctx.session.db());
  },
};
