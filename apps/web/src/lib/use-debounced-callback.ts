import { useEffect, useMemo, useRef } from 'react';

export interface Debounced<A extends unknown[]> {
  /** Runs the callback once calls have stopped for the delay; each call restarts the wait. */
  schedule: (...args: A) => void;
  /** Drops a call still waiting, e.g. when Enter commits at once. */
  cancel: () => void;
}

/**
 * A search as you type asks once a person pauses, not at every keystroke. The latest callback
 * runs (it may close over newer state than when the call was scheduled); unmounting drops a
 * call still waiting.
 */
export function useDebouncedCallback<A extends unknown[]>(callback: (...args: A) => void, delayMs: number): Debounced<A> {
  const latest = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(
    () => ({
      schedule: (...args: A) => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => latest.current(...args), delayMs);
      },
      cancel: () => clearTimeout(timer.current),
    }),
    [delayMs],
  );
}
