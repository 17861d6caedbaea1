import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '@shared/model';
import { dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { hoursByMonth, rankingPeriod, rankVolunteers } from '@shared/volunteers/rankings';

let seq = 0;
function rec(
  volunteerId: string,
  day: string,
  minutes: number,
  status: ServiceRecord['status'] = '已确认',
): ServiceRecord {
  seq += 1;
  const signInAt = fromDateAndMinutes(day, 540);
  return {
    id: `r${seq}`,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    volunteerId,
    activityId: null,
    bookingId: null,
    post: null,
    projectName: 'p',
    place: '',
    serviceObject: '',
    content: '',
    signInAt,
    signOutAt: signInAt + minutes * 60_000,
    creditedMinutes: minutes,
    rules: null,
    evaluation: '',
    leader: '',
    recorder: '',
    status,
    flaggedForReview: false,
    manualReason: null,
  };
}

describe('rankingPeriod', () => {
  it('starts weeks on Monday', () => {
    expect(rankingPeriod('week', '2026-11-22')).toMatchObject({ from: '2026-11-16', to: '2026-11-23' });
    expect(rankingPeriod('week', '2026-11-23')).toMatchObject({ from: '2026-11-23', to: '2026-11-30' });
  });

  it('covers the month, quarter and year around a date', () => {
    expect(rankingPeriod('month', '2026-12-05')).toMatchObject({ from: '2026-12-01', to: '2027-01-01' });
    expect(rankingPeriod('quarter', '2026-11-22')).toMatchObject({ from: '2026-10-01', to: '2027-01-01' });
    expect(rankingPeriod('quarter', '2026-02-10')).toMatchObject({ from: '2026-01-01', to: '2026-04-01' });
    expect(rankingPeriod('year', '2026-11-22')).toMatchObject({ from: '2026-01-01', to: '2027-01-01' });
  });
});

describe('rankVolunteers', () => {
  const month = rankingPeriod('month', '2026-11-22');
  const records = [
    rec('a', '2026-11-02', 120),
    rec('a', '2026-11-03', 120),
    rec('b', '2026-11-05', 300),
    rec('c', '2026-11-06', 60),
    rec('c', '2026-11-07', 60),
    rec('c', '2026-11-08', 60),
    rec('d', '2026-11-09', 600, '待确认'),
    rec('e', '2026-11-10', 600, '作废'),
    rec('f', '2026-10-31', 900),
  ];

  it('ranks by confirmed hours within the period only', () => {
    const rows = rankVolunteers(records, { ...month, by: 'hours', limit: 10 });
    expect(rows.map((r) => [r.volunteerId, r.minutes, r.rank])).toEqual([
      ['b', 300, 1],
      ['a', 240, 2],
      ['c', 180, 3],
    ]);
  });

  it('ranks by sessions', () => {
    const rows = rankVolunteers(records, { ...month, by: 'sessions', limit: 2 });
    expect(rows.map((r) => [r.volunteerId, r.sessions])).toEqual([
      ['c', 3],
      ['a', 2],
    ]);
  });

  it('gives equal results the same rank and skips the next', () => {
    const tie = [rec('x', '2026-11-02', 60), rec('y', '2026-11-02', 60), rec('z', '2026-11-02', 30)];
    expect(rankVolunteers(tie, { ...month, by: 'hours', limit: 5 }).map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe('hoursByMonth', () => {
  it('sums confirmed minutes for the twelve months up to this one', () => {
    const months = hoursByMonth(
      [
        rec('a', '2026-11-02', 120),
        rec('a', '2026-11-20', 60),
        rec('a', '2026-01-02', 30),
        rec('a', '2025-11-30', 45),
      ],
      '2026-11-22',
      (ms) => dateKey(ms),
    );
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2025-12', minutes: 0 });
    expect(months.at(-1)).toEqual({ month: '2026-11', minutes: 180 });
    expect(months.find((m) => m.month === '2026-01')?.minutes).toBe(30);
  });
});
