import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRrule, expandDates, parseRrule } from '@shared/booking/recurrence';
import { planSeriesChange } from '@shared/booking/series';
import { canCheckIn, dueStatusChanges, statusAfterCheckIn } from '@shared/booking/status-sweep';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import type { Booking } from '@shared/model/places';
import { booking, MINUTE } from './booking-fixture';

const RULE = 'FREQ=WEEKLY;BYDAY=SA;COUNT=6';
const dates = expandDates(parseRrule(RULE), '2026-12-05');
const occurrences = (): Booking[] =>
  dates.map((d) =>
    booking(0, 0, {
      seriesId: 's1',
      start: fromDateAndMinutes(d, 540),
      end: fromDateAndMinutes(d, 660),
    }),
  );
const NOW = fromDateAndMinutes('2026-12-01', 600);

describe('series edits', () => {
  it('builds its fixture from six Saturdays', () => {
    expect(dates).toEqual([
      '2026-12-05',
      '2026-12-12',
      '2026-12-19',
      '2026-12-26',
      '2027-01-02',
      '2027-01-09',
    ]);
  });

  it('changes only the chosen occurrence for "this one"', () => {
    const rows = occurrences();
    const plan = planSeriesChange({
      rrule: RULE,
      occurrences: rows,
      target: rows[2] as Booking,
      scope: 'this',
      now: NOW,
      kind: 'edit',
    });
    expect(plan.targets.map((b) => b.id)).toEqual([rows[2]?.id]);
    expect(plan.truncateRrule).toBeNull();
  });

  it('ends the original rule the day before for "this and following" and starts a new one', () => {
    const rows = occurrences();
    const plan = planSeriesChange({
      rrule: RULE,
      occurrences: rows,
      target: rows[2] as Booking,
      scope: 'following',
      now: NOW,
      kind: 'edit',
    });
    expect(plan.targets.map((b) => dateKey(b.start))).toEqual(dates.slice(2));
    expect(plan.targets.map((b) => dateKey(b.start))).toEqual([
      '2026-12-19',
      '2026-12-26',
      '2027-01-02',
      '2027-01-09',
    ]);
    expect(plan.truncateRrule).toBe(
      buildRrule({ ...parseRrule(RULE), count: null, until: addDays(dates[2] as string, -1) }),
    );
    // Until the end of Friday 2026-12-18, China time.
    expect(plan.truncateRrule).toBe('FREQ=WEEKLY;BYDAY=SA;UNTIL=20261218T155959Z');
    expect(expandDates(parseRrule(plan.truncateRrule as string), dates[0] as string)).toEqual(
      dates.slice(0, 2),
    );
    expect(expandDates(parseRrule(plan.truncateRrule as string), '2026-12-05')).toEqual([
      '2026-12-05',
      '2026-12-12',
    ]);
    expect(expandDates(parseRrule(plan.splitRrule as string), dates[2] as string)).toEqual(dates.slice(2));
  });

  it('never touches past, checked-in, completed or cancelled occurrences', () => {
    const rows = occurrences();
    rows[1] = { ...(rows[1] as Booking), status: '已取消' };
    rows[3] = { ...(rows[3] as Booking), status: '已签到' };
    const later = dates[2] as string;
    const plan = planSeriesChange({
      rrule: RULE,
      occurrences: rows,
      target: rows[0] as Booking,
      scope: 'all',
      now: fromDateAndMinutes(later, 0),
      kind: 'cancel',
    });
    expect(plan.targets.map((b) => dateKey(b.start))).toEqual([dates[2], dates[4], dates[5]]);
  });

  it('splits a series so every rule date belongs to exactly one part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (index) => {
        const rows = occurrences();
        const plan = planSeriesChange({
          rrule: RULE,
          occurrences: rows,
          target: rows[index] as Booking,
          scope: 'following',
          now: NOW,
          kind: 'edit',
        });
        const before = expandDates(parseRrule(plan.truncateRrule as string), dates[0] as string);
        const after = expandDates(parseRrule(plan.splitRrule as string), dates[index] as string);
        expect([...before, ...after]).toEqual(dates);
      }),
    );
  });
});

describe('status clock', () => {
  it('marks confirmed bookings not checked in after the grace period as no-show', () => {
    const b = booking(600, 660);
    expect(dueStatusChanges([b], b.start + 29 * MINUTE, { noShowMinutes: 30 })).toEqual([]);
    expect(dueStatusChanges([b], b.start + 30 * MINUTE, { noShowMinutes: 30 })).toEqual([
      { booking: b, to: '未到场' },
    ]);
  });

  it('leaves back-filled records alone and completes checked-in bookings after their end', () => {
    const backfill = booking(600, 660, { backfillReason: '补录' });
    const inRoom = booking(600, 660, { status: '已签到', checkedInAt: 1 });
    expect(dueStatusChanges([backfill, inRoom], inRoom.end, { noShowMinutes: 30 })).toEqual([
      { booking: inRoom, to: '已完成' },
    ]);
  });

  it('allows check-in from an hour before the start, and corrects a no-show', () => {
    const b = booking(600, 660);
    expect(canCheckIn(b, b.start - 61 * MINUTE)).toBe(false);
    expect(canCheckIn(b, b.start - 60 * MINUTE)).toBe(true);
    expect(canCheckIn({ ...b, status: '未到场' }, b.end)).toBe(true);
    expect(canCheckIn({ ...b, status: '已取消' }, b.start)).toBe(false);
    expect(statusAfterCheckIn(b, b.start)).toBe('已签到');
    expect(statusAfterCheckIn(b, b.end)).toBe('已完成');
  });
});
