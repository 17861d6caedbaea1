import { addDays, dateKey, formatTime, fromDateAndMinutes, isValidDateKey } from '../time/center-time';

/**
 * How often the desk checks whether its data changed and, if so, keeps a copy outside IndexedDB. Trusted
 * local apps do the same (Actual Budget every 15 minutes): a browser engine that resets its storage
 * (full disk, downgrade) must not take the only copy with it.
 */
export const AUTO_BACKUP_INTERVAL_MS = 30 * 60_000;

/** Snapshots kept whatever their age: the most recent ones. */
export const KEEP_RECENT = 10;
/** Besides those, the newest snapshot of each of this many days. */
export const KEEP_DAILY_DAYS = 14;

const NAME = /^自动备份-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;

/**
 * The file name of an automatic backup taken at `at` (China time, to the second, so it sorts by time).
 *
 * @example
 * snapshotName(Date.UTC(2026, 10, 22, 6, 50, 5)) // => '自动备份-20261122-145005.json'
 */
export function snapshotName(at: number): string {
  const seconds = String(Math.floor((at % 60_000) / 1000)).padStart(2, '0');
  return `自动备份-${dateKey(at).replaceAll('-', '')}-${formatTime(at).replace(':', '')}${seconds}.json`;
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

/**
 * Which automatic backups to delete: all but the `KEEP_RECENT` newest and the newest of each of the last
 * `KEEP_DAILY_DAYS` days (China time, counting today). Names that are not automatic backups are never
 * returned.
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
  const firstDay = addDays(dateKey(now), -(KEEP_DAILY_DAYS - 1));
  const seenDays = new Set<string>();
  for (const s of dated) {
    const day = dateKey(s.at);
    if (day < firstDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(s.name);
  }
  return dated.filter((s) => !keep.has(s.name)).map((s) => s.name);
}

/**
 * Whether an automatic backup is due: the data changed after the last one (or there is none yet) and
 * the interval has passed since it.
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
  if (lastSnapshotAt === null) return true;
  return lastChangeAt > lastSnapshotAt && now - lastSnapshotAt >= AUTO_BACKUP_INTERVAL_MS;
}
