import { z } from 'zod';

/**
 * The main tables whose rough row counts the sentinel keeps: the ones a center cannot rebuild by hand.
 * Chromium deletes a damaged IndexedDB without a word, so these counts are how the desk notices.
 */
export const WATCHED_TABLES = ['volunteers', 'serviceRecords', 'bookings', 'documents'] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];

const countsSchema = z.object(
  Object.fromEntries(WATCHED_TABLES.map((t) => [t, z.number().int().min(0)])) as Record<
    WatchedTable,
    z.ZodNumber
  >,
);
/** Rows per watched table. */
export type TableCounts = Record<WatchedTable, number>;

/**
 * One automatic backup this desk saved successfully, with what it held (shown in recovery mode without
 * opening the file).
 *
 * @example
 * const b: SentinelBackup = { name: '自动备份-20261122-145005.json', at: 1795330205000, appVersion: '0.1.0',
 *   counts: { volunteers: 200, serviceRecords: 0, bookings: 120, documents: 3 } };
 */
export const sentinelBackupSchema = z.object({
  name: z.string().max(64),
  at: z.number(),
  appVersion: z.string().max(40),
  counts: countsSchema,
});
export type SentinelBackup = z.infer<typeof sentinelBackupSchema>;

/** How many backup records the sentinel keeps (the rotation keeps fewer files than this). */
export const SENTINEL_BACKUPS = 60;

/**
 * A small record kept outside IndexedDB (Electron: a file in the data folder; web mode: the origin
 * private file system) saying which database this desk had and roughly how big it was.
 *
 * @example
 * const s: Sentinel = { version: 1, deskId: 'd1', counts: { volunteers: 200, serviceRecords: 0,
 *   bookings: 120, documents: 3 }, lastWriteAt: 1795330205000, writeSeq: 4, updatedAt: 1795330205000,
 *   lastBackupAt: null, backups: [] };
 */
export const sentinelSchema = z.object({
  version: z.literal(1),
  deskId: z.string().min(1).max(100),
  counts: countsSchema,
  /** Time of the newest audit entry when the sentinel was written (the database's last write). */
  lastWriteAt: z.number().nullable(),
  /** Bumped on every sentinel update, so two copies can be told apart. */
  writeSeq: z.number().int().min(0),
  updatedAt: z.number(),
  /** When this desk last saved an automatic backup successfully (its own clock at that moment). */
  lastBackupAt: z.number().nullable(),
  /** Newest first. */
  backups: z.array(sentinelBackupSchema).max(SENTINEL_BACKUPS),
});
export type Sentinel = z.infer<typeof sentinelSchema>;

/** What the database shows at start, read before anything is written to it. */
export interface DatabaseFacts {
  /** The deskId row, or null when the database had none (new, or deleted and recreated by the engine). */
  deskId: string | null;
  counts: TableCounts;
  /** Time of the newest audit entry; null when the log is empty. */
  lastWriteAt: number | null;
}

export type RecoveryReason = 'missing' | 'other-desk' | 'behind';
export type DeskHealth =
  { kind: 'ok' } | { kind: 'first-run' } | { kind: 'recovery'; reason: RecoveryReason; table?: WatchedTable };

const total = (counts: TableCounts) => WATCHED_TABLES.reduce((sum, t) => sum + counts[t], 0);

/** A table is "clearly behind" when it lost at least this many rows and more than half of them. */
const BEHIND_MIN_ROWS = 5;

/**
 * Whether the desk may open normally, must run first-run setup, or must open recovery mode. Only a
 * desk with no sentinel and no backup is new; an empty database anywhere else was lost, not new.
 *
 * @example
 * decideDeskHealth({ sentinel: null, hasBackups: false,
 *   db: { deskId: null, counts: { volunteers: 0, serviceRecords: 0, bookings: 0, documents: 0 }, lastWriteAt: null } })
 * // => { kind: 'first-run' }
 */
export function decideDeskHealth(input: {
  sentinel: Sentinel | null;
  hasBackups: boolean;
  db: DatabaseFacts;
}): DeskHealth {
  const { sentinel, hasBackups, db } = input;
  const empty = db.deskId === null || (total(db.counts) === 0 && db.lastWriteAt === null);
  if (!sentinel) {
    if (!empty) return { kind: 'ok' };
    return hasBackups ? { kind: 'recovery', reason: 'missing' } : { kind: 'first-run' };
  }
  if (db.deskId === null) return { kind: 'recovery', reason: 'missing' };
  if (db.deskId !== sentinel.deskId) return { kind: 'recovery', reason: 'other-desk' };
  if (empty && total(sentinel.counts) > 0) return { kind: 'recovery', reason: 'missing' };
  if (sentinel.lastWriteAt !== null && (db.lastWriteAt === null || db.lastWriteAt < sentinel.lastWriteAt)) {
    return { kind: 'recovery', reason: 'behind' };
  }
  for (const table of WATCHED_TABLES) {
    const had = sentinel.counts[table];
    const has = db.counts[table];
    if (had - has >= BEHIND_MIN_ROWS && has * 2 < had) return { kind: 'recovery', reason: 'behind', table };
  }
  return { kind: 'ok' };
}

/**
 * The sentinel after seeing the database in `db` at `now`: counts and last write refreshed, the
 * sequence bumped, backup records kept.
 *
 * @example
 * nextSentinel(null, { deskId: 'd1', counts, lastWriteAt: 5 }, 10).writeSeq // => 1
 */
export function nextSentinel(
  previous: Sentinel | null,
  db: { deskId: string; counts: TableCounts; lastWriteAt: number | null },
  now: number,
): Sentinel {
  const sameDesk = previous?.deskId === db.deskId;
  return {
    version: 1,
    deskId: db.deskId,
    counts: db.counts,
    lastWriteAt: db.lastWriteAt,
    writeSeq: (previous?.writeSeq ?? 0) + 1,
    updatedAt: now,
    lastBackupAt: sameDesk ? (previous?.lastBackupAt ?? null) : null,
    backups: previous?.backups ?? [],
  };
}

/**
 * The sentinel after a successful automatic backup: it becomes the last successful one, and its
 * contents are remembered (newest first, at most `SENTINEL_BACKUPS`).
 *
 * @example
 * withBackup(sentinel, { name, at: 10, appVersion: '0.1.0', counts }).lastBackupAt // => 10
 */
export function withBackup(sentinel: Sentinel, backup: SentinelBackup): Sentinel {
  const others = sentinel.backups.filter((b) => b.name !== backup.name);
  return {
    ...sentinel,
    lastBackupAt: backup.at,
    backups: [backup, ...others].slice(0, SENTINEL_BACKUPS),
  };
}
