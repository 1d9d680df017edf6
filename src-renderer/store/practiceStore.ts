import { create } from 'zustand';
import { invoke } from '../api/client';
import { enterCase } from './enterCase';

interface PracticeState {
  busy: boolean;
  message: string | null;
  /** Make the practice case (the demo, dates moved near today) and open it. */
  start: () => Promise<void>;
}

export const usePractice = create<PracticeState>((set, get) => ({
  busy: false,
  message: null,
  start: async () => {
    if (get().busy) return;
    set({ busy: true, message: null });
    const where = await invoke('files.suggestPath', { name: 'Practice case' });
    const r = where.ok ? await invoke('case.createDemo', { path: where.value.path, practice: true }) : where;
    if (!r.ok) return set({ busy: false, message: r.error.message });
    await enterCase(r.value, 'next');
    set({ busy: false });
  },
}));
