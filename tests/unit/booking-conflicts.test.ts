import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBooking, findOverlaps } from '@shared/booking/conflicts';
import { mergeIntervals, unionLength } from '@shared/booking/intervals';
import { freeRooms, nearestFreeSlot, nearestStart } from '@shared/booking/suggestions';
import { walkInSpan } from '@shared/booking/walk-in';
import { DEFAULT_BOOKING_RULES } from '@shared/booking/rules';
import { at, booking, closure, DAY, MINUTE, room } from './booking-fixture';

const rules = DEFAULT_BOOKING_RULES;
const none = new Map<string, string>();

function check(start: number, end: number, others = [booking(600, 660)], r = room(), closures = []) {
  return checkBooking({
    candidate: { id: null, roomId: 'r1', start: at(start), end: at(end), expectedAttendees: 10 },
    room: r,
    others,
    closures,
    makeup: none,
    rules,
  });
}

describe('booking conflicts', () => {
  it('treats back-to-back bookings as not conflicting', () => {
    expect(check(660, 720)).toEqual([]);
    expect(check(540, 600)).toEqual([]);
  });

  it('refuses an overlap and names the booking it clashes with', () => {
    const problems = check(630, 700);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^与 YY-2026-\d{5}「活动\d+」（10:00–11:00）时间冲突$/);
  });

  it('keeps setup and cleanup buffers free between bookings', () => {
    const buffered = room({ setupMinutes: 30, cleanupMinutes: 15 });
    // 11:00 end + 15 cleanup + 30 setup: the next booking may start at 11:45, not earlier.
    expect(check(700, 760, undefined, buffered)[0]?.kind).toBe('overlap');
    expect(check(705, 760, undefined, buffered)).toEqual([]);
    expect(check(500 + 10, 555, undefined, buffered)).toEqual([]);
    expect(check(510, 556, undefined, buffered)[0]?.kind).toBe('overlap');
  });

  it('ignores cancelled and no-show bookings and the booking being edited', () => {
    const cancelled = booking(600, 660, { status: '已取消' });
    const noShow = booking(600, 660, { status: '未到场' });
    expect(check(600, 660, [cancelled, noShow])).toEqual([]);
    const own = booking(600, 660);
    expect(
      checkBooking({
        candidate: { id: own.id, roomId: 'r1', start: at(610), end: at(670), expectedAttendees: 1 },
        room: room(),
        others: [own],
        closures: [],
        makeup: none,
        rules,
      }),
    ).toEqual([]);
  });

  it('refuses times outside opening hours, on closed weekdays and in closures', () => {
    expect(check(480, 540, [])[0]?.message).toBe('超出开放时间：理论讲堂当天开放 08:30–21:00');
    expect(check(1200, 1290, [])[0]?.kind).toBe('hours');
    const monday = checkBooking({
      candidate: {
        id: null,
        roomId: 'r1',
        start: at(600, '2026-12-14'),
        end: at(660, '2026-12-14'),
        expectedAttendees: 1,
      },
      room: room(),
      others: [],
      closures: [],
      makeup: none,
      rules,
    });
    expect(monday[0]?.message).toBe('理论讲堂这一天不开放');
    const shut = check(600, 660, [], room(), [
      closure({ startMinute: 840, endMinute: 900, reason: '电路检修' }),
    ] as never[]);
    expect(shut).toEqual([]);
    const hit = check(850, 880, [], room(), [
      closure({ startMinute: 840, endMinute: 900, reason: '电路检修' }),
    ] as never[]);
    expect(hit[0]?.message).toBe('该时段中心闭馆：电路检修');
  });

  it('opens a normally closed weekday on a make-up workday', () => {
    const candidate = {
      id: null,
      roomId: 'r1',
      start: at(600, '2026-12-14'),
      end: at(660, '2026-12-14'),
      expectedAttendees: 1,
    };
    const input = { candidate, room: room(), others: [], closures: [], rules };
    expect(checkBooking({ ...input, makeup: none })).toHaveLength(1);
    expect(checkBooking({ ...input, makeup: new Map([['2026-12-14', '国庆节']]) })).toEqual([]);
  });

  it('refuses bookings longer than the maximum and end before start', () => {
    expect(check(510, 1260, [])[0]?.kind).toBe('duration');
    expect(check(600, 600, [])[0]?.message).toBe('结束时间须晚于开始时间');
  });

  it('agrees with a minute-by-minute oracle on overlaps, buffers included', () => {
    const slot = fc.record({
      from: fc.integer({ min: 510, max: 1200 }),
      len: fc.integer({ min: 5, max: 180 }),
    });
    fc.assert(
      fc.property(
        fc.array(slot, { maxLength: 6 }),
        slot,
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 45 }),
        (others, mine, setup, cleanup) => {
          const r = room({ setupMinutes: setup, cleanupMinutes: cleanup });
          const rows = others.map((o) => booking(o.from, o.from + o.len));
          const got = findOverlaps(
            { id: null, roomId: 'r1', start: at(mine.from), end: at(mine.from + mine.len) },
            r,
            rows,
          );
          const taken = (from: number, to: number) => {
            const set = new Set<number>();
            for (let m = from - setup; m < to + cleanup; m += 1) set.add(m);
            return set;
          };
          const mineSet = taken(mine.from, mine.from + mine.len);
          const expected = others.filter((o) =>
            [...taken(o.from, o.from + o.len)].some((m) => mineSet.has(m)),
          );
          expect(got.length).toBe(expected.length);
          // And they are the very bookings the oracle names.
          const expectedIds = others.flatMap((o, i) =>
            [...taken(o.from, o.from + o.len)].some((m) => mineSet.has(m)) ? [rows[i]?.id] : [],
          );
          expect(got.map((b) => b.id).sort()).toEqual(expectedIds.sort());
        },
      ),
    );
  });
});

describe('suggestions', () => {
  it('offers the nearest free slot after the clashing booking and its buffers', () => {
    const r = room({ setupMinutes: 30, cleanupMinutes: 15 });
    const slot = nearestFreeSlot({
      room: r,
      wanted: { start: at(570), end: at(630) },
      bookings: [booking(540, 600)],
      closures: [],
      makeup: none,
      now: at(0),
      days: 7,
    });
    expect(slot).toEqual({ start: at(645), end: at(705) });
  });

  it('finds the same nearest start as a brute-force scan of every minute', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ from: fc.integer({ min: 0, max: 1400 }), len: fc.integer({ min: 1, max: 200 }) }),
          { maxLength: 5 },
        ),
        fc.array(
          fc.record({ from: fc.integer({ min: 0, max: 1400 }), len: fc.integer({ min: 1, max: 300 }) }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (busyRaw, openRaw, wanted, duration, setup, cleanup) => {
          const busy = busyRaw.map((b) => ({ start: b.from, end: b.from + b.len }));
          const open = mergeIntervals(openRaw.map((o) => ({ start: o.from, end: o.from + o.len })));
          const got = nearestStart({ wanted, duration, setup, cleanup, open, busy, notBefore: 0 });
          let best: number | null = null;
          for (let s = 0; s <= 2000; s += 1) {
            const fits = open.some((o) => o.start <= s && s + duration <= o.end);
            const free = !busy.some((b) => s - setup < b.end && b.start < s + duration + cleanup);
            if (fits && free && (best === null || Math.abs(s - wanted) < Math.abs(best - wanted))) best = s;
          }
          expect(got).toBe(best);
        },
      ),
    );
  });

  it('suggests other free rooms with enough seats, smallest first', () => {
    const small = room({ id: 'r2', name: '培训室', capacity: 30, sortOrder: 2 });
    const big = room({ id: 'r3', name: '多功能厅', capacity: 200, sortOrder: 3 });
    const mid = room({ id: 'r4', name: '道德讲堂', capacity: 120, sortOrder: 4 });
    const busyMid = booking(600, 660, { roomId: 'r4' });
    const free = freeRooms({
      rooms: [room(), small, big, mid],
      wanted: { start: at(600), end: at(660) },
      bookings: [busyMid],
      closures: [],
      makeup: none,
      rules,
      excludeRoomId: 'r1',
      minCapacity: 80,
    });
    expect(free.map((r) => r.name)).toEqual(['多功能厅']);
  });

  it('gives a walk-in an hour from this minute, ending earlier at the next booking less cleanup, or nothing when taken', () => {
    const r = room({ setupMinutes: 30, cleanupMinutes: 15 });
    const walkIn = (now: number) =>
      walkInSpan({
        room: r,
        now,
        bookings: [booking(720, 780)],
        closures: [],
        makeup: none,
        maxDurationMinutes: 480,
      });
    expect(walkIn(at(603) + 20_000)).toEqual({ start: at(603), end: at(663) });
    expect(walkIn(at(650) + 59_000)).toEqual({ start: at(650), end: at(720 - 30 - 15) });
    expect(walkIn(at(665))).toBeNull();
    expect(
      walkInSpan({
        room: r,
        now: at(730),
        bookings: [booking(720, 780)],
        closures: [],
        makeup: none,
        maxDurationMinutes: 480,
      }),
    ).toBeNull();
    expect(
      walkInSpan({
        room: r,
        now: at(1270),
        bookings: [],
        closures: [],
        makeup: none,
        maxDurationMinutes: 480,
      }),
    ).toBeNull();
  });

  it('measures a union once however the spans overlap', () => {
    expect(
      unionLength([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 25 },
      ]),
    ).toBe(20);
    expect(DAY).toBe('2026-12-15');
    expect(MINUTE).toBe(60_000);
  });
});
