import type { Problem } from '@shared/booking/conflicts';
import {
  DEFAULT_BOOKING_RULES,
  bookingCounterKey,
  bookingNumber,
  bookingNumberPrefix,
  type BookingRules,
} from '@shared/booking/rules';
import { stampNew, stampUpdate, type Booking, type Closure, type NumberCounter } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';

/**
 * The longest a stored booking can be (the maximum-duration setting is capped at a day), plus room for
 * buffers: overlap queries read [roomId+start] from this far before, so the index bounds the scan.
 */
export const OVERLAP_LOOKBACK_MS = 24 * 3_600_000 + 4 * 3_600_000;

/** A save refused by the rules; `problems` say why, per field. */
export class BookingRefusedError extends Error {
  constructor(
    readonly problems: Problem[],
    /** For series: the date each problem belongs to (same order as problems). */
    readonly dates: string[] = [],
  ) {
    super(problems.map((p, i) => (dates[i] ? `${dates[i]}：${p.message}` : p.message)).join('；'));
    this.name = 'BookingRefusedError';
  }
}

/** The booking rules setting, defaults filled in. */
export async function readRules(db: DeskDatabase): Promise<BookingRules> {
  const row = await db.settings.where('key').equals('bookingRules').first();
  const stored = row && row.deletedAt === null ? (row.value as Partial<BookingRules>) : {};
  return { ...DEFAULT_BOOKING_RULES, ...stored };
}

/** Bookings of a room that may overlap [from, to), found through the [roomId+start] index. */
export function roomBookings(db: DeskDatabase, roomId: string, from: number, to: number): Promise<Booking[]> {
  return db.bookings
    .where('[roomId+start]')
    .between([roomId, from - OVERLAP_LOOKBACK_MS], [roomId, to + 4 * 3_600_000], true, false)
    .toArray();
}

/** Live closures touching any day between two instants. */
export async function closuresBetween(db: DeskDatabase, from: number, to: number): Promise<Closure[]> {
  const first = dateKey(from);
  const last = dateKey(Math.max(from, to - 1));
  return (await db.closures.where('endDate').aboveOrEqual(first).toArray()).filter(
    (c) => c.deletedAt === null && c.date <= last,
  );
}

/** The counter row of the current year's booking numbers, read ahead so a save can fetch it in parallel. */
export async function readCounter(
  db: DeskDatabase,
  ctx: WriteContext,
): Promise<{ year: string; key: string; counter: NumberCounter | undefined }> {
  const year = dateKey(ctx.now()).slice(0, 4);
  const key = bookingCounterKey(year, db.numberMark);
  return { year, key, counter: await db.counters.where('key').equals(key).first() };
}

/**
 * Plans the next `count` booking numbers of the current year (counter row `YY-<year>`) without writing:
 * the caller writes the returned counter row in the same transaction as the bookings, side by side with
 * them. Without a counter row the highest number already stored is read through the unique `number`
 * index, so rows loaded without a counter (demo data) are never numbered twice.
 */
export async function planNumbers(
  db: DeskDatabase,
  ctx: WriteContext,
  count: number,
  read?: Awaited<ReturnType<typeof readCounter>>,
): Promise<{ numbers: string[]; counter: NumberCounter }> {
  const { year, key, counter } = read ?? (await readCounter(db, ctx));
  const mark = db.numberMark;
  const prefix = bookingNumberPrefix(year, mark);
  // Without a counter (a new year, or rows loaded by the demo), start after the highest stored number
  // of this desk code (digits right after the prefix: another code's numbers sort apart).
  const top = counter
    ? undefined
    : await db.bookings.where('number').between(`${prefix}0`, `${prefix}9\uffff`).last();
  const last = counter ? counter.last : top ? Number(top.number.slice(prefix.length)) || 0 : 0;
  const now = ctx.now();
  const next: NumberCounter = counter
    ? stampUpdate(counter, { last: last + count }, { now, deskId: ctx.deskId })
    : stampNew({ key, last: last + count }, { id: ctx.newId(), now, deskId: ctx.deskId });
  return {
    numbers: Array.from({ length: count }, (_, i) => bookingNumber(year, last + i + 1, mark)),
    counter: next,
  };
}

/** Allocates the next `count` booking numbers and writes the counter. Call inside the adding transaction. */
export async function allocateNumbers(
  db: DeskDatabase,
  ctx: WriteContext,
  count: number,
  read?: Awaited<ReturnType<typeof readCounter>>,
): Promise<string[]> {
  const { numbers, counter } = await planNumbers(db, ctx, count, read);
  await db.counters.put(counter);
  return numbers;
}

/** Tables every booking write reads or writes. */
export function bookingTables(db: DeskDatabase) {
  return [
    db.bookings,
    db.bookingSeries,
    db.rooms,
    db.closures,
    db.counters,
    db.settings,
    db.organisations,
    db.activities,
    db.auditLog,
  ];
}
