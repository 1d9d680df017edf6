import { create, type StoreApi } from 'zustand';
import { invoke, type Result } from '../api/client';
import { localNow } from '../format';
import { downloadFile } from '../screens/papers/download';
import type { PaperPreview } from '../screens/papers/paperTypes';
import { useCase } from './caseStore';

/** The papers shown on the Papers screen, each drafted from the case file. */
export type Paper = 'joint-statement' | 'letter' | 'contact-log';
export type PaperFormat = 'pdf' | 'docx' | 'txt';
export interface PaperSettingsPatch {
  pleadingPaper?: boolean;
  serviceDate?: string;
}

interface PaperState {
  paper: Paper;
  preview: PaperPreview | null;
  error: string | null;
  status: string;
  busy: boolean;
  /** Show a paper from the start: no old draft, no old message. */
  choose: (paper: Paper) => void;
  load: () => Promise<void>;
  /** Keep the person's words for one part; true when they were saved. */
  savePart: (partId: string, text: string) => Promise<boolean>;
  resetPart: (partId: string) => Promise<boolean>;
  saveAs: (format: PaperFormat) => Promise<void>;
  setSettings: (patch: PaperSettingsPatch) => Promise<void>;
  letterSent: () => Promise<void>;
}

/** The preview with new settings, before the paper is drafted again. */
function withSettings(p: PaperPreview, patch: PaperSettingsPatch): PaperPreview {
  return { ...p, settings: { ...p.settings, ...patch }, model: { ...p.model, ...(patch.pleadingPaper !== undefined && { pleadingPaper: patch.pleadingPaper }) } };
}

/** The contact log report is made from the log; it has no words of the person's own to keep. */
const editable = (paper: Paper): paper is Exclude<Paper, 'contact-log'> => paper !== 'contact-log';

type SetPapers = StoreApi<PaperState>['setState'];
type GetPapers = StoreApi<PaperState>['getState'];

/** The person's own words for one part of the paper: keep them, or go back to the app's words. */
function wordsActions(set: SetPapers, get: GetPapers): Pick<PaperState, 'savePart' | 'resetPart'> {
  /** The paper as saved after a change to its words; false (and the problem shown) when it was not saved. */
  const kept = (r: Result<PaperPreview>, status: string) => {
    if (!r.ok) {
      set({ error: r.error.message });
      return false;
    }
    set({ preview: r.value, error: null, status });
    return true;
  };

  return {
    savePart: async (partId, text) => {
      const paper = get().paper;
      if (!editable(paper)) return false;
      return kept(await invoke('papers.edit', { paper, partId, text }), 'Saved your words. They are kept in your case file.');
    },

    resetPart: async (partId) => {
      const paper = get().paper;
      if (!editable(paper)) return false;
      return kept(await invoke('papers.resetPart', { paper, partId }), "Back to the app's words for that part.");
    },
  };
}

/** What the paper leads to outside the screen: a file in Downloads, a letter noted in the contact log. */
function sendingActions(set: SetPapers, get: GetPapers): Pick<PaperState, 'saveAs' | 'letterSent'> {
  return {
    saveAs: async (format) => {
      if (get().busy) return;
      set({ busy: true, status: 'Making the file…' });
      const r = await invoke('papers.export', { paper: get().paper, format });
      set({ busy: false });
      if (!r.ok) {
        set({ status: '', error: r.error.message });
        return;
      }
      downloadFile(r.value);
      // What only this file has to say (a PDF that cannot draw a character says which and where).
      const more = r.value.warnings.filter((w) => !get().preview?.warnings.includes(w));
      set({ error: null, status: [`Saved ${r.value.fileName}. Look for it in your Downloads folder.`, ...more].join(' ') });
    },

    letterSent: async () => {
      if (get().busy) return;
      set({ busy: true });
      const r = await invoke('papers.logLetterSent', { at: localNow() });
      set({ busy: false });
      if (!r.ok) {
        set({ error: r.error.message });
        return;
      }
      set({ status: `Added to your contact log as entry ${r.value.id}: a letter sent today. You can change the date there.` });
      await get().load();
    },
  };
}

export const usePapers = create<PaperState>((set, get) => ({
  paper: 'joint-statement',
  preview: null,
  error: null,
  status: '',
  busy: false,

  choose: (paper) => {
    set({ paper, preview: null, error: null, status: '' });
    void get().load();
  },

  load: async () => {
    // Caption changes still waiting to save belong in the paper.
    await useCase.getState().flush();
    const paper = get().paper;
    const r = await invoke('papers.preview', { paper });
    if (paper !== get().paper) return; // the person picked another paper meanwhile
    if (r.ok) set({ preview: r.value, error: null });
    else set({ error: r.error.message });
  },

  setSettings: async (patch) => {
    // Show the choice at once; the paper is drafted again just after.
    set(({ preview }) => ({ preview: preview && withSettings(preview, patch) }));
    const r = await invoke('papers.setSettings', patch);
    if (!r.ok) {
      set({ error: r.error.message });
      return;
    }
    await get().load();
    set({ status: 'Saved.' });
  },

  ...wordsActions(set, get),
  ...sendingActions(set, get),
}));
