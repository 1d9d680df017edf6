import { create } from 'zustand';
import { invoke, onOtherCaseOpen, showingCase } from '../api/client';
import type { ApiError, Caption, CaptionPatch, CaseSnapshot } from '../../src-main/core/api/contract';

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'saving' } | { kind: 'pending' } | { kind: 'failed'; message: string };

interface CaseState {
  current: CaseSnapshot | null;
  /** What the form shows: the saved caption plus edits not yet written. */
  draft: Caption | null;
  save: SaveState;
  error: ApiError | null;
  /** Set when the app refused a call because another tab or window changed the open case. */
  elsewhere: ApiError | null;
  setCurrent: (snapshot: CaseSnapshot | null) => void;
  /** After a reload: show the case the shell still has open, if any; true when there was one. */
  pickUpOpenCase: () => Promise<boolean>;
  /** Open this window's case again after another window changed it; typed edits are kept and saved. */
  reopen: () => Promise<ApiError | null>;
  editCaption: (patch: CaptionPatch) => void;
  flush: () => Promise<void>;
  clearError: () => void;
}

const SAVE_DELAY_MS = 400;
let timer: ReturnType<typeof setTimeout> | undefined;
let pending: CaptionPatch = {};

function mergePatch(a: CaptionPatch, b: CaptionPatch): CaptionPatch {
  return { ...a, ...b, ...(a.counsel || b.counsel ? { counsel: { ...a.counsel, ...b.counsel } } : {}) };
}

export const useCase = create<CaseState>((set, get) => ({
  current: null,
  draft: null,
  save: { kind: 'saved', at: null },
  error: null,
  elsewhere: null,

  setCurrent: (snapshot) => {
    pending = {};
    clearTimeout(timer);
    showingCase(snapshot?.caseId ?? null);
    set({ current: snapshot, draft: snapshot?.caption ?? null, save: { kind: 'saved', at: snapshot?.savedAt ?? null }, elsewhere: null });
  },

  pickUpOpenCase: async () => {
    const r = await invoke('case.current', {});
    if (!r.ok || !r.value) return false;
    get().setCurrent(r.value);
    return true;
  },

  reopen: async () => {
    const shown = get().current;
    if (!shown) return null;
    const r = await invoke('case.open', { path: shown.path });
    if (!r.ok) return r.error;
    showingCase(r.value.caseId);
    // What the person typed and the app could not save yet stays on screen and is saved now.
    set((s) => ({ current: r.value, draft: s.draft ? { ...r.value.caption, ...pending, counsel: { ...r.value.caption.counsel, ...pending.counsel } } : r.value.caption, elsewhere: null }));
    await get().flush();
    return null;
  },

  editCaption: (patch) => {
    const draft = get().draft;
    if (!draft) return;
    pending = mergePatch(pending, patch);
    const touched = Object.keys(patch);
    set({
      draft: { ...draft, ...patch, counsel: { ...draft.counsel, ...(patch.counsel ?? {}) }, fromOrder: patch.fromOrder ?? draft.fromOrder.filter((f) => !touched.includes(f)) },
      save: { kind: 'pending' },
    });
    clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), SAVE_DELAY_MS);
  },

  flush: async () => {
    clearTimeout(timer);
    if (Object.keys(pending).length === 0) return;
    const patch = pending;
    pending = {};
    set({ save: { kind: 'saving' } });
    const result = await invoke('case.updateCaption', { patch });
    if (result.ok) {
      // Only say "Saved" when nothing newer is waiting: the status must never claim more than is true.
      const more = Object.keys(pending).length > 0;
      set((s) => ({ current: s.current ? { ...s.current, caption: result.value.caption, savedAt: result.value.savedAt } : s.current, save: more ? { kind: 'pending' } : { kind: 'saved', at: result.value.savedAt } }));
    } else {
      pending = mergePatch(patch, pending);
      set({ save: { kind: 'failed', message: result.error.message } });
    }
  },

  clearError: () => set({ error: null }),
}));

onOtherCaseOpen((error) => useCase.setState({ elsewhere: error }));
