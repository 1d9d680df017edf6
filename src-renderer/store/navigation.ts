import { create } from 'zustand';

export type Screen =
  | 'welcome'
  | 'next'
  | 'caption'
  | 'orders'
  | 'requests'
  | 'log'
  | 'statement'
  | 'checklist'
  | 'backups'
  | 'glossary'
  | 'help';

interface NavigationState {
  screen: Screen;
  /** Where the keyboard lands on the new screen (an element id); null means the screen's main part. */
  focusOn: string | null;
  /** Counts every "go", so going to a part of the screen already shown still moves the keyboard there. */
  visit: number;
  go: (screen: Screen, focusOn?: string) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  screen: 'welcome',
  focusOn: null,
  visit: 0,
  go: (screen, focusOn) => set((s) => ({ screen, focusOn: focusOn ?? null, visit: s.visit + 1 })),
}));
