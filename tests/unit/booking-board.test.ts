import { describe, expect, it } from 'vitest';
import { layoutDay } from '@shared/booking/board-layout';
import { at, booking, closure, DAY, room } from './booking-fixture';

describe('day board layout', () => {
  it('draws blocks with their buffers on an hour-aligned axis and shades closed time', () => {
    const r = room({ setupMinutes: 30, cleanupMinutes: 15 });
    const { axis, rows } = layoutDay({
      date: DAY,
      rooms: [r],
      bookings: [booking(540, 600)],
      closures: [closure({ roomId: 'r1', startMinute: 840, endMinute: 900 })],
      makeup: new Map(),
    });
    expect(axis).toEqual({ from: 480, to: 1260 });
    expect(rows[0]?.blocks[0]).toMatchObject({
      span: { from: 540, to: 600 },
      setup: { from: 510, to: 540 },
      cleanup: { from: 600, to: 615 },
    });
    expect(rows[0]?.closed).toEqual([
      { from: 480, to: 510 },
      { from: 840, to: 900 },
    ]);
  });

  it('ignores bookings of other days', () => {
    const other = booking(0, 0, { start: at(540, '2026-12-16'), end: at(600, '2026-12-16') });
    const { axis, rows } = layoutDay({
      date: DAY,
      rooms: [room()],
      bookings: [other],
      closures: [],
      makeup: new Map(),
    });
    expect(axis).toEqual({ from: 480, to: 1260 });
    expect(rows[0]?.blocks).toEqual([]);
  });
});
