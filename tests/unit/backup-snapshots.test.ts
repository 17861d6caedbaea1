import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP_INTERVAL_MS,
  isSnapshotDue,
  KEEP_DAILY_DAYS,
  KEEP_RECENT,
  snapshotName,
  snapshotsToPrune,
  snapshotTime,
} from '@shared/backup/snapshots';
import { dateKey } from '@shared/time/center-time';

const NOW = Date.UTC(2026, 10, 22, 6, 50, 5);
const HOUR = 3_600_000;

describe('automatic backup names', () => {
  it('names a backup by its China time to the second and reads the time back', () => {
    expect(snapshotName(NOW)).toBe('自动备份-20261122-145005.json');
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
  it(`keeps the ${KEEP_RECENT} newest and one a day for ${KEEP_DAILY_DAYS} days`, () => {
    // Every 30 minutes for 20 days.
    const names = Array.from({ length: 20 * 48 }, (_, i) => snapshotName(NOW - i * 30 * 60_000));
    const pruned = new Set(snapshotsToPrune(names, NOW));
    const kept = names.filter((n) => !pruned.has(n));
    expect(kept.slice(0, KEEP_RECENT)).toEqual(names.slice(0, KEEP_RECENT));
    const days = new Set(kept.map((n) => dateKey(snapshotTime(n) as number)));
    expect(days.size).toBe(KEEP_DAILY_DAYS);
    expect(kept.length).toBeLessThanOrEqual(KEEP_RECENT + KEEP_DAILY_DAYS);
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
