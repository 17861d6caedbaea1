import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatUnion, roomDayOf, roomDayWith, spansOf } from '@shared/booking/room-days';
import { BOOKING_STATUSES } from '@shared/model';
import { roomUtilisation, roomUtilisationFromDays } from '@shared/booking/utilisation';
import { firstServed } from '@shared/stats/daily-totals';
import { at, booking, DAY, room } from './booking-fixture';

const none = new Map<string, string>();

describe('room days', () => {
  const dayBookings = () => [
    booking(540, 660),
    booking(600, 720, { status: '已签到' }),
    booking(700, 760, { status: '已取消' }),
    booking(800, 860, { status: '未到场' }),
    booking(900, 960, { deletedAt: 1 }),
    booking(480, 540, { roomId: 'r2', status: '待审核' }),
  ];

  it("stores each room's union of held spans, its 未到场 spans and its held bookings", () => {
    expect(roomDayOf(DAY, dayBookings())).toEqual({
      id: DAY,
      day: DAY,
      rooms: {
        // 09:00–11:00 and 10:00–12:00 held: one span 09:00–12:00; cancelled and deleted leave no trace.
        r1: { held: [at(540), at(720)], noShow: [at(800), at(860)], bookings: 2 },
        r2: { held: [at(480), at(540)], noShow: [], bookings: 1 },
      },
    });
  });

  it('stores nothing for a day of only cancelled or deleted bookings', () => {
    expect(
      roomDayOf(DAY, [booking(540, 600, { status: '已取消' }), booking(600, 660, { deletedAt: 5 })]),
    ).toBeNull();
  });

  it('adds new bookings to the stored day exactly as a recount of the whole day would', () => {
    const arbitraryBooking = fc
      .record({
        from: fc.integer({ min: 480, max: 1200 }),
        length: fc.integer({ min: 1, max: 240 }),
        room: fc.constantFrom('r1', 'r2', 'r3'),
        status: fc.constantFrom(...BOOKING_STATUSES),
        deleted: fc.boolean(),
      })
      .map((b) =>
        booking(b.from, b.from + b.length, {
          roomId: b.room,
          status: b.status,
          deletedAt: b.deleted ? 1 : null,
        }),
      );
    fc.assert(
      fc.property(fc.array(arbitraryBooking, { maxLength: 12 }), fc.nat(), (all, cut) => {
        const k = all.length === 0 ? 0 : cut % (all.length + 1);
        const stored = roomDayOf(DAY, all.slice(0, k));
        expect(roomDayWith(DAY, stored, all.slice(k))).toEqual(roomDayOf(DAY, all));
      }),
    );
  });

  it('packs spans as flat pairs and reads them back', () => {
    const spans = [
      { start: 30, end: 40 },
      { start: 0, end: 10 },
      { start: 10, end: 20 },
    ];
    expect(flatUnion(spans)).toEqual([0, 20, 30, 40]);
    expect(spansOf([0, 20, 30, 40])).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 40 },
    ]);
  });

  it('gives the figures of every booking from the stored day and the booking running in from the day before', () => {
    // Monday 20:00 to Tuesday 09:30: the room opens Tuesday 08:30, so 08:30–09:30 counts.
    const overnight = booking(0, 570, { start: at(1200, '2026-12-14') });
    const days = [roomDayOf(DAY, dayBookings())].flatMap((d) => (d ? [d] : []));
    const input = { rooms: [room()], closures: [], makeup: none, fromDate: DAY, toDate: DAY };
    const [u] = roomUtilisationFromDays({ ...input, days, before: [overnight] });
    // Open 08:30–21:00 = 750; used 08:30–12:00 = 210; 未到场 13:20–14:20 = 60; three held bookings.
    expect(u).toEqual({
      roomId: 'r1',
      openMinutes: 750,
      usedMinutes: 210,
      idleRate: 1 - 210 / 750,
      noShowMinutes: 60,
      bookings: 3,
    });
    expect([u]).toEqual(roomUtilisation({ ...input, bookings: [overnight, ...dayBookings()] }));
  });
});

describe('firstServed', () => {
  it('reads each volunteer once from packed rows, from the first row where they served', () => {
    const january = 'v1\t2\t1\t1990-01-01\nv2\t0\t0\t';
    const february = 'v1\t5\t0\t\nv2\t1\t0\t2010-03-04\nv3\t1\t1\t';
    expect(firstServed([january, '', february])).toEqual({
      v1: [2, 1, '1990-01-01'],
      v2: [1, 0, '2010-03-04'],
      v3: [1, 1, null],
    });
  });
});
