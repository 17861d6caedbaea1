import { describe, expect, it } from 'vitest';
import {
  isForgottenSignOut,
  monthChange,
  monthToDate,
  nextSeriesDates,
  nothingToDo,
} from '@shared/stats/overview';
import { formatCount } from '@shared/stats/period-summary';
import { at, booking } from './booking-fixture';

describe('monthChange', () => {
  it('states a rise and a fall against last month in whole percent', () => {
    expect(monthChange(15, 12)).toEqual({ direction: 'up', percent: 25, text: '↑ 25%' });
    expect(monthChange(9, 10)).toEqual({ direction: 'down', percent: 10, text: '↓ 10%' });
    expect(monthChange(2, 3)).toMatchObject({ percent: 33, text: '↓ 33%' });
  });

  it('says 持平 when nothing changed, and 新增 when last month had none to divide by', () => {
    expect(monthChange(0, 0).text).toBe('持平');
    expect(monthChange(7, 7).text).toBe('持平');
    expect(monthChange(4, 0)).toEqual({ direction: 'up', percent: null, text: '↑ 新增' });
    expect(monthChange(0, 5)).toMatchObject({ direction: 'down', percent: 100, text: '↓ 100%' });
  });

  it('never calls a small real change 0%', () => {
    expect(monthChange(1001, 1000).text).toBe('↑ 不足 1%');
  });
});

describe('isForgottenSignOut', () => {
  const todayStart = at(0);
  it('flags an open sign-in from before today, not one from this morning or one already closed', () => {
    expect(
      isForgottenSignOut({ status: '服务中', signInAt: todayStart - 1, deletedAt: null }, todayStart),
    ).toBe(true);
    expect(isForgottenSignOut({ status: '服务中', signInAt: todayStart, deletedAt: null }, todayStart)).toBe(
      false,
    );
    expect(isForgottenSignOut({ status: '待确认', signInAt: 0, deletedAt: null }, todayStart)).toBe(false);
    expect(isForgottenSignOut({ status: '服务中', signInAt: 0, deletedAt: 5 }, todayStart)).toBe(false);
  });
});

describe('nextSeriesDates', () => {
  it('gives each series its soonest live date, skipping cancelled ones, soonest series first', () => {
    const rows = [
      booking(600, 660, {
        id: 'a2',
        seriesId: 'A',
        start: at(600, '2026-12-22'),
        end: at(660, '2026-12-22'),
      }),
      booking(600, 660, { id: 'a1', seriesId: 'A', status: '已取消' }),
      booking(540, 600, {
        id: 'b1',
        seriesId: 'B',
        start: at(540, '2026-12-16'),
        end: at(600, '2026-12-16'),
      }),
      booking(540, 600, {
        id: 'b2',
        seriesId: 'B',
        start: at(540, '2026-12-23'),
        end: at(600, '2026-12-23'),
      }),
      booking(540, 600, { id: 'single', seriesId: null }),
      booking(700, 760, { id: 'gone', seriesId: 'C', deletedAt: 1 }),
    ];
    const next = nextSeriesDates(rows, 5);
    expect(next.map((n) => [n.seriesId, n.booking.id, n.laterCount])).toEqual([
      ['B', 'b1', 1],
      ['A', 'a2', 0],
    ]);
    expect(nextSeriesDates(rows, 1)).toHaveLength(1);
  });
});

describe('nothingToDo', () => {
  const none = {
    pendingBookings: 0,
    pendingRecords: 0,
    forgottenSignOuts: 0,
    openOrders: 0,
    overdueOrders: 0,
    followUps: 0,
  };
  it('is calm only when no count waits and backups are fine', () => {
    expect(nothingToDo(none, false)).toBe(true);
    expect(nothingToDo(none, true)).toBe(false);
    expect(nothingToDo({ ...none, forgottenSignOuts: 1 }, false)).toBe(false);
    expect(nothingToDo({ ...none, followUps: 2 }, false)).toBe(false);
  });
});

describe('monthToDate', () => {
  it('compares the month so far with the same days of last month, cut at a shorter month’s end', () => {
    expect(monthToDate('2026-12-02')).toEqual({
      current: { firstDay: '2026-12-01', lastDay: '2026-12-02' },
      previous: { firstDay: '2026-11-01', lastDay: '2026-11-02' },
    });
    expect(monthToDate('2026-03-31').previous).toEqual({ firstDay: '2026-02-01', lastDay: '2026-02-28' });
    expect(monthToDate('2028-03-30').previous.lastDay).toBe('2028-02-29');
    expect(monthToDate('2027-01-15').previous).toEqual({ firstDay: '2026-12-01', lastDay: '2026-12-15' });
  });
});

describe('formatCount', () => {
  it('groups a count by thousands as reports write it, the same as toLocaleString', () => {
    expect(formatCount(126000)).toBe('126,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe((1234567).toLocaleString('zh-CN'));
  });
});
