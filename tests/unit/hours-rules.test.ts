import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HoursRuleSet } from '@shared/model';
import { fromDateAndMinutes } from '@shared/time/center-time';
import {
  autoCloseAt,
  creditByDay,
  creditSession,
  DEFAULT_HOURS_RULES,
  hoursRuleProblems,
  msByDay,
} from '@shared/volunteers/hours';

const MIN = 60_000;
const at = (day: string, hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return fromDateAndMinutes(day, (h ?? 0) * 60 + (m ?? 0));
};
const credit = (from: number, to: number, rules: HoursRuleSet = DEFAULT_HOURS_RULES) =>
  creditSession({ signInAt: from, signOutAt: to, rules });

const rulesArb = fc
  .record({
    roundingStepMinutes: fc.integer({ min: 1, max: 120 }),
    minimumCreditMinutes: fc.integer({ min: 0, max: 240 }),
    capPerSessionMinutes: fc.integer({ min: 30, max: 1440 }),
    capPerDayMinutes: fc.integer({ min: 30, max: 1440 }),
  })
  .map((r) => ({ name: 't', ...r }));

describe('creditSession', () => {
  it('rounds served time down to the step', () => {
    expect(credit(at('2026-11-22', '09:00'), at('2026-11-22', '12:35')).creditedMinutes).toBe(210);
  });

  it('credits nothing for a session shorter than the minimum, never more than was served', () => {
    const c = credit(at('2026-11-22', '09:00'), at('2026-11-22', '09:10'));
    expect(c).toMatchObject({ servedMinutes: 10, creditedMinutes: 0, belowMinimum: true });
    const oneMinute = credit(at('2026-11-22', '09:00'), at('2026-11-22', '09:01'), {
      ...DEFAULT_HOURS_RULES,
      roundingStepMinutes: 1,
    });
    expect(oneMinute).toMatchObject({ servedMinutes: 1, creditedMinutes: 0, belowMinimum: true });
  });

  it('credits a session of exactly the minimum', () => {
    const c = credit(at('2026-11-22', '09:00'), at('2026-11-22', '09:30'));
    expect(c).toMatchObject({ servedMinutes: 30, creditedMinutes: 30, belowMinimum: false });
  });

  it('credits a session across midnight with seconds the same as one at noon', () => {
    const rules = { ...DEFAULT_HOURS_RULES, roundingStepMinutes: 1 };
    const night = credit(at('2026-11-22', '23:30') + 30_000, at('2026-11-23', '00:30') + 30_000, rules);
    const noon = credit(at('2026-11-22', '11:30') + 30_000, at('2026-11-22', '12:30') + 30_000, rules);
    expect(noon.creditedMinutes).toBe(60);
    expect(night).toMatchObject({ servedMinutes: 60, creditedMinutes: 60 });
    // At the default half-hour step too: 60 minutes, not 30.
    expect(
      credit(at('2026-11-22', '23:30') + 30_000, at('2026-11-23', '00:30') + 30_000).creditedMinutes,
    ).toBe(60);
  });

  it('caps a long session and says so', () => {
    const c = credit(at('2026-11-22', '08:00'), at('2026-11-22', '19:00'));
    expect(c).toMatchObject({ servedMinutes: 660, creditedMinutes: 480, limitedBy: 'session' });
  });

  it('counts a session across midnight as its real length, never negative', () => {
    const c = credit(at('2026-11-22', '22:00'), at('2026-11-23', '01:00'));
    expect(c.servedMinutes).toBe(180);
    expect(c.creditedMinutes).toBe(180);
  });

  it('splits a night session between the two days for the day cap', () => {
    const c = creditSession({
      signInAt: at('2026-11-22', '22:00'),
      signOutAt: at('2026-11-23', '01:00'),
      rules: DEFAULT_HOURS_RULES,
      creditedOnDay: (day) => (day === '2026-11-22' ? 720 : 0),
    });
    expect(c).toMatchObject({ creditedMinutes: 60, limitedBy: 'day' });
  });

  it('credits nothing once the day cap is used up, even with a minimum credit', () => {
    const c = creditSession({
      signInAt: at('2026-11-22', '18:00'),
      signOutAt: at('2026-11-22', '18:20'),
      rules: DEFAULT_HOURS_RULES,
      creditedOnDay: () => 720,
    });
    expect(c.creditedMinutes).toBe(0);
  });

  it('credits nothing when sign-out is not after sign-in', () => {
    const t = at('2026-11-22', '10:00');
    expect(credit(t, t).creditedMinutes).toBe(0);
    expect(credit(t, t - 90 * MIN).creditedMinutes).toBe(0);
  });

  it('never credits a negative amount, more than the caps, or more than allowed by the day', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.integer({ min: -600, max: 2 * 1440 }),
        fc.integer({ min: 0, max: 1500 }),
        (rules, startMinute, length, already) => {
          const signInAt = at('2026-11-20', '00:00') + startMinute * MIN;
          const c = creditSession({
            signInAt,
            signOutAt: signInAt + length * MIN,
            rules,
            creditedOnDay: () => already,
          });
          expect(c.creditedMinutes).toBeGreaterThanOrEqual(0);
          expect(c.creditedMinutes).toBeLessThanOrEqual(rules.capPerSessionMinutes);
          const days = length > 0 ? msByDay(signInAt, signInAt + length * MIN).size : 0;
          expect(c.creditedMinutes).toBeLessThanOrEqual(days * Math.max(0, rules.capPerDayMinutes - already));
          expect(c.creditedMinutes).toBeLessThanOrEqual(Math.max(0, length));
          if (length <= 0) expect(c.creditedMinutes).toBe(0);
        },
      ),
    );
  });

  it('credits a multiple of the step unless a cap decided it', () => {
    let rounded = 0;
    fc.assert(
      fc.property(rulesArb, fc.integer({ min: 1, max: 1440 }), (rules, length) => {
        const signInAt = at('2026-11-22', '08:00');
        const c = creditSession({ signInAt, signOutAt: signInAt + length * MIN, rules });
        if (c.limitedBy === null) {
          rounded += 1;
          expect(c.creditedMinutes % rules.roundingStepMinutes).toBe(0);
          expect(c.creditedMinutes).toBeLessThanOrEqual(c.servedMinutes);
        }
      }),
    );
    // Some generated sessions (about one in six) were decided by rounding alone: the checks above ran.
    expect(rounded).toBeGreaterThan(0);
  });

  it('never credits less for a longer session under the same rules', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 600 }),
        (rules, a, extra) => {
          const signInAt = at('2026-11-22', '06:00');
          const short = creditSession({ signInAt, signOutAt: signInAt + a * MIN, rules });
          const long = creditSession({ signInAt, signOutAt: signInAt + (a + extra) * MIN, rules });
          expect(long.creditedMinutes).toBeGreaterThanOrEqual(short.creditedMinutes);
        },
      ),
    );
  });
});

describe('msByDay', () => {
  it('splits at the center midnight, whatever the machine zone', () => {
    const parts = msByDay(at('2026-11-22', '23:30'), at('2026-11-23', '00:45'));
    expect([...parts]).toEqual([
      ['2026-11-22', 30 * MIN],
      ['2026-11-23', 45 * MIN],
    ]);
  });

  it('keeps the seconds of each part, so nothing is lost before the one rounding', () => {
    const parts = msByDay(at('2026-11-22', '23:30') + 30_000, at('2026-11-23', '00:30') + 30_000);
    expect([...parts]).toEqual([
      ['2026-11-22', 29.5 * MIN],
      ['2026-11-23', 30.5 * MIN],
    ]);
  });
});

describe('creditByDay', () => {
  it('puts a night session on the days it covers, in proportion to the time served', () => {
    const parts = creditByDay(at('2026-11-22', '23:00'), at('2026-11-23', '07:00'), 480);
    expect([...parts]).toEqual([
      ['2026-11-22', 60],
      ['2026-11-23', 420],
    ]);
  });

  it('adds up to the credit in whole minutes, never more than served on a day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * 1440 }),
        fc.integer({ min: 1, max: 1440 }),
        fc.integer({ min: 0, max: 1440 }),
        (start, length, credit) => {
          const from = at('2026-11-20', '00:00') + start * MIN;
          const credited = Math.min(credit, length);
          const parts = creditByDay(from, from + length * MIN, credited);
          const sum = [...parts.values()].reduce((a, b) => a + b, 0);
          expect(sum).toBe(credited);
          const served = msByDay(from, from + length * MIN);
          expect(parts.size).toBe(credited > 0 ? served.size : 0);
          for (const [day, minutes] of parts) {
            expect(Number.isInteger(minutes)).toBe(true);
            expect(minutes).toBeLessThanOrEqual((served.get(day) ?? 0) / MIN);
          }
        },
      ),
    );
  });
});

describe('autoCloseAt', () => {
  it('closes a forgotten sign-out after the auto-close time', () => {
    const t = at('2026-11-22', '09:00');
    expect(autoCloseAt(t, DEFAULT_HOURS_RULES)).toBe(at('2026-11-22', '17:00'));
  });

  it('falls back to the session cap when the rule set has no auto-close time', () => {
    const t = at('2026-11-22', '09:00');
    const old = { ...DEFAULT_HOURS_RULES, capPerSessionMinutes: 240 };
    delete old.autoCloseAfterMinutes;
    expect(autoCloseAt(t, old)).toBe(at('2026-11-22', '13:00'));
  });
});

describe('hoursRuleProblems', () => {
  it('accepts the defaults', () => {
    expect(hoursRuleProblems(DEFAULT_HOURS_RULES)).toEqual({});
  });

  it('names each bad field in Chinese', () => {
    expect(
      hoursRuleProblems({ ...DEFAULT_HOURS_RULES, roundingStepMinutes: 0, capPerDayMinutes: 240 }),
    ).toEqual({
      roundingStepMinutes: '取整步长应为1至120分钟',
      capPerDayMinutes: '每日上限不能小于单次上限',
    });
  });
});
