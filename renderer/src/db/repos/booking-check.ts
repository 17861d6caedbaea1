import { checkBooking, type Problem } from '@shared/booking/conflicts';
import { placeholderBooking } from '@shared/booking/series-preview';
import type { Booking, Room } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import { closuresBetween, readRules, roomBookings } from './booking-tx';
import { MAKEUP_DAYS } from './closures';

/**
 * Checks a set of placements (booking id or null, room, span) against stored bookings and each other,
 * inside the caller's transaction. Rows whose ids are in `moving` are ignored as obstacles.
 */
export async function checkAll(
  db: DeskDatabase,
  items: { id: string | null; roomId: string; start: number; end: number; expectedAttendees: number }[],
  moving: ReadonlySet<string>,
): Promise<{ problems: Problem[]; dates: string[] }> {
  const rules = await readRules(db);
  const problems: Problem[] = [];
  const dates: string[] = [];
  const placed: Booking[] = [];
  const byRoom = new Map<string, Booking[]>();
  const rooms = new Map<string, Room>();
  const closures = items.length
    ? await closuresBetween(db, Math.min(...items.map((i) => i.start)), Math.max(...items.map((i) => i.end)))
    : [];
  for (const item of items) {
    if (!byRoom.has(item.roomId)) {
      const span = items.filter((i) => i.roomId === item.roomId);
      const rows = await roomBookings(
        db,
        item.roomId,
        Math.min(...span.map((i) => i.start)),
        Math.max(...span.map((i) => i.end)),
      );
      byRoom.set(
        item.roomId,
        rows.filter((b) => !moving.has(b.id)),
      );
    }
    const room = rooms.get(item.roomId) ?? (await db.rooms.get(item.roomId));
    if (room) rooms.set(room.id, room);
    const found = checkBooking({
      candidate: item,
      room,
      others: [...(byRoom.get(item.roomId) ?? []), ...placed],
      closures,
      makeup: MAKEUP_DAYS,
      rules,
    });
    for (const p of found) {
      problems.push(p);
      dates.push(dateKey(item.start));
    }
    placed.push(
      placeholderBooking({
        roomId: item.roomId,
        span: item,
        id: item.id ?? `new-${placed.length}`,
        title: '本次其他日期',
      }),
    );
  }
  return { problems, dates };
}
