import { create } from 'zustand';
import { invoke } from '../api/client';
import type { ExplainedOrder } from '../../src-main/core/api/contract';
import type { OrderSourceDraft } from '../screens/orders/AddOrderForm';
import { enterCase } from './enterCase';
import type { ServedAnswer } from './orderListStore';
import { useOrderSelection } from './orderStore';

/** An order read before any case file exists, with what the app found in it. */
export interface ReadOrder {
  source: OrderSourceDraft;
  served: ServedAnswer;
  explained: ExplainedOrder;
}

interface StartOrderState {
  read: ReadOrder | null;
  message: string | null;
  busy: boolean;
  /** The start screen opens with the order form, not an order read earlier. */
  reset: () => void;
  readOrder: (source: OrderSourceDraft, served: ServedAnswer) => Promise<void>;
  startOver: () => void;
  /** Make the case file at `path` from the order's caption, then keep the order in it. */
  create: (path: string) => Promise<void>;
}

/** The caption fields the order gave, marked so the person is asked to check them. */
function captionFrom(explained: ExplainedOrder) {
  const c = explained.caption;
  const caption = {
    ...(c.court ? { court: c.court } : {}),
    ...(c.district ? { district: c.district } : {}),
    ...(c.caseNumber ? { caseNumber: c.caseNumber } : {}),
    ...(c.plaintiffs?.length ? { plaintiffs: c.plaintiffs } : {}),
    ...(c.defendants?.length ? { defendants: c.defendants } : {}),
    ...(c.judge ? { judges: [c.judge.title ? `${c.judge.name}, ${c.judge.title}` : c.judge.name] } : {}),
    ...(c.prisoner.isPrisoner && c.proSe !== 'defendant' ? { inPrison: true, side: 'plaintiff' as const } : {}),
  };
  return { ...caption, fromOrder: Object.keys(caption).filter((k) => k !== 'inPrison' && k !== 'side') };
}

export const useStartOrder = create<StartOrderState>((set, get) => ({
  read: null,
  message: null,
  busy: false,

  reset: () => set({ read: null, message: null, busy: false }),

  readOrder: async (source, served) => {
    set({ busy: true, message: null });
    const r = await invoke('orders.explainText', { source });
    set({ busy: false });
    if (!r.ok) return set({ message: r.error.message });
    set({ read: { source, served, explained: r.value } });
  },

  startOver: () => set({ read: null }),

  create: async (path) => {
    const { read, busy } = get();
    if (!read || busy) return;
    set({ busy: true });
    const created = await invoke('case.create', { path, caption: captionFrom(read.explained) });
    if (!created.ok) return set({ busy: false, message: created.error.message });
    // Nothing found was said above the button, so going on is the person's yes.
    const added = await invoke('orders.add', { source: read.source, ...(read.served.date ? { servedDate: read.served.date } : {}), serviceMethod: read.served.method, keepIfNothingFound: true });
    if (added.ok) {
      useOrderSelection.getState().show(added.value.order.id);
      await enterCase(created.value, 'orders');
    } else {
      set({ message: added.error.message });
      await enterCase(created.value, 'next');
    }
    set({ busy: false });
  },
}));
