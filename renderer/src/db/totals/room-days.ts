import {
  Dexie,
  type DBCore,
  type DBCoreAddRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Transaction,
} from 'dexie';
import type { Booking } from '@shared/model';
import { roomDayOf, roomDayWith, type RoomDay } from '@shared/booking/room-days';
import { dayRange } from '@shared/stats/daily-totals';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { queryIndex } from './core-day';
import type { TableOf } from './rebuild';
import type { DeskDatabase } from '../database';

/** The stored room use per day (schema v8): absent from databases an older version's upgrade reads. */
export const ROOM_DAYS = 'roomDays';

/** The days whose room use a change of these bookings can alter: every start day, before and after. */
export function bookingDays(before: readonly Booking[], after: readonly Booking[]): Set<string> {
  return new Set([...before, ...after].map((b) => dateKey(b.start)));
}

// Room days a writer started reading beside its own reads, by transaction (Dexie's idbtrans, the
// DBCore layer's `trans`), for the next booking added in it.
const readAhead = new WeakMap<object, Map<string, Promise<RoomDay | undefined>>>();

/**
 * Starts reading the stored room use of the day `start` falls on, beside the caller's other reads, so
 * the booking it adds next in this transaction updates that row without a round of requests of its
 * own. Call inside a read-write transaction that includes roomDays.
 */
export function readRoomDayAhead(db: DeskDatabase, start: number): void {
  const tx = Dexie.currentTransaction as (Transaction & { idbtrans: object }) | null;
  if (!tx) return;
  const day = dateKey(start);
  const row = db.roomDays.get(day);
  // A save refused by its check never adds: its aborted read must not surface as unhandled.
  row.catch(() => undefined);
  const days = readAhead.get(tx.idbtrans) ?? new Map<string, Promise<RoomDay | undefined>>();
  days.set(day, row);
  readAhead.set(tx.idbtrans, days);
}

/**
 * The rows read ahead in `trans` for every one of `days`, or null when any was not. Taken once: any
 * later write in the transaction reads afresh, so a row read ahead never outlives a change to it.
 */
export function takeRoomDaysAhead(
  trans: object,
  days: readonly string[],
): Promise<(RoomDay | undefined)[]> | null {
  const ahead = readAhead.get(trans);
  readAhead.delete(trans);
  if (!ahead || !days.every((d) => ahead.has(d))) return null;
  return Promise.all(days.map((d) => ahead.get(d)));
}

/**
 * Adds bookings and their spans to the stored room days in one round of requests: the days' rows are
 * read first (or were read ahead, see readRoomDayAhead), then the add and the updated rows go out
 * together, with no recount of the days' other bookings. A failed add (its key already taken) is
 * followed by a recount of its days, so the stored use never counts a booking that is not there.
 */
export async function addWithRoomDays(
  core: DBCore,
  trans: DBCoreTransaction,
  table: DBCoreTable,
  req: DBCoreAddRequest,
): Promise<DBCoreMutateResponse> {
  const byDay = new Map<string, Booking[]>();
  for (const b of req.values as Booking[]) {
    const day = dateKey(b.start);
    byDay.set(day, [...(byDay.get(day) ?? []), b]);
  }
  const days = [...byDay.keys()].sort();
  const rooms = core.table(ROOM_DAYS);
  const stored = await (takeRoomDaysAhead(trans, days) ??
    (rooms.getMany({ trans, keys: days }) as Promise<(RoomDay | undefined)[]>));
  const updated = days.flatMap((day, i) => roomDayWith(day, stored[i], byDay.get(day) ?? []) ?? []);
  const [res] = await Promise.all([
    table.mutate(req),
    updated.length > 0 ? rooms.mutate({ type: 'put', trans, values: updated }) : null,
  ]);
  if (res.numFailures > 0) for (const day of days) await recountRoomDay(core, trans, day);
  return res;
}

/** Recounts one day's stored room use from the bookings that start on it, inside `trans`. */
export async function recountRoomDay(core: DBCore, trans: DBCoreTransaction, day: string): Promise<void> {
  readAhead.delete(trans);
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
