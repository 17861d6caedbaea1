import { generateDemoData } from '@shared/demo';
import type { DemoData } from '@shared/demo';
import type { Booking, Room } from '@shared/model/places';

/** Sunday 2026-11-22 10:15 in China: a day with bookings in progress. */
export const NOW = Date.UTC(2026, 10, 22, 2, 15);
export const MINUTE = 60_000;
export const DESK_ID = 'desk-demo';
export const SEED = 2026;

let cached: DemoData | null = null;

/**
 * The demo data for NOW and SEED, generated once per test file.
 *
 * @example
 * const data = demoData();
 */
export function demoData(): DemoData {
  cached ??= generateDemoData({ now: NOW, seed: SEED, deskId: DESK_ID });
  return cached;
}

/**
 * Every pair of bookings in the same room whose buffered intervals (setup and cleanup included) overlap.
 *
 * @example
 * expect(overlaps(data.bookings, data.rooms)).toEqual([]);
 */
export function overlaps(bookings: readonly Booking[], rooms: readonly Room[]): string[] {
  const clashes: string[] = [];
  const buffered = bookings.map((b) => {
    const room = rooms.find((r) => r.id === b.roomId);
    if (!room) throw new Error(`booking ${b.number} has no room`);
    return { b, from: b.start - room.setupMinutes * MINUTE, to: b.end + room.cleanupMinutes * MINUTE };
  });
  for (const x of buffered) {
    for (const y of buffered) {
      if (x.b.id < y.b.id && x.b.roomId === y.b.roomId && x.from < y.to && y.from < x.to) {
        clashes.push(`${x.b.number} × ${y.b.number}`);
      }
    }
  }
  return clashes;
}
