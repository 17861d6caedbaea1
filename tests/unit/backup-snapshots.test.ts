import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP_INTERVAL_MS,
  backupAlert,
  isSnapshotDue,
  KEEP_DAILY_DAYS,
  KEEP_MONTHLY_MONTHS,
  KEEP_RECENT,
  lastKnownBackupAt,
  OVERDUE_AFTER_MS,
  snapshotName,
  snapshotsToPrune,
  snapshotTime,
} from '@shared/backup/snapshots';
import { dateKey } from '@shared/time/center-time';

const NOW = Date.UTC(2026, 10, 22, 6, 50, 5);
const HOUR = 3_600_000;

describe('automatic backup names', () => {
  it('names a backup by its China time to the second and reads the time back', () => {
    expect(snapshotName(NOW)).toBe('自动备份-20261122-145005.pdbak');
    expect(snapshotTime('自动备份-20261122-145005.pdbak')).toBe(NOW);
    // Copies kept by older versions are still listed, pruned and restorable.
    expect(snapshotTime('自动备份-20261122-145005.json')).toBe(NOW);
  });

  it('round-trips any time to the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000, max: 2_500_000_000 }), (seconds) => {
        const at = seconds * 1000;
        return snapshotTime(snapshotName(at)) === at;
      }),
    );
  });

  it('treats other names as not backups', () => {
    for (const name of [
      '../自动备份-20261122-145005.json',
      '文明实践前台备份-20261122-1450.json',
      '自动备份-20261131-120000.json',
      '自动备份-20261122-250000.json',
    ])
      expect(snapshotTime(name)).toBeNull();
  });
});

describe('pruning automatic backups', () => {
  it(`keeps the ${KEEP_RECENT} newest, one a day for ${KEEP_DAILY_DAYS} days and one a month for ${KEEP_MONTHLY_MONTHS} months`, () => {
    // Every 6 hours for 500 days.
    const names = Array.from({ length: 500 * 4 }, (_, i) => snapshotName(NOW - i * 6 * HOUR));
    const pruned = new Set(snapshotsToPrune(names, NOW));
    const kept = names.filter((n) => !pruned.has(n));
    expect(kept.slice(0, KEEP_RECENT)).toEqual(names.slice(0, KEEP_RECENT));
    const days = [...new Set(kept.map((n) => dateKey(snapshotTime(n) as number)))];
    // Daily from 2026-10-24 to today (2026-11-22); before that, one a month back to December 2025.
    expect(days.filter((d) => d >= '2026-10-24')).toHaveLength(KEEP_DAILY_DAYS);
    expect(days.filter((d) => d < '2026-10-24').sort()).toEqual([
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
    ]);
    expect(kept.some((n) => dateKey(snapshotTime(n) as number) < '2025-12-01')).toBe(false);
    expect(kept.length).toBeLessThanOrEqual(KEEP_RECENT + KEEP_DAILY_DAYS + KEEP_MONTHLY_MONTHS);
  });

  it('never deletes the newest backup, nor files that are not backups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 * 24 * 40 }), { minLength: 1, maxLength: 80 }),
        (ages) => {
          const names = [...new Set(ages.map((m) => snapshotName(NOW - m * 60_000)))];
          const pruned = snapshotsToPrune([...names, 'notes.txt'], NOW);
          const newest = names.sort().at(-1);
          return !pruned.includes(newest as string) && !pruned.includes('notes.txt');
        },
      ),
    );
  });
});

describe('when an automatic backup is due', () => {
  it('takes the first one as soon as there is data, then only after a change and the interval', () => {
    expect(isSnapshotDue({ lastSnapshotAt: null, lastChangeAt: null, now: NOW })).toBe(false);
    expect(isSnapshotDue({ lastSnapshotAt: null, lastChangeAt: NOW - HOUR, now: NOW })).toBe(true);
    const last = NOW - AUTO_BACKUP_INTERVAL_MS;
    expect(isSnapshotDue({ lastSnapshotAt: last, lastChangeAt: last - 1, now: NOW })).toBe(false);
    expect(isSnapshotDue({ lastSnapshotAt: last, lastChangeAt: last + 1, now: NOW })).toBe(true);
    expect(isSnapshotDue({ lastSnapshotAt: last + 1, lastChangeAt: last + 2, now: NOW })).toBe(false);
  });
});

describe('a backup dated in the future', () => {
  const YEAR = 365 * 24 * HOUR;

  it('is treated as unknown, so the next backup is still due', () => {
    const last = lastKnownBackupAt({ recordedAt: null, snapshotTimes: [NOW + YEAR], now: NOW });
    expect(last).toBeNull();
    expect(isSnapshotDue({ lastSnapshotAt: last, lastChangeAt: NOW - HOUR, now: NOW })).toBe(true);
    expect(isSnapshotDue({ lastSnapshotAt: NOW + YEAR, lastChangeAt: NOW - HOUR, now: NOW })).toBe(true);
  });

  it('does not hide an older backup nor the time this desk recorded', () => {
    const older = NOW - 3 * HOUR;
    expect(lastKnownBackupAt({ recordedAt: null, snapshotTimes: [NOW + YEAR, older], now: NOW })).toBe(older);
    expect(lastKnownBackupAt({ recordedAt: NOW - HOUR, snapshotTimes: [NOW + YEAR], now: NOW })).toBe(
      NOW - HOUR,
    );
    expect(lastKnownBackupAt({ recordedAt: NOW + YEAR, snapshotTimes: [older], now: NOW })).toBe(older);
  });
});

describe('the overview warning about automatic backups', () => {
  it('warns when the last attempt failed', () => {
    expect(backupAlert({ failed: true, lastBackupAt: NOW - 1000, lastChangeAt: null, now: NOW })).toBe(
      'failed',
    );
  });

  it('warns when data changed and no backup succeeded for too long, also when the only one is dated ahead', () => {
    const change = NOW - 10 * 60_000;
    expect(
      backupAlert({
        failed: false,
        lastBackupAt: NOW - OVERDUE_AFTER_MS - 1,
        lastChangeAt: change,
        now: NOW,
      }),
    ).toBe('overdue');
    expect(
      backupAlert({ failed: false, lastBackupAt: NOW - HOUR, lastChangeAt: change, now: NOW }),
    ).toBeNull();
    expect(
      backupAlert({
        failed: false,
        lastBackupAt: NOW + 365 * 24 * HOUR,
        lastChangeAt: NOW - 3 * HOUR,
        now: NOW,
      }),
    ).toBe('overdue');
  });

  it('stays quiet when nothing changed since the last backup, however old', () => {
    expect(
      backupAlert({
        failed: false,
        lastBackupAt: NOW - 30 * 24 * HOUR,
        lastChangeAt: NOW - 31 * 24 * HOUR,
        now: NOW,
      }),
    ).toBeNull();
    expect(backupAlert({ failed: false, lastBackupAt: null, lastChangeAt: null, now: NOW })).toBeNull();
  });
});
