import { create } from 'zustand';
import { invoke } from '../api/client';
import type { BackupInfo, FolderListing, RecentFile } from '../../src-main/core/api/contract';
import { enterCase } from './enterCase';
import { usePractice } from './practiceStore';

/** A case file that would not open because it is damaged, and the newest good backup of it if any. */
export interface DamagedFile {
  path: string;
  backup: BackupInfo | null;
}

interface WelcomeState {
  recent: RecentFile[];
  listing: FolderListing | null;
  // Each message shows next to the button that caused it, where the person is looking.
  createMessage: string | null;
  openMessage: string | null;
  busy: boolean;
  damaged: DamagedFile | null;
  /** "Remember this file on this computer": off until the person ticks it (shared computers). */
  remember: boolean;
  setRemember: (remember: boolean) => void;
  /** The start screen opens fresh: recent files, the home folder, no old messages. */
  load: () => Promise<void>;
  browse: (folder?: string) => Promise<void>;
  create: (path: string) => Promise<void>;
  open: (path: string) => Promise<void>;
  restoreDamaged: (casePath: string, backupPath: string) => Promise<void>;
}

/** Where the app would save a new case file; null when it cannot say. */
export async function suggestPath(name?: string): Promise<string | null> {
  const r = await invoke('files.suggestPath', name === undefined ? {} : { name });
  return r.ok ? r.value.path : null;
}

export const useWelcome = create<WelcomeState>((set, get) => ({
  recent: [],
  listing: null,
  createMessage: null,
  openMessage: null,
  busy: false,
  damaged: null,
  remember: false,
  setRemember: (remember) => set({ remember }),

  load: async () => {
    set({ createMessage: null, openMessage: null, busy: false, damaged: null, remember: false });
    usePractice.setState({ busy: false, message: null });
    const [recent] = await Promise.all([invoke('recent.list', {}), get().browse()]);
    if (recent.ok) set({ recent: recent.value });
  },

  browse: async (folder) => {
    const r = await invoke('files.list', folder ? { folder } : {});
    if (r.ok) set({ listing: r.value });
  },

  create: async (path) => {
    if (get().busy) return;
    set({ busy: true, createMessage: null });
    const r = await invoke('case.create', { path, remember: get().remember });
    if (!r.ok) return set({ busy: false, createMessage: r.error.message });
    await enterCase(r.value, 'caption');
    set({ busy: false });
  },

  open: async (path) => {
    if (get().busy) return;
    set({ busy: true, openMessage: null });
    const r = await invoke('case.open', { path, remember: get().remember });
    if (r.ok) {
      await enterCase(r.value, 'next');
      return set({ busy: false, damaged: null });
    }
    set({ busy: false, damaged: null, openMessage: r.error.message });
    if (r.error.code === 'damaged-file') {
      const list = await invoke('backups.list', { casePath: path });
      set({ damaged: { path, backup: list.ok ? (list.value.backups.find((b) => b.good) ?? null) : null } });
    }
  },

  restoreDamaged: async (casePath, backupPath) => {
    const r = await invoke('backups.restoreDamaged', { casePath, backupPath });
    if (!r.ok) return set({ openMessage: r.error.message });
    set({ damaged: null, openMessage: null });
    await enterCase(r.value, 'next');
  },
}));
