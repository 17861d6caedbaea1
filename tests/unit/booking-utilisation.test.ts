import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roomUtilisation, totalUtilisation, utilisationHeatMap } from '@shared/booking/utilisation';
import { at, booking, closure, DAY, room } from './booking-fixture';

const none = new Map<string, string>();

describe('utilisation', () => {
  it('counts overlapping bookings once and only inside opening hours', () => {
    const rows = [
      booking(540, 660),
      booking(600, 720),
      booking(480, 540),
      booking(700, 760, { status: '已取消' }),
    ];
    const [u] = roomUtilisation({
      rooms: [room()],
      bookings: rows,
      closures: [],
      makeup: none,
      fromDate: DAY,
      toDate: DAY,
    });
    expect(u?.openMinutes).toBe(750);
    // 08:30–12:00: 08:00–08:30 lies before opening; the cancelled one does not count.
    expect(u?.usedMinutes).toBe(210);
    expect(u?.idleRate).toBeCloseTo(1 - 210 / 750);
  });

  it('reports no-show time and leaves closed time out of open hours', () => {
    const rows = [booking(600, 660, { status: '未到场' })];
    const shut = [closure({ startMinute: 510, endMinute: 600 })];
    const [u] = roomUtilisation({
      rooms: [room()],
      bookings: rows,
      closures: shut,
      makeup: none,
      fromDate: DAY,
      toDate: DAY,
    });
    expect(u).toMatchObject({ openMinutes: 660, usedMinutes: 0, noShowMinutes: 60 });
  });

  it('has no idle rate for a room that was never open', () => {
    const [u] = roomUtilisation({
      rooms: [room()],
      bookings: [],
      closures: [],
      makeup: none,
      fromDate: '2026-12-14',
      toDate: '2026-12-14',
    });
    expect(u?.idleRate).toBeNull();
  });

  it('never exceeds 100% and matches a minute-by-minute oracle', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ from: fc.integer({ min: 300, max: 1380 }), len: fc.integer({ min: 1, max: 400 }) }),
          { maxLength: 8 },
        ),
        (raw) => {
          const rows = raw.map((r) => booking(r.from, Math.min(1440, r.from + r.len)));
          const [u] = roomUtilisation({
            rooms: [room()],
            bookings: rows,
            closures: [],
            makeup: none,
            fromDate: DAY,
            toDate: DAY,
          });
          let used = 0;
          for (let m = 510; m < 1260; m += 1)
            if (raw.some((r) => r.from <= m && m < Math.min(1440, r.from + r.len))) used += 1;
          expect(u?.usedMinutes).toBe(used);
          expect(u?.usedMinutes ?? 0).toBeLessThanOrEqual(u?.openMinutes ?? 0);
        },
      ),
    );
  });

  it('spreads open and used minutes over weekday × hour cells', () => {
    const heat = utilisationHeatMap({
      rooms: [room()],
      bookings: [booking(570, 660)],
      closures: [],
      makeup: none,
      fromDate: DAY,
      toDate: DAY,
    });
    expect(heat.open[2]?.[8]).toBe(30);
    expect(heat.open[2]?.[9]).toBe(60);
    expect(heat.used[2]?.[9]).toBe(30);
    expect(heat.used[2]?.[10]).toBe(60);
    expect(at(0)).toBeGreaterThan(0);
  });
});

describe('total utilisation', () => {
  it('weighs rooms by their open time and never reports a rate for a period with nothing open', () => {
    const total = totalUtilisation([
      { roomId: 'a', openMinutes: 600, usedMinutes: 300, idleRate: 0.5, noShowMinutes: 0, bookings: 3 },
      { roomId: 'b', openMinutes: 200, usedMinutes: 0, idleRate: 1, noShowMinutes: 60, bookings: 0 },
    ]);
    expect(total).toEqual({
      openMinutes: 800,
      usedMinutes: 300,
      usageRate: 0.375,
      idleRate: 0.625,
      noShowMinutes: 60,
      bookings: 3,
    });
    expect(totalUtilisation([]).idleRate).toBeNull();
  });
});
