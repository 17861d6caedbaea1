import type { Booking, Closure, Room } from '../model/places';
import { fromDateAndMinutes } from '../time/center-time';
import { hoursOn, openSpans, type MakeupDays } from './calendar';
import { subtractIntervals } from './intervals';

const MINUTE_MS = 60_000;

/**
 * A span on the board's time axis, in minutes after the center's midnight.
 *
 * @example
 * const s: MinuteSpan = { from: 510, to: 720 };
 */
export interface MinuteSpan {
  from: number;
  to: number;
}

/**
 * One booking drawn on a room's row: its own span, and the setup and cleanup around it.
 *
 * @example
 * const block: BoardBlock = { booking, span: { from: 540, to: 660 }, setup: { from: 510, to: 540 }, cleanup: { from: 660, to: 675 } };
 */
export interface BoardBlock {
  booking: Booking;
  span: MinuteSpan;
  setup: MinuteSpan | null;
  cleanup: MinuteSpan | null;
}

/**
 * One room's row of the day board.
 *
 * @example
 * row.closed // => [{ from: 480, to: 510 }] before opening
 */
export interface BoardRow {
  room: Room;
  /** Shaded: outside opening hours or closed, within the axis. */
  closed: MinuteSpan[];
  blocks: BoardBlock[];
}

/**
 * The day board's geometry for a date: an hour-aligned axis wide enough for every room's hours and
 * bookings, and per room its blocks (with buffers) and closed time.
 *
 * @example
 * layoutDay({ date: '2026-12-15', rooms, bookings, closures, makeup: new Map() }).axis // => { from: 480, to: 1260 }
 */
export function layoutDay(input: {
  date: string;
  rooms: readonly Room[];
  bookings: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
}): { axis: MinuteSpan; rows: BoardRow[] } {
  const dayStart = fromDateAndMinutes(input.date, 0);
  const toMinute = (t: number): number => Math.max(0, Math.min(1440, Math.round((t - dayStart) / MINUTE_MS)));
  let from = 1440;
  let to = 0;
  for (const room of input.rooms) {
    for (const h of hoursOn(room, input.date, input.makeup)) {
      from = Math.min(from, h.openMinute);
      to = Math.max(to, h.closeMinute);
    }
  }
  const byRoom = new Map<string, Booking[]>();
  for (const b of input.bookings) {
    // Only this day's bookings: the caller may pass a whole week.
    if (b.deletedAt !== null || b.end <= dayStart || b.start >= dayStart + 1440 * MINUTE_MS) continue;
    byRoom.set(b.roomId, [...(byRoom.get(b.roomId) ?? []), b]);
    from = Math.min(from, toMinute(b.start));
    to = Math.max(to, toMinute(b.end));
  }
  if (from >= to) {
    from = 480;
    to = 1260;
  }
  const axis = { from: Math.floor(from / 60) * 60, to: Math.min(1440, Math.ceil(to / 60) * 60) };
  const axisSpan = { start: dayStart + axis.from * MINUTE_MS, end: dayStart + axis.to * MINUTE_MS };
  const rows = input.rooms.map((room) => {
    const open = openSpans(room, input.date, input.date, input.closures, input.makeup);
    const closed = subtractIntervals([axisSpan], open).map((s) => ({
      from: toMinute(s.start),
      to: toMinute(s.end),
    }));
    const blocks = (byRoom.get(room.id) ?? [])
      .sort((a, b) => a.start - b.start)
      .map((booking) => {
        const span = { from: toMinute(booking.start), to: toMinute(booking.end) };
        const setup =
          room.setupMinutes > 0
            ? { from: Math.max(axis.from, span.from - room.setupMinutes), to: span.from }
            : null;
        const cleanup =
          room.cleanupMinutes > 0
            ? { from: span.to, to: Math.min(axis.to, span.to + room.cleanupMinutes) }
            : null;
        return { booking, span, setup, cleanup };
      });
    return { room, closed, blocks };
  });
  return { axis, rows };
}
