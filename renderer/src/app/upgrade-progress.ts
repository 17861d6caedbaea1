import type { UpgradeProgress } from '../db';

// The boot screen reads the latest progress of the one database this window opens; a module-level
// store, because the upgrade runs inside `db.open()` before any React tree holds the database.
let latest: UpgradeProgress | null = null;
const listeners = new Set<() => void>();

/** Records how far the database upgrade has come; passed to createDatabase as `onUpgrade`. */
export function reportUpgradeProgress(progress: UpgradeProgress): void {
  latest = progress;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: subscribes to upgrade progress. */
export function subscribeUpgradeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For useSyncExternalStore: the latest progress, or null while no long upgrade runs. */
export function upgradeProgressSnapshot(): UpgradeProgress | null {
  return latest;
}
