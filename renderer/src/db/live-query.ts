import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLayoutEffect, useState } from 'react';

/**
 * Re-runs a repository read whenever the tables it read change, and returns its result
 * (undefined while the first read runs). The one bridge between React and Dexie's observation.
 */
export function useLive<T>(
  read: () => Promise<T>,
  deps: readonly unknown[],
  /** A value already read (at boot, say), returned until the first live read is in. */
  initial?: T,
): T | undefined {
  return useLiveQuery(read, [...deps], initial);
}

/**
 * {@link useLive} for reads that follow each key press (search boxes). useLiveQuery starts its read in a
 * passive effect, which React runs after the browser has painted the key press, so the results wait a
 * whole frame before the read even begins (and it runs the read twice, probing for a synchronous value).
 * This starts the read in a layout effect, right after the commit, once. Until the new results arrive
 * it keeps returning the previous ones, so the list does not flash empty between key presses.
 */
export function useLiveNow<T>(
  read: () => Promise<T>,
  deps: readonly unknown[],
  /** A value already read (at boot, say) to show until the live read's first result. */
  initial?: () => T | undefined,
): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown }>(() => ({ value: initial?.() }));
  useLayoutEffect(() => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => setState({ value }),
      error: (error: unknown) => setState({ error }),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the read changes, as with useLive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  // As useLiveQuery does: a failed read reaches the nearest error boundary.
  if (state.error !== undefined) throw state.error;
  return state.value;
}
