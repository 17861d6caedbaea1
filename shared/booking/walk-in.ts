import type { Booking, Closure, Room } from '../model/places';
import { dateKey } from '../time/center-time';
import { openSpans, type MakeupDays } from './calendar';
import { occupiedSpan } from './conflicts';
import type { Interval } from './intervals';
import { holdsRoom } from './rules';

const MINUTE_MS = 60_000;

/**
 * How long a walk-in is booked for unless the person at the desk changes it: the next booking or the
 * closing time only limit it.
 *
 * @example
 * WALK_IN_DEFAULT_MINUTES // => 60
 */
export const WALK_IN_DEFAULT_MINUTES = 60;

/**
 * The span a walk-in ("立即使用") gets: from now (the current minute, so it is never a backfill) for
 * {@link WALK_IN_DEFAULT_MINUTES}, ending earlier at the next booking's setup (less this room's cleanup),
 * the closing time or the maximum duration; null when the room is closed or taken right now, or free for
 * less than 15 minutes.
 *
 * @example
 * walkInSpan({ room, now, bookings, closures, makeup: new Map(), maxDurationMinutes: 480 }) // => { start: …10:07, end: …11:07 }
 */
export function walkInSpan(input: {
  room: Room;
  now: number;
  bookings: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  maxDurationMinutes: number;
}): Interval | null {
  const { room } = input;
  const start = Math.floor(input.now / MINUTE_MS) * MINUTE_MS;
  const day = dateKey(start);
  const open = openSpans(room, day, day, input.closures, input.makeup).find(
    (s) => s.start <= start && start < s.end,
  );
  if (!open) return null;
  let end = Math.min(open.end, start + input.maxDurationMinutes * MINUTE_MS);
  const cleanup = room.cleanupMinutes * MINUTE_MS;
  for (const b of input.bookings) {
    if (b.roomId !== room.id || b.deletedAt !== null || !holdsRoom(b.status)) continue;
    const busy = occupiedSpan(b, room);
    if (busy.start - cleanup <= start && start - room.setupMinutes * MINUTE_MS < busy.end) return null;
    if (busy.start - cleanup > start) end = Math.min(end, busy.start - cleanup);
  }
  if (end - start < 15 * MINUTE_MS) return null;
  return { start, end: Math.min(end, start + WALK_IN_DEFAULT_MINUTES * MINUTE_MS) };
}
