import type { Booking, Closure, Room } from '../model/places';
import { addDays, dateKey } from '../time/center-time';
import { openSpans, type MakeupDays } from './calendar';
import { checkBooking, occupiedSpan } from './conflicts';
import type { Interval } from './intervals';
import { holdsRoom, type BookingRules } from './rules';

const MINUTE_MS = 60_000;

/**
 * The earliest start among all valid starts nearest to `wanted`, or null. A start s is valid when
 * [s, s + duration) lies in one open span and [s - setup, s + duration + cleanup) touches no busy span.
 * The valid starts form a union of closed ranges whose ends are among the candidates tried here, so the
 * nearest one is always among them.
 *
 * @example
 * nearestStart({ wanted: 9h, duration: 1h, setup: 0, cleanup: 0, open: [{ start: 8h, end: 12h }], busy: [{ start: 8h, end: 10h }], notBefore: 0 })
 * // => 10h
 */
export function nearestStart(input: {
  wanted: number;
  duration: number;
  setup: number;
  cleanup: number;
  open: readonly Interval[];
  busy: readonly Interval[];
  notBefore: number;
}): number | null {
  const { wanted, duration, setup, cleanup, open, busy, notBefore } = input;
  const valid = (s: number): boolean =>
    s >= notBefore &&
    open.some((o) => o.start <= s && s + duration <= o.end) &&
    !busy.some((b) => s - setup < b.end && b.start < s + duration + cleanup);
  const candidates = new Set<number>([wanted, notBefore]);
  for (const o of open) {
    candidates.add(o.start);
    candidates.add(o.end - duration);
  }
  for (const b of busy) {
    candidates.add(b.end + setup);
    candidates.add(b.start - cleanup - duration);
  }
  let best: number | null = null;
  for (const s of candidates) {
    if (!valid(s)) continue;
    const d = Math.abs(s - wanted);
    const bd = best === null ? Infinity : Math.abs(best - wanted);
    if (d < bd || (d === bd && best !== null && s < best)) best = s;
  }
  return best;
}

/**
 * The free slot of the same length nearest to the wanted time in the same room, looking up to
 * `days` days from the wanted date and never before `now`. Buffers, opening hours and closures count.
 *
 * @example
 * nearestFreeSlot({ room, wanted: { start, end }, bookings, closures, makeup, now, days: 14 })
 * // => { start: …10:45, end: …11:45 }
 */
export function nearestFreeSlot(input: {
  room: Room;
  wanted: Interval;
  /** The room's bookings around the search window; the booking being edited is excluded by `ignoreId`. */
  bookings: readonly Booking[];
  ignoreId?: string | null;
  closures: readonly Closure[];
  makeup: MakeupDays;
  now: number;
  days: number;
}): Interval | null {
  const { room, wanted } = input;
  const day = dateKey(wanted.start);
  const open = openSpans(room, day, addDays(day, input.days), input.closures, input.makeup);
  const busy = input.bookings
    .filter(
      (b) => b.roomId === room.id && b.id !== input.ignoreId && b.deletedAt === null && holdsRoom(b.status),
    )
    .map((b) => occupiedSpan(b, room));
  const duration = wanted.end - wanted.start;
  const start = nearestStart({
    wanted: wanted.start,
    duration,
    setup: room.setupMinutes * MINUTE_MS,
    cleanup: room.cleanupMinutes * MINUTE_MS,
    open,
    busy,
    notBefore: input.now,
  });
  return start === null ? null : { start, end: start + duration };
}

/**
 * Other active rooms that can take the same time with at least `minCapacity` seats, smallest first.
 *
 * @example
 * freeRooms({ rooms, wanted, bookings, closures, makeup, rules, excludeRoomId: 'r1', minCapacity: 80 }).map((r) => r.name)
 * // => ['多功能厅']
 */
export function freeRooms(input: {
  rooms: readonly Room[];
  wanted: Interval;
  bookings: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  rules: Pick<BookingRules, 'maxDurationMinutes'>;
  excludeRoomId: string | null;
  minCapacity: number;
}): Room[] {
  return input.rooms
    .filter(
      (r) =>
        r.active && r.deletedAt === null && r.id !== input.excludeRoomId && r.capacity >= input.minCapacity,
    )
    .filter(
      (room) =>
        checkBooking({
          candidate: {
            id: null,
            roomId: room.id,
            start: input.wanted.start,
            end: input.wanted.end,
            expectedAttendees: 0,
          },
          room,
          others: input.bookings,
          closures: input.closures,
          makeup: input.makeup,
          rules: input.rules,
        }).length === 0,
    )
    .sort((a, b) => a.capacity - b.capacity || a.sortOrder - b.sortOrder);
}
