import { create } from 'zustand';
import { refreshDeadlines } from './deadlineStore';

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
  /** Show a case screen once the deadlines are read again (the start screen at once). */
  go: (screen: Screen) => void;
}

// Only the last screen asked for is shown, whatever order the answers come back in.
let lastAsked = 0;

/**
 * The deadline banner sits above every case screen. Read on each change of screen, it is read
 * before the new screen shows: read after, a changed banner would push the new screen (and the
 * side list) down or up a moment after it showed, under the person's pointer.
 */
export const useNavigation = create<NavigationState>((set) => ({
  screen: 'welcome',
  go: (screen) => {
    const asked = ++lastAsked;
    const show = () => {
      if (asked === lastAsked) set({ screen });
    };
    if (screen === 'welcome') return show();
    void refreshDeadlines().then(show, show);
  },
}));
