import type { Booking, Closure, Room } from '../model/places';
import { dateKey } from '../time/center-time';
import { openSpans, type MakeupDays } from './calendar';
import { occupiedSpan } from './conflicts';
import type { Interval } from './intervals';
import { holdsRoom } from './rules';

const MINUTE_MS = 60_000;

/**
 * The span a walk-in ("立即使用") gets: from now (rounded down to 5 minutes) until the next booking's
 * setup (less this room's cleanup) or closing, capped by the maximum duration; null when the room is
 * closed or taken right now.
 *
 * @example
 * walkInSpan({ room, now, bookings, closures, makeup: new Map(), maxDurationMinutes: 480 }) // => { start: …10:05, end: …11:15 }
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
  const start = Math.floor(input.now / (5 * MINUTE_MS)) * 5 * MINUTE_MS;
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
  return end - start >= 15 * MINUTE_MS ? { start, end } : null;
}
