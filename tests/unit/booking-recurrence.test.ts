import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRrule,
  describeRule,
  expandDates,
  matchesRule,
  parseRrule,
  type Recurrence,
} from '@shared/booking/recurrence';
import { OCCURRENCE_CAP } from '@shared/booking/rules';
import { addDays, weekdayOf } from '@shared/time/center-time';

const weekly = (weekdays: number[], extra: Partial<Recurrence> = {}): Recurrence => ({
  freq: 'WEEKLY',
  interval: 1,
  weekdays,
  monthly: null,
  until: null,
  count: null,
  ...extra,
});

const ruleArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({
    freq: fc.constant('DAILY' as const),
    interval: fc.integer({ min: 1, max: 5 }),
    weekdays: fc.constant<number[]>([]),
    monthly: fc.constant(null),
    until: fc.constant(null),
    count: fc.constant(null),
  }),
  fc.record({
    freq: fc.constant('WEEKLY' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    monthly: fc.constant(null),
    until: fc.constant(null),
    count: fc.constant(null),
  }),
  fc.record({
    freq: fc.constant('MONTHLY' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    weekdays: fc.constant<number[]>([]),
    monthly: fc.oneof(
      fc.record({ kind: fc.constant('day' as const), day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({
        kind: fc.constant('nth' as const),
        nth: fc.constantFrom(1, 2, 3, 4, -1),
        weekday: fc.integer({ min: 0, max: 6 }),
      }),
    ),
    until: fc.constant(null),
    count: fc.constant(null),
  }),
);

describe('recurrence', () => {
  it('expands every Saturday morning from the first date', () => {
    expect(expandDates(weekly([6], { count: 3 }), '2026-12-05')).toEqual([
      '2026-12-05',
      '2026-12-12',
      '2026-12-19',
    ]);
  });

  it('expands weekly on chosen weekdays until a date, inclusive', () => {
    expect(expandDates(weekly([2, 4], { until: '2026-12-10' }), '2026-12-01')).toEqual([
      '2026-12-01',
      '2026-12-03',
      '2026-12-08',
      '2026-12-10',
    ]);
  });

  it('skips months without the day, and finds the last Sunday of each month', () => {
    const day31: Recurrence = {
      freq: 'MONTHLY',
      interval: 1,
      weekdays: [],
      monthly: { kind: 'day', day: 31 },
      until: null,
      count: 3,
    };
    expect(expandDates(day31, '2026-12-31')).toEqual(['2026-12-31', '2027-01-31', '2027-03-31']);
    const lastSunday: Recurrence = {
      freq: 'MONTHLY',
      interval: 1,
      weekdays: [],
      monthly: { kind: 'nth', nth: -1, weekday: 0 },
      until: null,
      count: 2,
    };
    expect(expandDates(lastSunday, '2026-11-29')).toEqual(['2026-11-29', '2026-12-27']);
  });

  it('caps the number of occurrences however long the rule runs', () => {
    expect(expandDates({ ...weekly([0, 1, 2, 3, 4, 5, 6]) }, '2026-01-01')).toHaveLength(OCCURRENCE_CAP);
    expect(expandDates(weekly([6], { count: 500 }), '2026-12-05', 10)).toHaveLength(10);
  });

  it('writes and reads RFC 5545 RRULEs', () => {
    expect(buildRrule(weekly([6], { count: 10 }))).toBe('FREQ=WEEKLY;BYDAY=SA;COUNT=10');
    expect(buildRrule(weekly([0, 2], { interval: 2, until: '2026-12-31' }))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;UNTIL=20261231T155959Z',
    );
    expect(parseRrule('FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20261231T155959Z')).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      weekdays: [],
      monthly: { kind: 'nth', nth: -1, weekday: 0 },
      until: '2026-12-31',
      count: null,
    });
    expect(() => parseRrule('FREQ=YEARLY')).toThrow();
  });

  it('describes rules in Chinese', () => {
    expect(describeRule(weekly([6], { count: 10 }))).toBe('每周六，共 10 次');
  });

  it('round-trips any rule through its RRULE text', () => {
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: 2, max: 50 }), (rule, count) => {
        const r = { ...rule, count };
        const back = parseRrule(buildRrule(r));
        expect({ ...back, weekdays: [...back.weekdays].sort() }).toEqual({
          ...r,
          weekdays: [...r.weekdays].sort(),
        });
      }),
    );
  });

  it('produces exactly the dates a day-by-day oracle finds', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 10, max: 400 }),
        (rule, offset, count, span) => {
          const first = addDays('2026-01-01', offset);
          const until = addDays(first, span);
          const r = { ...rule, until };
          const oracle: string[] = [];
          for (let d = first; d <= until && oracle.length < OCCURRENCE_CAP; d = addDays(d, 1)) {
            if (matchesRule(r, first, d)) oracle.push(d);
          }
          expect(expandDates(r, first)).toEqual(oracle);
          // The first `count` dates the oracle finds, searching up to a century ahead.
          const counted: string[] = [];
          const horizon = addDays(first, 36500);
          for (let d = first; d <= horizon && counted.length < count; d = addDays(d, 1)) {
            if (matchesRule(rule, first, d)) counted.push(d);
          }
          expect(counted).toHaveLength(count);
          expect(expandDates({ ...rule, count }, first)).toEqual(counted);
          expect(expandDates({ ...rule, count }, first)).toEqual(
            expandDates({ ...rule, until: addDays(first, 36500) }, first).slice(0, count),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('matches weekly rules only on their weekdays', () => {
    expect(weekdayOf('2026-12-05')).toBe(6);
    expect(matchesRule(weekly([6]), '2026-12-05', '2026-12-12')).toBe(true);
    expect(matchesRule(weekly([6], { interval: 2 }), '2026-12-05', '2026-12-12')).toBe(false);
  });
});
