import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBooking } from '@shared/booking/conflicts';
import { DEFAULT_BOOKING_RULES } from '@shared/booking/rules';
import { previewSeries, type PreviewRow } from '@shared/booking/series-preview';
import type { Booking } from '@shared/model';
import { addDays, dateKey, formatTime, fromDateAndMinutes } from '@shared/time/center-time';
import { at, booking, closure, DAY, room } from './booking-fixture';

const NO_MAKEUP = new Map<string, string>();
const weekly = (n: number) => Array.from({ length: n }, (_, i) => addDays(DAY, 7 * i));

function preview(overrides: Partial<Parameters<typeof previewSeries>[0]> = {}): PreviewRow[] {
  return previewSeries({
    roomId: 'r1',
    room: room({ setupMinutes: 15, cleanupMinutes: 15 }),
    dates: weekly(4),
    startMinute: 540,
    minutes: 60,
    expectedAttendees: 20,
    others: [],
    closures: [],
    makeup: NO_MAKEUP,
    rules: DEFAULT_BOOKING_RULES,
    now: 0,
    ...overrides,
  });
}

const where = (move: { start: number } | null) => move && `${dateKey(move.start)} ${formatTime(move.start)}`;

describe('series preview', () => {
  it('moves a date closed all day to the same time on the nearest open day', () => {
    // DAY is a Tuesday; the room is closed on Mondays, so the Wednesday after is the nearest open day.
    const rows = preview({ closures: [closure({ date: addDays(DAY, 7), endDate: addDays(DAY, 7) })] });
    expect(rows.map((r) => r.problems.length > 0)).toEqual([false, true, false, false]);
    expect(where(rows[1]?.move ?? null)).toBe(`${addDays(DAY, 8)} 09:00`);
  });

  it('moves a closed Sunday back to the Saturday before, nearer than the Tuesday after the closed Monday', () => {
    // DAY is a Tuesday: DAY + 5 is a Sunday; its Monday is closed, so Saturday (one day) beats Tuesday (two).
    const sundays = weekly(3).map((d) => addDays(d, 5));
    const rows = preview({ dates: sundays, closures: [closure({ date: sundays[1], endDate: sundays[1] })] });
    expect(rows.map((r) => r.problems.length > 0)).toEqual([false, true, false]);
    expect(where(rows[1]?.move ?? null)).toBe(`${addDays(DAY, 11)} 09:00`);
  });

  it('keeps a move on the same day when a nearby time is free', () => {
    const taken = booking(540, 600, { start: at(540, addDays(DAY, 14)), end: at(600, addDays(DAY, 14)) });
    const rows = preview({ others: [taken] });
    // 10:00 end + 15 cleanup + 15 setup: 10:30 is the nearest start that day.
    expect(where(rows[2]?.move ?? null)).toBe(`${addDays(DAY, 14)} 10:30`);
  });

  it('never moves a date onto another date of the same series', () => {
    // Every day 09:00 for a week, the Thursday closed: the neighbouring days' 09:00 belong to the series.
    const dates = [0, 1, 2, 3, 4, 5].map((i) => addDays(DAY, i));
    const rows = preview({ dates, closures: [closure({ date: addDays(DAY, 2), endDate: addDays(DAY, 2) })] });
    expect(rows.map((r) => r.problems.length > 0)).toEqual([false, false, true, false, false, false]);
    const move = rows[2]?.move ?? null;
    expect(move).not.toBeNull();
    for (const r of rows.filter((x) => x.problems.length === 0)) {
      expect(move && move.start < r.end + 30 * 60_000 && r.start - 30 * 60_000 < move.end).toBe(false);
    }
  });

  it('offers two conflicting dates two different slots', () => {
    const closed = [7, 14].map((d, i) =>
      closure({ id: `c${i}`, date: addDays(DAY, d), endDate: addDays(DAY, d) }),
    );
    const rows = preview({ closures: closed });
    expect(rows[1]?.move).not.toBeNull();
    expect(rows[2]?.move).not.toBeNull();
    expect(where(rows[1]?.move ?? null)).not.toBe(where(rows[2]?.move ?? null));
  });

  it('offers nothing earlier than now', () => {
    const closed = closure({ date: addDays(DAY, 7), endDate: addDays(DAY, 7) });
    const now = fromDateAndMinutes(addDays(DAY, 7), 720);
    const rows = preview({ closures: [closed], now });
    expect(rows[1]?.move?.start ?? 0).toBeGreaterThanOrEqual(now);
  });

  it('offers no move for a date refused for its length', () => {
    const rows = preview({ minutes: DEFAULT_BOOKING_RULES.maxDurationMinutes + 60 });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.problems.some((p) => p.kind === 'duration') && r.move === null)).toBe(true);
  });

  it('lets every free date and every offered move be booked together, whatever is already there', () => {
    const r1 = room({ setupMinutes: 15, cleanupMinutes: 15 });
    const slot = fc.record({ day: fc.integer({ min: 0, max: 30 }), from: fc.integer({ min: 30, max: 80 }) });
    fc.assert(
      fc.property(
        fc.array(slot, { maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        (existing, closedDays, step) => {
          const others: Booking[] = existing.map((e, i) =>
            booking(0, 0, {
              id: `o${i}`,
              start: at(e.from * 15, addDays(DAY, e.day)),
              end: at(e.from * 15 + 60, addDays(DAY, e.day)),
            }),
          );
          const closures = closedDays.map((d, i) =>
            closure({ id: `c${i}`, date: addDays(DAY, d), endDate: addDays(DAY, d) }),
          );
          const dates = Array.from({ length: 5 }, (_, i) => addDays(DAY, i * step));
          const rows = preview({ room: r1, dates, others, closures });
          if (rows.length !== dates.length) return false;
          const chosen = rows.flatMap((r) => (r.problems.length === 0 ? [r] : r.move ? [r.move] : []));
          const placed: Booking[] = [];
          for (const [i, span] of chosen.entries()) {
            const problems = checkBooking({
              candidate: { id: null, roomId: 'r1', ...span, expectedAttendees: 1 },
              room: r1,
              others: [...others, ...placed],
              closures,
              makeup: NO_MAKEUP,
              rules: DEFAULT_BOOKING_RULES,
            });
            if (problems.length > 0) return false;
            placed.push(booking(0, 0, { id: `p${i}`, start: span.start, end: span.end }));
          }
          return true;
        },
      ),
    );
  });
});
