import { describe, expect, it } from 'vitest';
import {
  CENTER_STATION,
  NO_FILTER,
  activityPeriod,
  customRangeProblem,
  isAfterCursor,
  matchesActivity,
} from '@shared/activities/activity-list';
import { fromDateAndMinutes } from '@shared/time/center-time';

const at = (d: string) => fromDateAndMinutes(d, 0);

describe('activity list periods', () => {
  it('covers the week from Monday, the month, the quarter and the year of a date', () => {
    expect(activityPeriod('week', '2026-12-03')).toEqual({ from: at('2026-11-30'), to: at('2026-12-07') });
    expect(activityPeriod('month', '2026-12-03')).toEqual({ from: at('2026-12-01'), to: at('2027-01-01') });
    expect(activityPeriod('quarter', '2026-11-03')).toEqual({ from: at('2026-10-01'), to: at('2027-01-01') });
    expect(activityPeriod('year', '2026-11-03')).toEqual({ from: at('2026-01-01'), to: at('2027-01-01') });
  });

  it('takes a custom range including its last day, and refuses a reversed one', () => {
    expect(activityPeriod('custom', '2026-12-03', '2026-12-01', '2026-12-02')).toEqual({
      from: at('2026-12-01'),
      to: at('2026-12-03'),
    });
    expect(customRangeProblem('2026-12-05', '2026-12-01')).toBe('结束日期不能早于开始日期');
    expect(activityPeriod('custom', '2026-12-03', '2026-12-05', '2026-12-01')).toBeNull();
  });
});

describe('activity filters', () => {
  const a = {
    title: '敬老义诊',
    place: '社区广场',
    organiser: '团委',
    category: '志愿服务' as const,
    projectId: 'p1',
    stationId: null,
    deletedAt: null,
  };
  it('matches text in title, place or organiser, and project, category and station', () => {
    expect(matchesActivity(a, { ...NO_FILTER, text: '广场' })).toBe(true);
    expect(matchesActivity(a, { ...NO_FILTER, text: '读书' })).toBe(false);
    expect(matchesActivity(a, { ...NO_FILTER, projectId: 'p2' })).toBe(false);
    expect(matchesActivity(a, { ...NO_FILTER, stationId: CENTER_STATION })).toBe(true);
    expect(matchesActivity(a, { ...NO_FILTER, stationId: 's1' })).toBe(false);
    expect(matchesActivity({ ...a, deletedAt: 1 }, NO_FILTER)).toBe(false);
  });

  it('orders the keyset by start, then id', () => {
    expect(isAfterCursor({ start: 5, id: 'b' }, { start: 5, id: 'c' })).toBe(true);
    expect(isAfterCursor({ start: 6, id: 'a' }, { start: 5, id: 'c' })).toBe(false);
  });
});
