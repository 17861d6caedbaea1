import { WATCHED_TABLES, type TableCounts } from '@shared/backup/sentinel';
import { isSnapshotDue, lastKnownBackupAt } from '@shared/backup/snapshots';
import type { SnapshotInfo } from '@shared/ipc/contract';
import type { Repos } from '../../db';
import { reportError } from '../../db/errors';
import type { Platform } from '../../platform/types';
import { takeVerifiedSnapshot } from './backup-files';
import { recordBackup, recordDatabase } from './sentinel-sync';

/** What the 备份与恢复 section shows of the automatic backups. */
export interface AutoBackupState {
  /** Newest first; null until first listed. */
  snapshots: SnapshotInfo[] | null;
  saving: boolean;
  /** Why the last attempt failed (a full disk, a missing folder), until one succeeds. */
  error: string | null;
  /** The last successful backup as this desk recorded it (never a time after the check); null if none. */
  lastBackupAt: number | null;
  /** The newest change to the data, as of the last check. */
  lastChangeAt: number | null;
  /** When the state was last brought up to date (a check or a save): readers never judge it earlier. */
  checkedAt: number | null;
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
 * the data changed and the interval passed, and `takeNow` for restores, saved files and the section's button.
 * Kept outside React so the timer survives screen changes; components read it through subscribe.
 */
export function createAutoBackup(deps: { repos: Repos; platform: Platform; now: () => number }) {
  const { repos, platform, now } = deps;
  let state: AutoBackupState = {
    snapshots: null,
    saving: false,
    error: null,
    lastBackupAt: null,
    lastChangeAt: null,
    checkedAt: null,
  };
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

  /**
   * Saves a snapshot now (one at a time); resolves null when it failed (the state says why). A copy
   * already being written is joined, unless `fresh`: a file staff save, or the copy kept before a restore,
   * must hold the data as it is now, and a copy started earlier may have read the tables before the last
   * change (a restore would then lose it for good).
   */
  const takeNow = (fresh = false): Promise<SnapshotInfo | null> => {
    // Once the earlier copy is done, one started since this call (by anyone) is fresh enough to join.
    if (fresh && pending) return pending.then(() => takeNow());
    pending ??= (async () => {
      set({ saving: true });
      try {
        const info = await platform.getAppInfo();
        const { saved, counts: rows } = await takeVerifiedSnapshot({ repos, platform, at: now() });
        set({ error: null, lastBackupAt: saved.at, checkedAt: now() });
        const counts = Object.fromEntries(WATCHED_TABLES.map((t) => [t, rows[t] ?? 0])) as TableCounts;
        // The copy exists whether or not the sentinel could be written; the next check tries again.
        await recordBackup(repos, platform, saved, { appVersion: info.version, counts }, now()).catch(
          () => null,
        );
        await refresh();
        return saved;
      } catch (error) {
        set({ error: reportError(error) });
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
      const [snapshots, lastChangeAt, sentinel] = await Promise.all([
        refresh(),
        repos.audit.latestAt(),
        platform.readSentinel().catch(() => null),
      ]);
      const at = now();
      // The desk's own record first: a file dated in the future (a clock once a year ahead) counts as
      // unknown, so it can never stop the next backup.
      const lastSnapshotAt = lastKnownBackupAt({
        recordedAt: sentinel?.lastBackupAt ?? null,
        snapshotTimes: snapshots.map((s) => s.at),
        now: at,
      });
      set({ lastBackupAt: lastSnapshotAt, lastChangeAt, checkedAt: at });
      const due = isSnapshotDue({ lastSnapshotAt, lastChangeAt, now: at });
      const busyDesk = at - lastInputAt < QUIET_FOR_MS;
      const overdue = lastSnapshotAt === null || at - lastSnapshotAt >= MAX_DEFER_MS;
      if (due && (!busyDesk || overdue)) await takeNow();
      else await recordDatabase(repos, platform, at).catch(() => null);
    } catch (error) {
      set({ error: reportError(error) });
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
