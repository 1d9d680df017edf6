import { create } from 'zustand';

/**
 * What a person has typed into a form and not saved yet, per case file and per form. Kept in this
 * window's session storage, so going to another screen, going back or reloading loses nothing; it
 * goes away when the form is saved or cancelled, or when this window or tab is closed.
 */
const STORAGE_KEY = 'casefile.drafts';

type Drafts = Record<string, unknown>;

const keyOf = (casePath: string, form: string) => `${casePath}\n${form}`;

function readStored(): Drafts {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Drafts) : {};
  } catch {
    return {};
  }
}

function store(drafts: Drafts): void {
  try {
    if (Object.keys(drafts).length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(drafts));
  } catch {
    // Storage full or turned off: the draft still lives in memory while the window is open.
  }
}

interface DraftState {
  drafts: Drafts;
  /** Keep a form's unsaved input; null forgets it (saved or cancelled). */
  keep: (casePath: string, form: string, value: unknown) => void;
  /** Leaving a shared computer: nothing typed may stay behind in this window. */
  forgetAll: () => void;
}

export const useDrafts = create<DraftState>((set) => ({
  drafts: readStored(),
  keep: (casePath, form, value) =>
    set((s) => {
      const drafts = { ...s.drafts };
      if (value === null) delete drafts[keyOf(casePath, form)];
      else drafts[keyOf(casePath, form)] = value;
      store(drafts);
      return { drafts };
    }),
  forgetAll: () => {
    store({});
    set({ drafts: {} });
  },
}));

/** The kept input of one form, or null. The caller checks its shape: storage is not trusted. */
export const draftOf = (drafts: Drafts, casePath: string, form: string): unknown => drafts[keyOf(casePath, form)] ?? null;

/** Forms of this case with unsaved input. */
export const unsavedForms = (drafts: Drafts, casePath: string): string[] =>
  Object.keys(drafts)
    .filter((k) => k.startsWith(`${casePath}\n`))
    .map((k) => k.slice(casePath.length + 1));
