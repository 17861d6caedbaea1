import type { Booking, ServiceRecord } from '../model';

/**
 * How a figure moved from last month to this one.
 *
 * @example
 * const change: MonthChange = { direction: 'up', percent: 25, text: '↑ 25%' };
 */
export interface MonthChange {
  direction: 'up' | 'down' | 'same';
  /** Whole percent of last month's value; null when last month was 0 (no base to divide by). */
  percent: number | null;
  /** The change as the overview states it, e.g. `↑ 25%`, `↓ 10%`, `持平`, `↑ 新增`. */
  text: string;
}

/**
 * The change of a figure against last month, rounded to whole percent.
 *
 * @example
 * monthChange(15, 12) // => { direction: 'up', percent: 25, text: '↑ 25%' }
 * monthChange(9, 10) // => { direction: 'down', percent: 10, text: '↓ 10%' }
 * monthChange(4, 0) // => { direction: 'up', percent: null, text: '↑ 新增' }
 * monthChange(0, 0) // => { direction: 'same', percent: 0, text: '持平' }
 */
export function monthChange(current: number, previous: number): MonthChange {
  if (current === previous) return { direction: 'same', percent: 0, text: '持平' };
  const direction = current > previous ? 'up' : 'down';
  const arrow = direction === 'up' ? '↑' : '↓';
  if (previous === 0) return { direction, percent: null, text: `${arrow} 新增` };
  const percent = Math.round((Math.abs(current - previous) / previous) * 100);
  // A change too small to show as a whole percent still moved: say so rather than "0%".
  return { direction, percent, text: percent === 0 ? `${arrow} 不足 1%` : `${arrow} ${percent}%` };
}

/**
 * A forgotten sign-out: the volunteer signed in before today began and never signed out. Records of
 * today are people still on duty, not something the desk must chase.
 *
 * @example
 * isForgottenSignOut({ status: '服务中', signInAt: 1000, deletedAt: null }, 5000) // => true
 * isForgottenSignOut({ status: '服务中', signInAt: 6000, deletedAt: null }, 5000) // => false
 * isForgottenSignOut({ status: '待确认', signInAt: 1000, deletedAt: null }, 5000) // => false
 */
export function isForgottenSignOut(
  record: Pick<ServiceRecord, 'status' | 'signInAt' | 'deletedAt'>,
  todayStart: number,
): boolean {
  return record.deletedAt === null && record.status === '服务中' && record.signInAt < todayStart;
}

/**
 * The next date of one recurring booking series.
 *
 * @example
 * const next: NextSeriesDate = { seriesId: 's1', booking, laterCount: 1 };
 */
export interface NextSeriesDate {
  seriesId: string;
  booking: Booking;
  /** Later occurrences still coming within the rows read. */
  laterCount: number;
}

/**
 * The next occurrence of each series among upcoming bookings (any order), soonest first; cancelled and
 * deleted occurrences are skipped, so a cancelled date shows the one after it.
 *
 * @example
 * nextSeriesDates([{ ...b, seriesId: 's1', start: 2000 }, { ...b, seriesId: 's1', start: 1000 }], 5)
 * // => [{ seriesId: 's1', booking: { ...start: 1000 }, laterCount: 1 }]
 */
export function nextSeriesDates(upcoming: readonly Booking[], limit: number): NextSeriesDate[] {
  const bySeries = new Map<string, NextSeriesDate>();
  const sorted = upcoming
    .filter((b) => b.seriesId !== null && b.deletedAt === null && b.status !== '已取消')
    .sort((a, b) => a.start - b.start);
  for (const b of sorted) {
    const id = b.seriesId as string;
    const seen = bySeries.get(id);
    if (seen) seen.laterCount += 1;
    else bySeries.set(id, { seriesId: id, booking: b, laterCount: 0 });
  }
  return [...bySeries.values()].slice(0, limit);
}

/**
 * Counts of what waits for the desk, each handled on its own screen.
 *
 * @example
 * const todo: OverviewTodo = { pendingBookings: 2, pendingRecords: 0, forgottenSignOuts: 1, openOrders: 3, overdueOrders: 0, followUps: 1 };
 */
export interface OverviewTodo {
  pendingBookings: number;
  pendingRecords: number;
  forgottenSignOuts: number;
  /** Orders waiting for the desk's own step (审单 or 派单). */
  openOrders: number;
  /** Orders past their 完成期限, not yet accepted or done (see isOverdue). */
  overdueOrders: number;
  followUps: number;
}

/**
 * Whether nothing waits for the desk, backups included: the overview then says 暂无待办.
 *
 * @example
 * nothingToDo({ pendingBookings: 0, pendingRecords: 0, forgottenSignOuts: 0, openOrders: 0, overdueOrders: 0, followUps: 0 }, false) // => true
 * nothingToDo({ pendingBookings: 0, pendingRecords: 0, forgottenSignOuts: 0, openOrders: 0, overdueOrders: 0, followUps: 0 }, true) // => false
 * nothingToDo({ pendingBookings: 1, pendingRecords: 0, forgottenSignOuts: 0, openOrders: 0, overdueOrders: 0, followUps: 0 }, false) // => false
 */
export function nothingToDo(todo: OverviewTodo, backupProblem: boolean): boolean {
  return (
    !backupProblem &&
    todo.pendingBookings === 0 &&
    todo.pendingRecords === 0 &&
    todo.forgottenSignOuts === 0 &&
    todo.openOrders === 0 &&
    todo.overdueOrders === 0 &&
    todo.followUps === 0
  );
}

/**
 * This month up to and including `today`, and the same days of last month (cut at its last day), as
 * `YYYY-MM-DD` keys: the month so far is compared with last month so far, not with all of it.
 *
 * @example
 * monthToDate('2026-12-02') // => { current: { firstDay: '2026-12-01', lastDay: '2026-12-02' }, previous: { firstDay: '2026-11-01', lastDay: '2026-11-02' } }
 * monthToDate('2026-03-31').previous // => { firstDay: '2026-02-01', lastDay: '2026-02-28' }
 */
export function monthToDate(today: string): {
  current: { firstDay: string; lastDay: string };
  previous: { firstDay: string; lastDay: string };
} {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const day = Number(today.slice(8, 10));
  const prevYear = month === 1 ? year - 1 : year;
  const prevMonth = month === 1 ? 12 : month - 1;
  // Day 0 of the next month is the last day of this one; Date.UTC is pure arithmetic here, no clock.
  const prevLength = new Date(Date.UTC(prevYear, prevMonth, 0)).getUTCDate();
  const key = (y: number, m: number, d: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return {
    current: { firstDay: key(year, month, 1), lastDay: today },
    previous: {
      firstDay: key(prevYear, prevMonth, 1),
      lastDay: key(prevYear, prevMonth, Math.min(day, prevLength)),
    },
  };
}
