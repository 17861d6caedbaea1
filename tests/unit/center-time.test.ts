import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dateKey,
  dayStartOf,
  daysBetween,
  formatDateCn,
  formatMinutes,
  formatTime,
  fromDateAndMinutes,
  isValidDateKey,
  minuteOfDay,
  parseDateKey,
  weekdayOf,
} from '@shared/time/center-time';

const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('dateKey and dayStartOf', () => {
  it('rolls over to the next day at 16:00 UTC (midnight in China)', () => {
    expect(dateKey(Date.UTC(2026, 10, 21, 15, 59, 59, 999))).toBe('2026-11-21');
    expect(dateKey(Date.UTC(2026, 10, 21, 16, 0))).toBe('2026-11-22');
  });

  it('finds the China midnight that starts the day', () => {
    expect(dayStartOf(Date.UTC(2026, 10, 22, 3, 0))).toBe(Date.UTC(2026, 10, 21, 16, 0));
    expect(dayStartOf(Date.UTC(2026, 10, 21, 16, 0))).toBe(Date.UTC(2026, 10, 21, 16, 0));
  });

  it('honours another offset when given', () => {
    expect(dateKey(Date.UTC(2026, 10, 21, 23, 0), 0)).toBe('2026-11-21');
    expect(dayStartOf(Date.UTC(2026, 10, 21, 23, 0), 0)).toBe(Date.UTC(2026, 10, 21));
  });

  it('handles instants before 1970', () => {
    expect(dateKey(Date.UTC(1949, 11, 31, 20, 0))).toBe('1950-01-01');
  });
});

describe('fromDateAndMinutes and minuteOfDay', () => {
  it('turns a China wall-clock time into the right instant', () => {
    expect(fromDateAndMinutes('2026-11-22', 510)).toBe(Date.UTC(2026, 10, 22, 0, 30));
    expect(fromDateAndMinutes('2026-11-22', 0)).toBe(Date.UTC(2026, 10, 21, 16, 0));
  });

  it('accepts 1440 as the next midnight, for half-open day ends', () => {
    expect(fromDateAndMinutes('2026-11-22', 1440)).toBe(fromDateAndMinutes('2026-11-23', 0));
  });

  it('reads the minute of the day back', () => {
    expect(minuteOfDay(Date.UTC(2026, 10, 22, 1, 30))).toBe(570);
  });

  it('rejects a date that does not exist', () => {
    expect(() => fromDateAndMinutes('2026-02-30', 0)).toThrow(RangeError);
  });

  it('round-trips every minute of a day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80_000 }),
        fc.integer({ min: 0, max: 1439 }),
        (dayOffset, minute) => {
          const key = addDays('1900-01-01', dayOffset);
          const at = fromDateAndMinutes(key, minute);
          expect(dateKey(at)).toBe(key);
          expect(minuteOfDay(at)).toBe(minute);
          expect(dayStartOf(at)).toBe(fromDateAndMinutes(key, 0));
        },
      ),
    );
  });
});

describe('weekdayOf', () => {
  it.each([
    ['1970-01-01', 4],
    ['2000-02-29', 2],
    ['2026-11-22', 0],
    ['2026-11-23', 1],
    ['2026-11-28', 6],
    ['1949-10-01', 6],
  ])('gives %s weekday %i (0 = Sunday)', (key, weekday) => {
    expect(weekdayOf(key)).toBe(weekday);
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('counts whole days between dates, negative when going back', () => {
    expect(daysBetween('2026-11-22', '2026-12-01')).toBe(9);
    expect(daysBetween('2026-12-01', '2026-11-22')).toBe(-9);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('parseDateKey and isValidDateKey', () => {
  it('splits a valid date', () => {
    expect(parseDateKey('2026-11-22')).toEqual({ year: 2026, month: 11, day: 22 });
  });

  it.each(['2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-1', '20261122', ''])(
    'rejects %s',
    (key) => {
      expect(isValidDateKey(key)).toBe(false);
    },
  );

  it('accepts 29 February of 2000 and 2024', () => {
    expect(isValidDateKey('2000-02-29')).toBe(true);
    expect(isValidDateKey('2024-02-29')).toBe(true);
  });
});

describe('formatting', () => {
  it('formats China wall-clock time as HH:mm', () => {
    expect(formatTime(Date.UTC(2026, 10, 22, 11, 5))).toBe('19:05');
    expect(formatTime(Date.UTC(2026, 10, 21, 16, 0))).toBe('00:00');
  });

  it('formats minutes after midnight', () => {
    expect(formatMinutes(510)).toBe('08:30');
    expect(formatMinutes(1440)).toBe('24:00');
  });

  it('formats a date the Chinese way with its weekday', () => {
    expect(formatDateCn('2026-11-22')).toBe('2026年11月22日 星期日');
    expect(formatDateCn('2026-01-05')).toBe('2026年1月5日 星期一');
  });
});

describe('machine time zone', () => {
  it('gives the same answers whatever TZ the process runs in', () => {
    const at = Date.UTC(2026, 10, 21, 17, 45);
    const run = () => [
      dateKey(at),
      formatTime(at),
      fromDateAndMinutes('2026-03-08', 120),
      weekdayOf('2026-03-08'),
    ];
    process.env.TZ = 'UTC';
    const utc = run();
    for (const tz of ['America/New_York', 'Asia/Shanghai', 'Pacific/Chatham', 'Europe/London']) {
      process.env.TZ = tz;
      expect(run()).toEqual(utc);
    }
    expect(utc).toEqual(['2026-11-22', '01:45', Date.UTC(2026, 2, 7, 18, 0), 0]);
  });
});
