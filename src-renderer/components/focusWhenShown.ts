/** How long a screen may take to draw the place the keyboard should land on. */
const WAIT_MS = 15_000;

/**
 * Put the keyboard on the element with this id as soon as the screen has drawn it. A screen that
 * loads its words first (Help) draws it later on a slow computer; a fixed short wait missed it.
 * If the person has put the keyboard somewhere else meanwhile, it stays where they put it.
 * Returns a function that stops waiting.
 */
export function focusWhenShown(id: string, scroll: boolean, done: () => void = () => {}): () => void {
  const before = document.activeElement;
  const land = (el: HTMLElement) => {
    if (scroll) el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: scroll });
    done();
  };
  const now = document.getElementById(id);
  if (now) {
    land(now);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const el = document.getElementById(id);
    if (!el) return;
    stop();
    const moved = document.activeElement !== before && document.activeElement !== document.body && document.activeElement !== null;
    if (!moved) land(el);
    else done();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
