import type { DBCore, DBCoreTransaction } from 'dexie';
import type { Booking } from '@shared/model';
import { roomDayOf, type RoomDay } from '@shared/booking/room-days';
import { dayRange } from '@shared/stats/daily-totals';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { queryIndex } from './core-day';
import type { TableOf } from './rebuild';

/** The stored room use per day (schema v8): absent from databases an older version's upgrade reads. */
export const ROOM_DAYS = 'roomDays';

/** The days whose room use a change of these bookings can alter: every start day, before and after. */
export function bookingDays(before: readonly Booking[], after: readonly Booking[]): Set<string> {
  return new Set([...before, ...after].map((b) => dateKey(b.start)));
}

/** Recounts one day's stored room use from the bookings that start on it, inside `trans`. */
export async function recountRoomDay(core: DBCore, trans: DBCoreTransaction, day: string): Promise<void> {
  const { from, to } = dayRange(day);
  const bookings = await queryIndex<Booking>(core.table('bookings'), trans, 'start', from, to);
  const row = roomDayOf(day, bookings);
  const table = core.table(ROOM_DAYS);
  if (row) await table.mutate({ type: 'put', trans, values: [row] });
  else await table.mutate({ type: 'delete', trans, keys: [day] });
}

/**
 * Empties and refills roomDays from every booking, a month at a time. Run inside a read-write
 * transaction over bookings and roomDays (the 'room-days' upgrade, a restore).
 */
export async function rebuildRoomDays(tableOf: TableOf): Promise<void> {
  await tableOf(ROOM_DAYS).clear();
  const bookings = tableOf('bookings');
  const [first, last] = (await Promise.all([
    bookings.orderBy('start').first(),
    bookings.orderBy('start').last(),
  ])) as [Booking?, Booking?];
  if (!first || !last) return;
  const lastDay = dateKey(last.start);
  let month = `${dateKey(first.start).slice(0, 7)}-01`;
  while (month <= lastDay) {
    const next = `${addDays(month, 31).slice(0, 7)}-01`;
    const rows = (await bookings
      .where('start')
      .between(fromDateAndMinutes(month, 0), fromDateAndMinutes(next, 0), true, false)
      .toArray()) as Booking[];
    const byDay = new Map<string, Booking[]>();
    for (const b of rows) {
      const day = dateKey(b.start);
      const list = byDay.get(day) ?? [];
      list.push(b);
      byDay.set(day, list);
    }
    const out: RoomDay[] = [];
    for (const [day, list] of byDay) {
      const row = roomDayOf(day, list);
      if (row) out.push(row);
    }
    await tableOf(ROOM_DAYS).bulkAdd(out);
    month = next;
  }
}
