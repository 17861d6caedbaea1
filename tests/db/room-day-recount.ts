import { roomDayOf, type RoomDay } from '@shared/booking/room-days';
import type { Booking } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import type { DeskDatabase } from '../../renderer/src/db';

/** Room days recounted from every booking, grouped by start day, sorted by day. */
export async function recountRoomDays(db: DeskDatabase): Promise<RoomDay[]> {
  const byDay = new Map<string, Booking[]>();
  for (const b of await db.bookings.toArray()) {
    const day = dateKey(b.start);
    byDay.set(day, [...(byDay.get(day) ?? []), b]);
  }
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([day, list]) => {
      const row = roomDayOf(day, list);
      return row ? [row] : [];
    });
}
