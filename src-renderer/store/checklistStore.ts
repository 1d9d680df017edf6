import { create } from 'zustand';
import { invoke } from '../api/client';
import { downloadFile } from '../screens/papers/download';
import type { ChecklistView } from '../screens/papers/paperTypes';

interface ChecklistState {
  view: ChecklistView | null;
  error: string | null;
  status: string;
  busy: boolean;
  /** The screen opens fresh: no old list, no old message. */
  open: () => void;
  load: () => Promise<void>;
  tick: (orderId: number, requirementId: string, done: boolean) => Promise<void>;
  savePdf: () => Promise<void>;
  saveCalendar: () => Promise<void>;
}

export const useChecklist = create<ChecklistState>((set, get) => ({
  view: null,
  error: null,
  status: '',
  busy: false,

  open: () => {
    set({ view: null, error: null, status: '', busy: false });
    void get().load();
  },

  load: async () => {
    const r = await invoke('papers.checklist', {});
    if (r.ok) set({ view: r.value });
    else set({ error: r.error.message });
  },

  tick: async (orderId, requirementId, done) => {
    // Show the tick at once; the saved state comes back from the case file just after.
    set(({ view: v }) => ({
      view: v && { ...v, groups: v.groups.map((g) => (g.orderId !== orderId ? g : { ...g, entries: g.entries.map((e) => (e.requirementId === requirementId ? { ...e, done } : e)) })) },
    }));
    const r = await invoke('orders.setRequirement', { orderId, requirementId, status: done ? 'done' : 'confirmed' });
    if (!r.ok) {
      set({ error: r.error.message });
      return get().load();
    }
    set({ error: null, status: done ? 'Marked done.' : 'Marked not done.' });
    await get().load();
  },

  savePdf: async () => {
    if (get().busy) return;
    set({ busy: true });
    const r = await invoke('papers.export', { paper: 'checklist', format: 'pdf' });
    set({ busy: false });
    if (!r.ok) return set({ error: r.error.message });
    downloadFile(r.value);
    set({ status: [`Saved ${r.value.fileName}. Look for it in your Downloads folder.`, ...r.value.warnings].join(' ') });
  },

  saveCalendar: async () => {
    if (get().busy) return;
    set({ busy: true });
    const r = await invoke('papers.exportCalendar', {});
    set({ busy: false });
    if (!r.ok) return set({ error: r.error.message });
    if (r.value.events === 0) return set({ status: 'No requirement has a date yet, so there is nothing to add to a calendar.' });
    downloadFile(r.value);
    set({ status: `Saved ${r.value.fileName} with ${r.value.events} dates. Open it on your phone or computer to add them to your calendar. Each has a reminder 3 days before.` });
  },
}));
