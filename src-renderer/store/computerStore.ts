import { create } from 'zustand';
import { invoke } from '../api/client';
import type { ComputerFootprint } from '../../src-main/core/api/contract';
import { useCase } from './caseStore';
import { useDrafts } from './draftStore';
import { useLeave } from './forgetCase';

export interface LeaveChoices {
  removeBackupsHere: boolean;
  removeSavedPapers: boolean;
}

interface ComputerState {
  /** What the app has left on this computer: backups in its folder, papers saved while it was open. */
  footprint: ComputerFootprint | null;
  busy: boolean;
  message: string | null;
  loadFootprint: () => Promise<void>;
  /** "Leave this computer": save, close, clear what the person chose; the screen then shows what was removed. */
  leave: (choices: LeaveChoices) => Promise<void>;
}

export const useComputer = create<ComputerState>((set, get) => ({
  footprint: null,
  busy: false,
  message: null,

  loadFootprint: async () => {
    set({ message: null });
    const r = await invoke('computer.footprint', {});
    if (r.ok) set({ footprint: r.value });
  },

  leave: async (choices) => {
    if (get().busy) return;
    set({ busy: true, message: null });
    await useCase.getState().flush(); // anything still being typed is saved first
    const r = await invoke('computer.leave', choices);
    set({ busy: false });
    if (!r.ok) return set({ message: r.error.message });
    useDrafts.getState().forgetAll();
    set({ footprint: null });
    useLeave.getState().left(r.value);
  },
}));
