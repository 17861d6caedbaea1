import type { Booking, Organisation, Room } from '@shared/model';
import type { DeskDatabase } from '../database';
import { live } from './live';

/** Rooms, organisations and bookings, read side. Booking writes (with conflict checks) come with 场地预约. */
export function placesRepo(db: DeskDatabase) {
  return {
    /** Rooms in display order, active or not, excluding deleted ones. */
    async rooms(): Promise<Room[]> {
      return live(await db.rooms.orderBy('sortOrder').toArray());
    },

    async organisations(): Promise<Organisation[]> {
      const rows = live(await db.organisations.orderBy('name').toArray());
      return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },

    /** Bookings that overlap [from, to), by start time. */
    async bookingsBetween(from: number, to: number, maxDurationMs = 7 * 24 * 3600_000): Promise<Booking[]> {
      // Bound the scan from below by the longest booking, so the index does the work (platform notes).
      const rows = await db.bookings
        .where('start')
        .between(from - maxDurationMs, to, true, false)
        .toArray();
      return live(rows).filter((b) => b.end > from && b.start < to);
    },
  };
}
