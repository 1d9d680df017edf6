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
  /** Where the keyboard lands on the new screen (an element id); null means the screen's main part. */
  focusOn: string | null;
  /** Counts every screen shown, so going to a part of the screen already shown still moves the keyboard there. */
  visit: number;
  /** Show a case screen once the deadlines are read again (the start screen at once). */
  go: (screen: Screen, focusOn?: string) => void;
  /** Show a screen at once: the caller has just read the deadlines (a case being opened). */
  showNow: (screen: Screen) => void;
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
  focusOn: null,
  visit: 0,
  go: (screen, focusOn) => {
    const asked = ++lastAsked;
    const show = () => {
      if (asked === lastAsked) set((s) => ({ screen, focusOn: focusOn ?? null, visit: s.visit + 1 }));
    };
    if (screen === 'welcome') return show();
    void refreshDeadlines().then(show, show);
  },
  showNow: (screen) => {
    ++lastAsked;
    set((s) => ({ screen, focusOn: null, visit: s.visit + 1 }));
  },
}));
