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
  go: (screen: Screen) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  screen: 'welcome',
  go: (screen) => set({ screen }),
}));
