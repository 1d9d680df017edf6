import { create } from 'zustand';
import { invoke } from '../api/client';
import type { BackupListing } from '../../src-main/core/api/contract';
import { useCase } from './caseStore';

export type BackupLocation = 'beside' | 'app-data';

interface BackupState {
  listing: BackupListing | null;
  message: string | null;
  /** The screen opens fresh: this case's backups, no old message. */
  open: () => Promise<void>;
  load: () => Promise<void>;
  makeNow: () => Promise<void>;
  restore: (backupPath: string) => Promise<void>;
  setLocation: (location: BackupLocation) => Promise<void>;
}

export const useBackups = create<BackupState>((set, get) => ({
  listing: null,
  message: null,

  open: async () => {
    set({ listing: null, message: null });
    await get().load();
  },

  load: async () => {
    const r = await invoke('backups.list', {});
    if (r.ok) set({ listing: r.value });
    else set({ message: r.error.message });
  },

  makeNow: async () => {
    const r = await invoke('backups.makeNow', {});
    set({ message: r.ok ? `A backup was made: ${r.value.name}` : r.error.message });
    await get().load();
  },

  restore: async (backupPath) => {
    const r = await invoke('backups.restore', { backupPath });
    if (!r.ok) return set({ message: r.error.message });
    useCase.getState().setCurrent(r.value);
    set({ message: 'The backup is back in place. Your work from just before is kept as a backup too, so nothing was lost.' });
    await get().load();
  },

  setLocation: async (location) => {
    const r = await invoke('backups.setLocation', { location });
    if (r.ok) set({ listing: r.value });
  },
}));
