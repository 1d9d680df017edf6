import { create } from 'zustand';
import type { UpcomingDeadlines } from '../../src-main/core/api/contract';
import { invoke } from '../api/client';

interface DeadlineState {
  /** Every dated or waiting requirement across the case's orders, nearest first; null before the first read. */
  upcoming: UpcomingDeadlines | null;
  /** Read them again: called on opening a screen and the moment anything that moves a date changes. */
  refresh: () => Promise<void>;
}

/**
 * One copy of the upcoming deadlines for the banner and "What's next", so a change on the order
 * screen (served date, service method, a closure) shows everywhere at once, with no reload.
 */
export const useDeadlines = create<DeadlineState>((set) => ({
  upcoming: null,
  refresh: async () => {
    const r = await invoke('deadlines.upcoming', {});
    set({ upcoming: r.ok ? r.value : null });
  },
}));

export const refreshDeadlines = (): Promise<void> => useDeadlines.getState().refresh();
