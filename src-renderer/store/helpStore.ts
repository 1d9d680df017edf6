import { create } from 'zustand';
import { invoke } from '../api/client';
import type { GlossaryEntry, HelpTexts } from '../../src-main/core/api/contract';

interface HelpState {
  /** The court words the app explains; the same for every case, so read once. */
  glossary: readonly GlossaryEntry[] | null;
  texts: HelpTexts | null;
  /** "Leaving a shared computer?" was pressed: Help puts the keyboard on those steps once they show. */
  toLeaving: boolean;
  showLeaving: (on: boolean) => void;
  loadGlossary: () => Promise<void>;
  loadTexts: () => Promise<void>;
}

export const useHelp = create<HelpState>((set, get) => ({
  glossary: null,
  texts: null,
  toLeaving: false,
  showLeaving: (on) => set({ toLeaving: on }),
  loadGlossary: async () => {
    if (get().glossary) return;
    const r = await invoke('help.glossary', {});
    if (r.ok) set({ glossary: r.value });
  },
  loadTexts: async () => {
    if (get().texts) return;
    const r = await invoke('help.texts', {});
    if (r.ok) set({ texts: r.value });
  },
}));
