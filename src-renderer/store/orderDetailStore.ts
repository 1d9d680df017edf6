import { create } from 'zustand';
import { invoke, type Input } from '../api/client';
import type { OrderView } from '../../src-main/core/api/contract';
import { refreshDeadlines } from './deadlineStore';
import { useOrderSelection } from './orderStore';

export type RequirementPatch = Omit<Input<'orders.setRequirement'>, 'orderId' | 'requirementId'>;
export type ServicePatch = Input<'orders.update'>['patch'];
export type NewRequirement = Omit<Input<'orders.addRequirement'>, 'orderId'>;

interface OrderDetailState {
  orderId: number | null;
  view: OrderView | null;
  error: string | null;
  /** A problem saving when or how the order was served, shown under those fields. */
  serviceError: string | null;
  /** Show one order from the start: nothing of the one shown before. */
  open: (orderId: number) => Promise<void>;
  changeRequirement: (requirementId: string, patch: RequirementPatch) => Promise<void>;
  updateService: (patch: ServicePatch) => Promise<void>;
  /** A closure changes every date: count them all again. */
  recount: () => Promise<void>;
  /** The person's own requirement; the answer is the problem to show, or null when it was added. */
  addRequirement: (input: NewRequirement) => Promise<string | null>;
  /** Remove a paper added by mistake, with the reason; the answer is the problem, or null when removed. */
  remove: (reason: string) => Promise<string | null>;
}

// One service change at a time, in the order made: a slow answer must not replace a newer one on screen.
let savingService: Promise<unknown> = Promise.resolve();

export const useOrderDetail = create<OrderDetailState>((set, get) => {
  /** An answer about the order shown now (not one the person has since left). */
  const forShown = (orderId: number) => get().orderId === orderId;
  const shown = (orderId: number, view: OrderView) => {
    if (!forShown(orderId)) return;
    set({ view });
    // The banner and "What's next" show the same dates: they must move now, not on the next visit.
    void refreshDeadlines();
  };

  return {
    orderId: null,
    view: null,
    error: null,
    serviceError: null,

    open: async (orderId) => {
      set({ orderId, view: null, error: null, serviceError: null });
      const r = await invoke('orders.get', { orderId });
      if (!forShown(orderId)) return;
      if (r.ok) set({ view: r.value });
      else set({ error: r.error.message });
    },

    changeRequirement: async (requirementId, patch) => {
      const orderId = get().orderId;
      if (orderId === null) return;
      const r = await invoke('orders.setRequirement', { orderId, requirementId, ...patch });
      if (r.ok) shown(orderId, r.value);
      else set({ error: r.error.message });
    },

    updateService: (patch) => {
      const orderId = get().orderId;
      if (orderId === null) return Promise.resolve();
      const next = savingService.then(async () => {
        const r = await invoke('orders.update', { orderId, patch });
        set({ serviceError: r.ok ? null : r.error.message });
        if (r.ok) shown(orderId, r.value);
      });
      savingService = next;
      return next;
    },

    recount: async () => {
      const orderId = get().orderId;
      if (orderId === null) return;
      const r = await invoke('orders.get', { orderId });
      if (r.ok) shown(orderId, r.value);
      else {
        set({ error: r.error.message });
        void refreshDeadlines();
      }
    },

    addRequirement: async (input) => {
      const orderId = get().orderId;
      if (orderId === null) return null;
      const r = await invoke('orders.addRequirement', { orderId, ...input });
      if (!r.ok) return r.error.message;
      if (forShown(orderId)) set({ view: r.value });
      return null;
    },

    remove: async (reason) => {
      const orderId = get().orderId;
      if (orderId === null) return null;
      const r = await invoke('orders.remove', { orderId, reason });
      if (!r.ok) return r.error.message;
      void refreshDeadlines();
      useOrderSelection.getState().show(null);
      return null;
    },
  };
});
