import { isSnapshotDue } from '@shared/backup/snapshots';
import type { SnapshotInfo } from '@shared/ipc/contract';
import type { Repos } from '../../db';
import type { Platform } from '../../platform/types';

/** What the 备份与恢复 section shows of the automatic backups. */
export interface AutoBackupState {
  /** Newest first; null until first listed. */
  snapshots: SnapshotInfo[] | null;
  saving: boolean;
  /** Why the last attempt failed (a full disk, a missing folder), until one succeeds. */
  error: string | null;
}

/** How often the desk looks for changes; a snapshot is only taken when one is due (see isSnapshotDue). */
export const CHECK_EVERY_MS = 5 * 60_000;
/**
 * A big desk's copy holds the page for a moment (`npm run bench`: 0.4 s at 20,000 volunteers), so a due
 * copy waits until nobody has typed or clicked for this long...
 */
export const QUIET_FOR_MS = 60_000;
/** ...unless the last copy is this old: then it is taken anyway. */
export const MAX_DEFER_MS = 2 * 3_600_000;

/**
 * Automatic backups for one open desk: a check soon after start and every few minutes, a snapshot when
 * the data changed and the interval passed, and `takeNow` for restores and the section's button.
 * Kept outside React so the timer survives screen changes; components read it through subscribe.
 */
export function createAutoBackup(deps: { repos: Repos; platform: Platform; now: () => number }) {
  const { repos, platform, now } = deps;
  let state: AutoBackupState = { snapshots: null, saving: false, error: null };
  const listeners = new Set<() => void>();
  const set = (next: Partial<AutoBackupState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  let pending: Promise<SnapshotInfo | null> | null = null;

  const refresh = async (): Promise<SnapshotInfo[]> => {
    const snapshots = await platform.listSnapshots();
    set({ snapshots });
    return snapshots;
  };

  /** Saves a snapshot now (one at a time); resolves null when it failed (the state says why). */
  const takeNow = (): Promise<SnapshotInfo | null> => {
    pending ??= (async () => {
      set({ saving: true });
      try {
        const info = await platform.getAppInfo();
        const backup = await repos.backup.exportAll(info.version);
        const saved = await platform.saveSnapshot({ content: JSON.stringify(backup), at: backup.exportedAt });
        set({ error: null });
        await refresh();
        return saved;
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
        return null;
      } finally {
        set({ saving: false });
        pending = null;
      }
    })();
    return pending;
  };

  let lastInputAt = 0;
  const check = async (): Promise<void> => {
    try {
      const [snapshots, lastChangeAt] = await Promise.all([refresh(), repos.audit.latestAt()]);
      const lastSnapshotAt = snapshots[0]?.at ?? null;
      const due = isSnapshotDue({ lastSnapshotAt, lastChangeAt, now: now() });
      const busyDesk = now() - lastInputAt < QUIET_FOR_MS;
      const overdue = lastSnapshotAt === null || now() - lastSnapshotAt >= MAX_DEFER_MS;
      if (due && (!busyDesk || overdue)) await takeNow();
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    getState: () => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    takeNow,
    check,
    /** Records that staff are using the desk now (keys, clicks), so a due copy waits for a pause. */
    noteInput(): void {
      lastInputAt = now();
    },
    /** Starts the checks; returns the function that stops them. */
    start(): () => void {
      const onInput = () => {
        lastInputAt = now();
      };
      window.addEventListener('keydown', onInput, true);
      window.addEventListener('pointerdown', onInput, true);
      // Soon after start, so a desk that has never been copied gets its first copy at once.
      const first = window.setTimeout(() => void check(), 3_000);
      const every = window.setInterval(() => void check(), CHECK_EVERY_MS);
      return () => {
        window.removeEventListener('keydown', onInput, true);
        window.removeEventListener('pointerdown', onInput, true);
        window.clearTimeout(first);
        window.clearInterval(every);
      };
    },
  };
}

export type AutoBackup = ReturnType<typeof createAutoBackup>;
