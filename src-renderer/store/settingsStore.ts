import { create } from 'zustand';
import { invoke } from '../api/client';

const STEPS = [0.9, 1, 1.15, 1.3, 1.5, 1.75, 2];
export const SMALLEST = STEPS[0];
export const BIGGEST = STEPS[STEPS.length - 1];

function apply(size: number) {
  document.documentElement.style.setProperty('--text-scale', String(size));
}

interface SettingsState {
  /** How big the words are, remembered on this computer (1 is the usual size). */
  textSize: number;
  load: () => Promise<void>;
  /** One step smaller (-1) or bigger (1). */
  changeTextSize: (dir: -1 | 1) => void;
}

export const useSettings = create<SettingsState>((set, get) => ({
  textSize: 1,
  load: async () => {
    const r = await invoke('settings.get', {});
    if (!r.ok) return;
    set({ textSize: r.value.textSize });
    apply(r.value.textSize);
  },
  changeTextSize: (dir) => {
    const size = get().textSize;
    const i = STEPS.findIndex((s) => s >= size - 0.001);
    const next = STEPS[Math.min(STEPS.length - 1, Math.max(0, (i < 0 ? 1 : i) + dir))];
    set({ textSize: next });
    apply(next);
    void invoke('settings.setTextSize', { textSize: next });
  },
}));
