import { create } from 'zustand';
import { invoke } from '../api/client';
import type { OrderSummary, RemovedOrder } from '../../src-main/core/api/contract';
import type { OrderSourceDraft } from '../screens/orders/AddOrderForm';
import type { ServiceMethodAnswer } from '../screens/orders/ServiceMethodField';
import { useOrderSelection } from './orderStore';

export interface ServedAnswer {
  date: string;
  method: ServiceMethodAnswer;
}

/** A paper in which the app found nothing: asked about before it is kept. */
export interface NothingFound {
  source: OrderSourceDraft;
  served: ServedAnswer;
}

interface OrderListState {
  orders: OrderSummary[] | null;
  removed: RemovedOrder[];
  message: string | null;
  nothingFound: NothingFound | null;
  busy: boolean;
  /** The list opens fresh, as the case file has it now. */
  open: () => Promise<void>;
  /** Read and keep an order; a paper with nothing in it is kept only when keepIfNothingFound says so. */
  add: (source: OrderSourceDraft, served: ServedAnswer, keepIfNothingFound: boolean) => Promise<void>;
  /** "Do not add it": the paper with nothing found is dropped. */
  dropNothingFound: () => void;
}

export const useOrderList = create<OrderListState>((set) => ({
  orders: null,
  removed: [],
  message: null,
  nothingFound: null,
  busy: false,

  open: async () => {
    set({ orders: null, removed: [], message: null, nothingFound: null, busy: false });
    const [list, removed] = await Promise.all([invoke('orders.list', {}), invoke('orders.removed', {})]);
    if (list.ok) set({ orders: list.value });
    else set({ message: list.error.message });
    if (removed.ok) set({ removed: removed.value });
  },

  add: async (source, served, keepIfNothingFound) => {
    set({ busy: true, message: null, nothingFound: null });
    const r = await invoke('orders.add', { source, ...(served.date ? { servedDate: served.date } : {}), serviceMethod: served.method, ...(keepIfNothingFound && { keepIfNothingFound }) });
    set({ busy: false });
    if (!r.ok) {
      if (r.error.field === 'keepIfNothingFound') set({ nothingFound: { source, served } });
      return set({ message: r.error.message });
    }
    useOrderSelection.getState().show(r.value.order.id);
  },

  dropNothingFound: () => set({ nothingFound: null, message: null }),
}));
