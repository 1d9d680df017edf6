import { create } from 'zustand';

interface OrderSelection {
  /** The order open on the Orders screen; null shows the list. */
  orderId: number | null;
  /** A requirement to scroll to once the order shows. */
  focusRequirement: string | null;
  show: (orderId: number | null, requirementId?: string | null) => void;
}

export const useOrderSelection = create<OrderSelection>((set) => ({
  orderId: null,
  focusRequirement: null,
  show: (orderId, requirementId = null) => set({ orderId, focusRequirement: requirementId }),
}));
