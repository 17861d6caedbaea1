import { addDays, dateKey, formatTime, fromDateAndMinutes, isValidDateKey } from '../time/center-time';

/**
 * How often the desk checks whether its data changed and, if so, keeps a copy outside IndexedDB. Trusted
 * local apps do the same (Actual Budget every 15 minutes): a browser engine that resets its storage
 * (full disk, downgrade) must not take the only copy with it.
 */
export const AUTO_BACKUP_INTERVAL_MS = 30 * 60_000;

/** Snapshots kept whatever their age: the most recent ones. */
export const KEEP_RECENT = 10;
/** Besides those, the newest snapshot of each of this many days... */
export const KEEP_DAILY_DAYS = 30;
/** ...and the newest of each of this many months (China time, counting this month). */
export const KEEP_MONTHLY_MONTHS = 12;
/** No successful automatic backup for this long while the data changed: 今日概览 warns. */
export const OVERDUE_AFTER_MS = 2 * 3_600_000;

// `.pdbak`: streamed, encrypted (shared/backup/stream-format); `.json`: whole-JSON copies of older versions.
const NAME = /^自动备份-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.(?:pdbak|json)$/;

/**
 * The file name of an automatic backup taken at `at` (China time, to the second, so it sorts by time).
 *
 * @example
 * snapshotName(Date.UTC(2026, 10, 22, 6, 50, 5)) // => '自动备份-20261122-145005.pdbak'
 */
export function snapshotName(at: number): string {
  const seconds = String(Math.floor((at % 60_000) / 1000)).padStart(2, '0');
  return `自动备份-${dateKey(at).replaceAll('-', '')}-${formatTime(at).replace(':', '')}${seconds}.pdbak`;
}

/**
 * When an automatic backup was taken, read back from its name; null for any other file name (so a
 * folder's stray files, or a crafted name, are never treated as backups).
 *
 * @example
 * snapshotTime('自动备份-20261122-145005.json') // => Date.UTC(2026, 10, 22, 6, 50, 5)
 * snapshotTime('../etc/passwd') // => null
 */
export function snapshotTime(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isValidDateKey(date) || (h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return null;
  return fromDateAndMinutes(date, (h ?? 0) * 60 + (mi ?? 0)) + (s ?? 0) * 1000;
}

/** The first day of the month `monthsBack` months before the one holding `day` (`YYYY-MM-DD`). */
function monthStart(day: string, monthsBack: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Which automatic backups to delete: all but the `KEEP_RECENT` newest, the newest of each of the last
 * `KEEP_DAILY_DAYS` days and the newest of each of the last `KEEP_MONTHLY_MONTHS` months (China time,
 * counting today and this month). Names that are not automatic backups are never returned.
 *
 * @example
 * snapshotsToPrune(names, now) // => ['自动备份-20261101-090000.json', …]
 */
export function snapshotsToPrune(names: readonly string[], now: number): string[] {
  const dated = names
    .map((name) => ({ name, at: snapshotTime(name) }))
    .filter((s): s is { name: string; at: number } => s.at !== null)
    .sort((a, b) => b.at - a.at);
  const keep = new Set(dated.slice(0, KEEP_RECENT).map((s) => s.name));
  const today = dateKey(now);
  const keepNewestPer = (firstDay: string, period: (day: string) => string) => {
    const seen = new Set<string>();
    for (const s of dated) {
      const day = dateKey(s.at);
      if (day < firstDay || seen.has(period(day))) continue;
      seen.add(period(day));
      keep.add(s.name);
    }
  };
  keepNewestPer(addDays(today, -(KEEP_DAILY_DAYS - 1)), (day) => day);
  keepNewestPer(monthStart(today, KEEP_MONTHLY_MONTHS - 1), (day) => day.slice(0, 7));
  return dated.filter((s) => !keep.has(s.name)).map((s) => s.name);
}

/**
 * When the last automatic backup was taken, as far as the desk can trust it: the time this desk
 * recorded for its last successful backup, else the newest backup file. A time after `now` (taken while
 * the clock was ahead) is unknown, never fresh: otherwise one such file would stop backups for good.
 *
 * @example
 * lastKnownBackupAt({ recordedAt: null, snapshotTimes: [now + YEAR, now - HOUR], now }) // => now - HOUR
 */
export function lastKnownBackupAt(input: {
  recordedAt: number | null;
  snapshotTimes: readonly number[];
  now: number;
}): number | null {
  const { recordedAt, snapshotTimes, now } = input;
  if (recordedAt !== null && recordedAt <= now) return recordedAt;
  const past = snapshotTimes.filter((at) => at <= now);
  return past.length > 0 ? Math.max(...past) : null;
}

/**
 * What 今日概览 warns about: the last automatic backup failed, or none succeeded for
 * `OVERDUE_AFTER_MS` while the data changed; null when all is well.
 *
 * @example
 * backupAlert({ failed: false, lastBackupAt: now - 3 * HOUR, lastChangeAt: now - HOUR, now }) // => 'overdue'
 */
export function backupAlert(input: {
  failed: boolean;
  lastBackupAt: number | null;
  lastChangeAt: number | null;
  now: number;
}): 'failed' | 'overdue' | null {
  const { failed, lastBackupAt, lastChangeAt, now } = input;
  if (failed) return 'failed';
  if (lastChangeAt === null) return null;
  const since = lastBackupAt !== null && lastBackupAt <= now ? lastBackupAt : null;
  if (since !== null && lastChangeAt <= since) return null;
  // With no trusted backup at all, the oldest unsaved change is unknown: the newest one is the bound.
  return now - (since ?? lastChangeAt) > OVERDUE_AFTER_MS ? 'overdue' : null;
}

/**
 * Whether an automatic backup is due: the data changed after the last one (or there is none yet) and
 * the interval has passed since it. `lastSnapshotAt` comes from lastKnownBackupAt; a time after `now`
 * is treated as no backup at all.
 *
 * @example
 * isSnapshotDue({ lastSnapshotAt: null, lastChangeAt: 1, now: 2 }) // => true
 */
export function isSnapshotDue(input: {
  lastSnapshotAt: number | null;
  lastChangeAt: number | null;
  now: number;
}): boolean {
  const { lastSnapshotAt, lastChangeAt, now } = input;
  if (lastChangeAt === null) return false;
  if (lastSnapshotAt === null || lastSnapshotAt > now) return true;
  return lastChangeAt > lastSnapshotAt && now - lastSnapshotAt >= AUTO_BACKUP_INTERVAL_MS;
}
