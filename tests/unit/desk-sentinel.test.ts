import { describe, expect, it } from 'vitest';
import {
  decideDeskHealth,
  nextSentinel,
  SENTINEL_BACKUPS,
  sentinelSchema,
  withBackup,
  type DatabaseFacts,
  type Sentinel,
  type TableCounts,
} from '@shared/backup/sentinel';

const NOW = Date.UTC(2026, 11, 1, 6, 0);
const HOUR = 3_600_000;
const counts = (c: Partial<TableCounts> = {}): TableCounts => ({
  volunteers: 0,
  serviceRecords: 0,
  bookings: 0,
  documents: 0,
  ...c,
});
const FULL = counts({ volunteers: 200, serviceRecords: 40, bookings: 120, documents: 3 });
const sentinel = (s: Partial<Sentinel> = {}): Sentinel => ({
  ...nextSentinel(null, { deskId: 'desk-a', counts: FULL, lastWriteAt: NOW - 60_000 }, NOW),
  ...s,
});
const freshDb: DatabaseFacts = { deskId: null, counts: counts(), lastWriteAt: null };
const sameDb: DatabaseFacts = { deskId: 'desk-a', counts: FULL, lastWriteAt: NOW - 60_000 };

describe('deciding how the desk opens', () => {
  it('runs first-run setup only with no sentinel and no backup', () => {
    expect(decideDeskHealth({ sentinel: null, hasBackups: false, db: freshDb })).toEqual({
      kind: 'first-run',
    });
    expect(decideDeskHealth({ sentinel: null, hasBackups: true, db: freshDb })).toEqual({
      kind: 'recovery',
      reason: 'missing',
    });
    expect(decideDeskHealth({ sentinel: sentinel(), hasBackups: false, db: freshDb })).toEqual({
      kind: 'recovery',
      reason: 'missing',
    });
  });

  it('opens a database the engine deleted and recreated in recovery mode, not first-run', () => {
    // What Chromium leaves after a bit-flipped .ldb: a new empty database, whose deskId row is gone.
    expect(decideDeskHealth({ sentinel: sentinel(), hasBackups: true, db: freshDb })).toEqual({
      kind: 'recovery',
      reason: 'missing',
    });
  });

  it('opens recovery mode for another desk’s database', () => {
    expect(
      decideDeskHealth({ sentinel: sentinel(), hasBackups: true, db: { ...sameDb, deskId: 'desk-b' } }),
    ).toEqual({ kind: 'recovery', reason: 'other-desk' });
  });

  it('opens recovery mode when the database lost writes the sentinel saw', () => {
    expect(
      decideDeskHealth({
        sentinel: sentinel(),
        hasBackups: true,
        db: { ...sameDb, lastWriteAt: NOW - HOUR },
      }),
    ).toEqual({ kind: 'recovery', reason: 'behind' });
    expect(
      decideDeskHealth({
        sentinel: sentinel({ lastWriteAt: null }),
        hasBackups: true,
        db: { ...sameDb, counts: { ...FULL, volunteers: 20 } },
      }),
    ).toEqual({ kind: 'recovery', reason: 'behind', table: 'volunteers' });
  });

  it('opens normally when the database matches, grew, or shrank a little', () => {
    expect(decideDeskHealth({ sentinel: sentinel(), hasBackups: true, db: sameDb })).toEqual({ kind: 'ok' });
    expect(
      decideDeskHealth({
        sentinel: sentinel(),
        hasBackups: true,
        db: { ...sameDb, counts: { ...FULL, volunteers: 260, bookings: 118 }, lastWriteAt: NOW },
      }),
    ).toEqual({ kind: 'ok' });
    // A desk set up before the sentinel existed still opens, and gets one.
    expect(decideDeskHealth({ sentinel: null, hasBackups: true, db: sameDb })).toEqual({ kind: 'ok' });
    // A desk set up a moment ago with nothing in it yet.
    expect(
      decideDeskHealth({
        sentinel: sentinel({ counts: counts(), lastWriteAt: null }),
        hasBackups: false,
        db: { deskId: 'desk-a', counts: counts(), lastWriteAt: null },
      }),
    ).toEqual({ kind: 'ok' });
  });
  // The desk lists its backups only when the answer without them is first-run (open-desk.ts): a start
  // that waited on a slow backup folder every time would be slow for nothing.
  it('lets backups change nothing but a first run into recovery', () => {
    const sentinels = [null, sentinel(), sentinel({ deskId: 'desk-b' })];
    const dbs: DatabaseFacts[] = [
      freshDb,
      sameDb,
      { ...sameDb, deskId: null },
      { ...sameDb, counts: counts(), lastWriteAt: null },
      { ...sameDb, lastWriteAt: NOW - 2 * HOUR },
      { ...sameDb, counts: counts({ volunteers: 20 }) },
    ];
    const changed: string[] = [];
    for (const s of sentinels)
      for (const db of dbs) {
        const without = decideDeskHealth({ sentinel: s, hasBackups: false, db });
        const withBackups = decideDeskHealth({ sentinel: s, hasBackups: true, db });
        if (JSON.stringify(without) !== JSON.stringify(withBackups)) changed.push(without.kind);
      }
    // The three empty databases (no deskId, or no rows and no writes) without a sentinel.
    expect(changed).toEqual(['first-run', 'first-run', 'first-run']);
  });
});

describe('keeping the sentinel', () => {
  it('bumps the sequence and keeps the backup record of the same desk', () => {
    const backup = { name: '自动备份-20261201-140000.json', at: NOW, appVersion: '0.1.0', counts: FULL };
    const first = withBackup(sentinel(), backup);
    const next = nextSentinel(first, { deskId: 'desk-a', counts: FULL, lastWriteAt: NOW + 5 }, NOW + HOUR);
    expect(next.writeSeq).toBe(first.writeSeq + 1);
    expect(next.lastBackupAt).toBe(NOW);
    expect(next.backups).toEqual([backup]);
    expect(next.lastWriteAt).toBe(NOW + 5);
    expect(sentinelSchema.parse(next)).toEqual(next);
  });

  it('forgets the last backup time when another desk’s data was restored', () => {
    const first = withBackup(sentinel(), {
      name: '自动备份-20261201-140000.json',
      at: NOW,
      appVersion: '0.1.0',
      counts: FULL,
    });
    expect(
      nextSentinel(first, { deskId: 'desk-b', counts: FULL, lastWriteAt: null }, NOW).lastBackupAt,
    ).toBeNull();
  });

  it(`remembers at most ${SENTINEL_BACKUPS} backups, newest first`, () => {
    let s = sentinel();
    for (let i = 0; i < SENTINEL_BACKUPS + 5; i++) {
      s = withBackup(s, { name: `b${i}`, at: NOW + i, appVersion: '0.1.0', counts: FULL });
    }
    expect(s.backups).toHaveLength(SENTINEL_BACKUPS);
    expect(s.backups[0]?.name).toBe(`b${SENTINEL_BACKUPS + 4}`);
    expect(s.lastBackupAt).toBe(NOW + SENTINEL_BACKUPS + 4);
  });
});
