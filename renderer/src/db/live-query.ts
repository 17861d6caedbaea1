import { useLiveQuery } from 'dexie-react-hooks';

/**
 * Re-runs a repository read whenever the tables it read change, and returns its result
 * (undefined while the first read runs). The one bridge between React and Dexie's observation.
 */
export function useLive<T>(read: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  return useLiveQuery(read, [...deps]);
}
