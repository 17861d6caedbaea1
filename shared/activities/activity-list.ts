import type { Activity } from '../model/practice';
import { addDays, fromDateAndMinutes, isValidDateKey, parseDateKey, weekdayOf } from '../time/center-time';

/** The periods the list offers; `custom` takes two dates. @example ACTIVITY_PERIODS[1] // => 'month' */
export const ACTIVITY_PERIODS = ['week', 'month', 'quarter', 'year', 'custom'] as const;
/** @example const k: ActivityPeriodKind = 'month'; */
export type ActivityPeriodKind = (typeof ACTIVITY_PERIODS)[number];

/** @example ACTIVITY_PERIOD_LABELS.quarter // => '本季' */
export const ACTIVITY_PERIOD_LABELS: Record<ActivityPeriodKind, string> = {
  week: '本周',
  month: '本月',
  quarter: '本季',
  year: '本年',
  custom: '自定义',
};

/**
 * A half-open span of instants [from, to).
 *
 * @example
 * const r: TimeRange = { from: 0, to: 86_400_000 };
 */
export interface TimeRange {
  from: number;
  to: number;
}

function firstOfMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

function span(first: string, nextFirst: string): TimeRange {
  return { from: fromDateAndMinutes(first, 0), to: fromDateAndMinutes(nextFirst, 0) };
}

/**
 * The instants of a period containing `today` (a center date). `custom` uses `fromDay`..`toDay`
 * inclusive; null when those are not dates or are reversed (the message is {@link customRangeProblem}).
 *
 * @example
 * activityPeriod('month', '2026-12-15') // => { from: Date.UTC(2026, 10, 30, 16), to: Date.UTC(2026, 11, 31, 16) }
 */
export function activityPeriod(
  kind: ActivityPeriodKind,
  today: string,
  fromDay = '',
  toDay = '',
): TimeRange | null {
  const parts = parseDateKey(today);
  if (!parts) return null;
  const { year, month } = parts;
  switch (kind) {
    case 'week': {
      const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
      return span(monday, addDays(monday, 7));
    }
    case 'month':
      return span(firstOfMonth(year, month), firstOfMonth(year, month + 1));
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) * 3 + 1;
      return span(firstOfMonth(year, q), firstOfMonth(year, q + 3));
    }
    case 'year':
      return span(firstOfMonth(year, 1), firstOfMonth(year + 1, 1));
    case 'custom':
      if (customRangeProblem(fromDay, toDay)) return null;
      return span(fromDay, addDays(toDay, 1));
  }
}

/**
 * What is wrong with a custom range, in Chinese; null when it is usable.
 *
 * @example
 * customRangeProblem('2026-12-05', '2026-12-01') // => '结束日期不能早于开始日期'
 */
export function customRangeProblem(fromDay: string, toDay: string): string | null {
  if (!isValidDateKey(fromDay) || !isValidDateKey(toDay)) return '请填写开始和结束日期，例如 2026-12-01';
  if (toDay < fromDay) return '结束日期不能早于开始日期';
  return null;
}

/**
 * The list's filters besides the period. Empty strings mean "any"; stationId '本中心' means none.
 *
 * @example
 * const f: ActivityFilter = { category: '', projectId: '', stationId: '', text: '敬老' };
 */
export interface ActivityFilter {
  category: string;
  projectId: string;
  /** '' = any; {@link CENTER_STATION} = the center itself (stationId null). */
  stationId: string;
  text: string;
}

/** The filter value that picks activities of the center itself. @example CENTER_STATION // => '本中心' */
export const CENTER_STATION = '本中心';

/** @example NO_FILTER.text // => '' */
export const NO_FILTER: ActivityFilter = { category: '', projectId: '', stationId: '', text: '' };

/**
 * Whether a live activity passes the filters (text matches title, place or organiser).
 *
 * @example
 * matchesActivity({ title: '敬老', place: '一楼', organiser: '团委', category: '志愿服务', projectId: null, stationId: null, deletedAt: null }, { ...NO_FILTER, text: '团委' }) // => true
 */
export function matchesActivity(
  a: Pick<Activity, 'title' | 'place' | 'organiser' | 'category' | 'projectId' | 'stationId' | 'deletedAt'>,
  f: ActivityFilter,
): boolean {
  if (a.deletedAt !== null) return false;
  if (f.category && a.category !== f.category) return false;
  if (f.projectId && a.projectId !== f.projectId) return false;
  if (f.stationId === CENTER_STATION ? a.stationId !== null : f.stationId && a.stationId !== f.stationId)
    return false;
  const text = f.text.trim();
  if (text && !`${a.title}\n${a.place}\n${a.organiser}`.includes(text)) return false;
  return true;
}

/**
 * A keyset position in the newest-first list: the last row shown (start, then id breaks ties).
 *
 * @example
 * const c: ActivityCursor = { start: 1764547200000, id: 'a-1' };
 */
export interface ActivityCursor {
  start: number;
  id: string;
}

/**
 * Whether `a` comes after the cursor in newest-first order (older start, or same start and smaller id).
 *
 * @example
 * isAfterCursor({ start: 5, id: 'b' }, { start: 5, id: 'c' }) // => true
 */
export function isAfterCursor(a: { start: number; id: string }, c: ActivityCursor): boolean {
  return a.start < c.start || (a.start === c.start && a.id < c.id);
}

/**
 * Whether `a` comes before the cursor in newest-first order (newer start, or same start and bigger id).
 *
 * @example
 * isBeforeCursor({ start: 6, id: 'a' }, { start: 5, id: 'c' }) // => true
 */
export function isBeforeCursor(a: { start: number; id: string }, c: ActivityCursor): boolean {
  return a.start > c.start || (a.start === c.start && a.id > c.id);
}

/**
 * Minutes an activity lasts (the default hours of each volunteer).
 *
 * @example
 * activityMinutes({ start: 0, end: 7_200_000 }) // => 120
 */
export function activityMinutes(a: { start: number; end: number }): number {
  return Math.floor((a.end - a.start) / 60_000);
}
