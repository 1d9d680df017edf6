import { useEffect, useState } from 'react';

const NOT_YET = Symbol('not loaded yet');

/**
 * True once a screen's first load for `key` (the open case) has finished. Parts that come with the
 * load (a notice, a picker) then appear together with the buttons below them, instead of pushing
 * those buttons down a moment after they showed, under the person's pointer, on a slow computer.
 * `load` must keep its identity between renders (a store action, or a function made once).
 */
export function useLoadedOnce(load: () => Promise<unknown>, key: string): boolean {
  const [loadedFor, setLoadedFor] = useState<string | typeof NOT_YET>(NOT_YET);
  useEffect(() => {
    let live = true;
    void load().finally(() => {
      if (live) setLoadedFor(key);
    });
    return () => {
      live = false;
    };
  }, [load, key]);
  return loadedFor === key;
}
