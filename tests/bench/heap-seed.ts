import type { Activity, Booking, ServiceRecord, Volunteer } from '@shared/model';
import { createDatabase, openDatabase, systemContext } from '../../renderer/src/db';
import { adjustLiveCount } from '../../renderer/src/db/repos/volunteer-counters';
import { skipTotalsIn } from '../../renderer/src/db/totals/middleware';
import { rebuildTotals } from '../../renderer/src/db/totals/rebuild';
import { rebuildRoomDays } from '../../renderer/src/db/totals/room-days';
import { roster } from './scenarios/volunteers';

/*
 * The heap row's seed (node/heap-tour.mjs bundles this file into one script and runs it in the app's
 * page): the desk's own Dexie database, schema and totals code, writing district rows shaped like the
 * demo's. Sources are added with the totals middleware off and the stored totals rebuilt once in the
 * same transaction, as a restore does: row-by-row upkeep of 300,000 records would take the bench an
 * hour and is not what it measures.
 */

const DAY = 86_400_000;
const CHUNK = 10_000;

/** The sizes the desk is grown to. */
export interface HeapSeedScale {
  volunteers: number;
  records: number;
  bookings: number;
  activities: number;
}

declare global {
  interface Window {
    heapSeed?: (scale: HeapSeedScale) => Promise<string>;
  }
}

function at<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('heap seed: an empty list');
  return item;
}

/** Adds rows in chunks, each made only when written, so the page never holds a whole table. */
async function addInChunks<T>(add: (rows: T[]) => Promise<unknown>, count: number, make: (i: number) => T) {
  for (let from = 0; from < count; from += CHUNK) {
    const rows: T[] = [];
    for (let i = from; i < Math.min(count, from + CHUNK); i += 1) rows.push(make(i));
    await add(rows);
  }
}

window.heapSeed = async ({ volunteers, records, bookings, activities }) => {
  const db = createDatabase();
  const opened = await openDatabase(db);
  if (opened.status !== 'ok') throw new Error(`heap seed: database did not open (${opened.status})`);
  const [volunteer, activity, booking, record] = (await Promise.all([
    db.volunteers.toCollection().first(),
    db.activities.toCollection().first(),
    db.bookings.toCollection().first(),
    db.serviceRecords.toCollection().first(),
  ])) as [Volunteer?, Activity?, Booking?, ServiceRecord?];
  if (!volunteer || !activity || !booking || !record) throw new Error('heap seed: the demo is not loaded');
  const rooms = await db.rooms.toArray();
  const known = await db.volunteers.count();
  // A year back to a month ahead: the day board, the list and the year report all see rows.
  const now = Date.now();
  const first = now - 365 * DAY;
  const spread = (i: number, n: number) => first + Math.floor((i / n) * 395 * DAY);
  const past = (i: number, n: number) => first + Math.floor((i / n) * 364 * DAY);
  // roster() numbers from 1: the demo's volunteers keep their numbers, the district's follow them.
  const people = roster(volunteer, known + volunteers).slice(known);
  const activityIds: string[] = [];
  const tables = [
    ...[db.volunteers, db.counters, db.activities, db.bookings, db.serviceRecords],
    ...['dailyTotals', 'monthlyTotals', 'volunteerDays', 'volunteerMonths', 'roomDays'].map((t) =>
      db.table(t),
    ),
  ];
  await db.transaction('rw', tables, async (tx) => {
    skipTotalsIn(tx.idbtrans);
    for (let i = 0; i < people.length; i += CHUNK) await db.volunteers.bulkAdd(people.slice(i, i + CHUNK));
    // As an import does: the live count moves with the rows, so no screen counts the table.
    await adjustLiveCount(db, systemContext('heap-seed'), people.length);
    await addInChunks<Activity>(
      (rows) => db.activities.bulkAdd(rows),
      activities,
      (i) => {
        const id = crypto.randomUUID();
        activityIds.push(id);
        const start = past(i, activities);
        return {
          ...activity,
          id,
          title: `${activity.title} ${i + 1}`,
          start,
          end: start + 2 * 3_600_000,
          bookingId: null,
          deletedAt: null,
          participants: 20,
          beneficiaries: 30,
        };
      },
    );
    await addInChunks<Booking>(
      (rows) => db.bookings.bulkAdd(rows),
      bookings,
      (i) => {
        const start = spread(i, bookings);
        return {
          ...booking,
          id: crypto.randomUUID(),
          number: `YY-H-${i}`,
          roomId: at(rooms, i).id,
          start,
          end: start + 3_600_000,
          seriesId: null,
          deletedAt: null,
          status: start < now && i % 3 === 0 ? '已完成' : '已确认',
          actualAttendees: start < now && i % 3 === 0 ? 25 : null,
        };
      },
    );
    await addInChunks<ServiceRecord>(
      (rows) => db.serviceRecords.bulkAdd(rows),
      records,
      (i) => {
        const signInAt = past(i, records);
        return {
          ...record,
          id: crypto.randomUUID(),
          volunteerId: at(people, i).id,
          bookingId: null,
          activityId: i % 5 < 3 ? at(activityIds, Math.floor((i / records) * activities)) : null,
          signInAt,
          signOutAt: signInAt + 2 * 3_600_000,
          creditedMinutes: 120,
          status: '已确认',
          deletedAt: null,
        };
      },
    );
    await rebuildTotals((name) => db.table(name));
    await rebuildRoomDays((name) => db.table(name));
  });
  db.close();
  // A district volunteer to search for and open: their number finds just them.
  return at(people, Math.floor(people.length / 2)).volunteerNo;
};
