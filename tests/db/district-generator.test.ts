import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occupiedSpan } from '@shared/booking/conflicts';
import { validateIdNumber } from '@shared/identity/id-card';
import { unpackServed } from '@shared/stats/daily-totals';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { buildDistrict, countDistrict, countMismatches, districtSizes } from '../bench/district';
import { uniqueDbName } from './helpers';
import { recountRoomDays } from './room-day-recount';
import { byId, recount } from './totals-recount';

const NOW = Date.UTC(2026, 11, 1, 2);
const SCALE = 0.001;
const DAY = 86_400_000;

async function built(seed: number) {
  const db = createDatabase(uniqueDbName('district'));
  await openDatabase(db);
  await buildDistrict(db, { now: NOW, seed, scale: SCALE });
  return db;
}

let first: DeskDatabase;
let second: DeskDatabase;
beforeAll(async () => {
  first = await built(14);
  second = await built(14);
}, 120_000);
afterAll(() => {
  first.close();
  second.close();
});

describe('district generator', () => {
  it('writes exactly the asked number of rows in every table', async () => {
    const sizes = districtSizes(SCALE);
    expect(countMismatches(await countDistrict(first), sizes)).toEqual([]);
    expect(sizes).toMatchObject({ volunteers: 126, serviceRecords: 300, bookings: 100, activities: 20 });
  });

  it('writes the same ids and volunteer numbers from the same seed', async () => {
    const roll = async (db: DeskDatabase) =>
      (await db.volunteers.orderBy('id').toArray()).map((v) => [v.id, v.volunteerNo, v.idNumber, v.name]);
    expect(await roll(second)).toEqual(await roll(first));
    const ids = async (db: DeskDatabase) => ({
      bookings: (await db.bookings.toArray()).map((b) => [b.id, b.number, b.roomId, b.start, b.title]),
      records: (await db.serviceRecords.toArray()).map((r) => [r.id, r.volunteerId, r.signInAt]),
      orders: (await db.serviceOrders.toArray()).map((o) => [o.id, o.number, o.status]),
      documents: (await db.documents.toArray()).map((d) => [d.id, d.number]),
    });
    expect(await ids(second)).toEqual(await ids(first));
  });

  it('registers valid ID numbers, all different, some of them minors with a guardian', async () => {
    const roll = await first.volunteers.toArray();
    for (const v of roll)
      expect(validateIdNumber(v.idType, v.idNumber, { today: '2026-12-01' }).ok).toBe(true);
    expect(new Set(roll.map((v) => v.idNumber)).size).toBe(roll.length);
    expect(roll.filter((v) => v.guardian !== null).length).toBeGreaterThan(0);
  });

  it('never books a room twice for the same time', async () => {
    const rooms = new Map((await first.rooms.toArray()).map((r) => [r.id, r]));
    const bookings = (await first.bookings.toArray()).sort(
      (a, b) => a.roomId.localeCompare(b.roomId) || a.start - b.start,
    );
    for (let i = 1; i < bookings.length; i += 1) {
      const [a, b] = [bookings[i - 1], bookings[i]];
      if (!a || !b || a.roomId !== b.roomId) continue;
      const room = rooms.get(a.roomId);
      if (!room) throw new Error('booking without room');
      expect(occupiedSpan(a, room).end).toBeLessThanOrEqual(occupiedSpan(b, room).start);
    }
    // Within the five years before now, and not bunched in one of them.
    const starts = bookings.map((b) => b.start);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(NOW - 5 * 365 * DAY);
    expect(Math.max(...starts)).toBeLessThan(NOW);
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThan(365 * DAY);
  });

  it('keeps the stored totals equal to a recount of every row', async () => {
    const expected = await recount(first);
    expect(expected.dailyTotals.length).toBeGreaterThan(0);
    const stored = {
      dailyTotals: await first.dailyTotals.toArray(),
      monthlyTotals: await first.monthlyTotals.toArray(),
      // Stored packed; the recount gives them unpacked.
      volunteerDays: (await first.volunteerDays.toArray()).map(unpackServed),
      volunteerMonths: (await first.volunteerMonths.toArray()).map(unpackServed),
    };
    for (const table of Object.keys(stored) as (keyof typeof stored)[])
      expect(byId<{ id: string }>(stored[table]), table).toEqual(byId<{ id: string }>(expected[table]));
    expect(byId(await first.roomDays.toArray())).toEqual(byId(await recountRoomDays(first)));
  });
});
