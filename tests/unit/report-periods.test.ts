import { describe, expect, it } from 'vitest';
import {
  describeReportPeriod,
  periodContaining,
  rangePeriod,
  samePeriodLastYear,
  shiftPeriod,
  trendBuckets,
} from '@shared/stats/report-periods';

const days = (p: { firstDay: string; lastDay: string }) => [p.firstDay, p.lastDay];

describe('report periods', () => {
  it('starts a week on Monday, also when the day is a Sunday', () => {
    expect(days(periodContaining('week', '2026-11-22'))).toEqual(['2026-11-16', '2026-11-22']);
    expect(days(periodContaining('week', '2026-11-23'))).toEqual(['2026-11-23', '2026-11-29']);
  });

  it('finds the quarter, half-year and year of a day', () => {
    expect(days(periodContaining('quarter', '2026-11-22'))).toEqual(['2026-10-01', '2026-12-31']);
    expect(days(periodContaining('quarter', '2026-03-31'))).toEqual(['2026-01-01', '2026-03-31']);
    expect(days(periodContaining('half', '2026-07-01'))).toEqual(['2026-07-01', '2026-12-31']);
    expect(days(periodContaining('half', '2026-06-30'))).toEqual(['2026-01-01', '2026-06-30']);
    expect(days(periodContaining('year', '2026-02-10'))).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('bounds a period by center midnights (UTC+8)', () => {
    const p = periodContaining('month', '2026-11-05');
    expect(p.from).toBe(Date.UTC(2026, 9, 31, 16));
    expect(p.to).toBe(Date.UTC(2026, 10, 30, 16));
  });

  it('steps to the previous and next period across year ends and short months', () => {
    expect(days(shiftPeriod(periodContaining('month', '2026-01-15'), -1))).toEqual([
      '2025-12-01',
      '2025-12-31',
    ]);
    expect(days(shiftPeriod(periodContaining('month', '2026-01-31'), 1))).toEqual([
      '2026-02-01',
      '2026-02-28',
    ]);
    expect(days(shiftPeriod(periodContaining('quarter', '2026-11-22'), 1))).toEqual([
      '2027-01-01',
      '2027-03-31',
    ]);
    expect(days(shiftPeriod(periodContaining('half', '2026-03-01'), -1))).toEqual([
      '2025-07-01',
      '2025-12-31',
    ]);
    expect(days(shiftPeriod(periodContaining('week', '2026-01-01'), -1))).toEqual([
      '2025-12-22',
      '2025-12-28',
    ]);
    expect(days(shiftPeriod(rangePeriod('2026-11-03', '2026-11-09'), -1))).toEqual([
      '2026-10-27',
      '2026-11-02',
    ]);
  });

  it('finds the same period last year, keeping weeks on Mondays and moving 29 February to the 28th', () => {
    expect(days(samePeriodLastYear(periodContaining('quarter', '2026-11-22')))).toEqual([
      '2025-10-01',
      '2025-12-31',
    ]);
    expect(days(samePeriodLastYear(periodContaining('week', '2026-11-22')))).toEqual([
      '2025-11-17',
      '2025-11-23',
    ]);
    expect(days(samePeriodLastYear(rangePeriod('2028-02-29', '2028-03-01')))).toEqual([
      '2027-02-28',
      '2027-03-01',
    ]);
  });

  it('names periods the way reports title them', () => {
    expect(describeReportPeriod(periodContaining('month', '2026-11-22'))).toBe('2026年11月');
    expect(describeReportPeriod(periodContaining('quarter', '2026-11-22'))).toBe('2026年第四季度');
    expect(describeReportPeriod(periodContaining('half', '2026-02-01'))).toBe('2026年上半年');
    expect(describeReportPeriod(rangePeriod('2026-12-30', '2027-01-02'))).toBe(
      '2026年12月30日至2027年1月2日',
    );
  });

  it('buckets a trend by day up to two months and by month beyond', () => {
    expect(trendBuckets(periodContaining('week', '2026-11-22')).map((b) => b.label)).toEqual([
      '11/16',
      '11/17',
      '11/18',
      '11/19',
      '11/20',
      '11/21',
      '11/22',
    ]);
    expect(
      trendBuckets(rangePeriod('2026-01-15', '2026-04-10')).map((b) => [b.label, b.firstDay, b.lastDay]),
    ).toEqual([
      ['1月', '2026-01-15', '2026-01-31'],
      ['2月', '2026-02-01', '2026-02-28'],
      ['3月', '2026-03-01', '2026-03-31'],
      ['4月', '2026-04-01', '2026-04-10'],
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => rangePeriod('2026-11-10', '2026-11-09')).toThrow(RangeError);
  });
});
