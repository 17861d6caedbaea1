import type { Booking } from '../model/places';
import { mergeIntervals, type Interval } from './intervals';
import { holdsRoom } from './rules';

/**
 * One room's bookings that start on one day: the union of the spans held (holdsRoom) and of the
 * spans booked by 未到场 bookings, as flat [start, end, start, end, …] epoch-millisecond pairs, and the
 * number of held bookings. Open time is not stored: room hours and closures stay editable.
 *
 * @example
 * const use: RoomDayUse = { held: [0, 3_600_000], noShow: [], bookings: 2 };
 */
export interface RoomDayUse {
  held: number[];
  noShow: number[];
  bookings: number;
}

/**
 * The stored room use of one center day (key: the day), by room id. Days without any held or
 * 未到场 booking have no row.
 *
 * @example
 * const row: RoomDay = { id: '2026-11-02', day: '2026-11-02', rooms: { r1: { held: [0, 60_000], noShow: [], bookings: 1 } } };
 */
export interface RoomDay {
  id: string;
  day: string;
  rooms: Record<string, RoomDayUse>;
}

/**
 * Flat [start, end, …] pairs of the merged union of spans.
 *
 * @example
 * flatUnion([{ start: 5, end: 9 }, { start: 0, end: 5 }]) // => [0, 9]
 */
export function flatUnion(spans: readonly Interval[]): number[] {
  return mergeIntervals(spans).flatMap((s) => [s.start, s.end]);
}

/**
 * Spans back from flat [start, end, …] pairs.
 *
 * @example
 * spansOf([0, 9, 12, 15]) // => [{ start: 0, end: 9 }, { start: 12, end: 15 }]
 */
export function spansOf(flat: readonly number[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    out.push({ start: flat[i] as number, end: flat[i + 1] as number });
  return out;
}

/**
 * The room-use row of `day` from the bookings that start on it (deleted ones and those neither held
 * nor 未到场 leave no trace), or null when nothing is left to store.
 *
 * @example
 * roomDayOf('2026-11-02', [{ id: 'b1', roomId: 'r1', start: 0, end: 60_000, status: '已确认', deletedAt: null }])
 * // => { id: '2026-11-02', day: '2026-11-02', rooms: { r1: { held: [0, 60_000], noShow: [], bookings: 1 } } }
 */
export function roomDayOf(
  day: string,
  bookings: readonly Pick<Booking, 'roomId' | 'start' | 'end' | 'status' | 'deletedAt'>[],
): RoomDay | null {
  const byRoom = new Map<string, { held: Interval[]; noShow: Interval[] }>();
  for (const b of bookings) {
    if (b.deletedAt !== null) continue;
    const held = holdsRoom(b.status);
    if (!held && b.status !== '未到场') continue;
    const lists = byRoom.get(b.roomId) ?? { held: [], noShow: [] };
    byRoom.set(b.roomId, lists);
    (held ? lists.held : lists.noShow).push({ start: b.start, end: b.end });
  }
  if (byRoom.size === 0) return null;
  const rooms: Record<string, RoomDayUse> = {};
  for (const [roomId, lists] of [...byRoom].sort(([a], [b]) => a.localeCompare(b))) {
    rooms[roomId] = {
      held: flatUnion(lists.held),
      noShow: flatUnion(lists.noShow),
      bookings: lists.held.length,
    };
  }
  return { id: day, day, rooms };
}

/**
 * `stored` (the day's row, or none) with new bookings added, without reading the day's other
 * bookings: unions take spans in any order, so adding to the stored union equals recounting the day.
 * Only for bookings that did not exist before (a changed or removed booking needs roomDayOf).
 *
 * @example
 * const row = roomDayWith('2026-11-02', null, [{ id: 'b1', roomId: 'r1', start: 0, end: 60_000, status: '已确认', deletedAt: null }]);
 * roomDayWith('2026-11-02', row, [{ id: 'b2', roomId: 'r1', start: 60_000, end: 90_000, status: '已确认', deletedAt: null }])
 * // => { id: '2026-11-02', day: '2026-11-02', rooms: { r1: { held: [0, 90_000], noShow: [], bookings: 2 } } }
 */
export function roomDayWith(
  day: string,
  stored: RoomDay | null | undefined,
  added: readonly Pick<Booking, 'roomId' | 'start' | 'end' | 'status' | 'deletedAt'>[],
): RoomDay | null {
  const rooms = new Map(Object.entries(stored?.rooms ?? {}));
  for (const b of added) {
    if (b.deletedAt !== null) continue;
    const held = holdsRoom(b.status);
    if (!held && b.status !== '未到场') continue;
    const use = rooms.get(b.roomId) ?? { held: [], noShow: [], bookings: 0 };
    const span = { start: b.start, end: b.end };
    rooms.set(
      b.roomId,
      held
        ? { ...use, held: flatUnion([...spansOf(use.held), span]), bookings: use.bookings + 1 }
        : { ...use, noShow: flatUnion([...spansOf(use.noShow), span]) },
    );
  }
  if (rooms.size === 0) return stored ?? null;
  const sorted = [...rooms].sort(([a], [b]) => a.localeCompare(b));
  return { id: day, day, rooms: Object.fromEntries(sorted) };
}
