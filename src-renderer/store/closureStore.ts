import { create } from 'zustand';
import { invoke, type Result } from '../api/client';

export type Closure = { date: string; name: string };

// The API needs a reason; most people will not know one, and that must not stop them.
export const NO_REASON = 'court closed';

interface ClosureState {
  closures: Closure[];
  error: string | null;
  load: () => Promise<void>;
  /** True when the day was added (the form may then be emptied). */
  add: (date: string, reason: string) => Promise<boolean>;
  remove: (date: string) => Promise<boolean>;
}

export const useClosures = create<ClosureState>((set) => {
  const saved = (r: Result<Closure[]>) => {
    if (!r.ok) {
      set({ error: r.error.message });
      return false;
    }
    set({ error: null, closures: r.value });
    return true;
  };
  return {
    closures: [],
    error: null,
    load: async () => {
      set({ error: null });
      const r = await invoke('closures.list', {});
      if (r.ok) set({ closures: r.value });
    },
    add: async (date, reason) => {
      if (!date) {
        set({ error: 'Please enter the date the court was closed.' });
        return false;
      }
      return saved(await invoke('closures.add', { date, name: reason.trim() || NO_REASON }));
    },
    remove: async (date) => saved(await invoke('closures.remove', { date })),
  };
});
