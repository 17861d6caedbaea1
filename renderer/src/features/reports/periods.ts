import { addDays, fromDateAndMinutes, parseDateKey, weekdayOf } from '@shared/time/center-time';

export const PERIOD_KINDS = ['week', 'month', 'lastMonth', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  week: '本周',
  month: '本月',
  lastMonth: '上月',
  year: '本年',
};

/** A reporting period: half-open [from, to) instants plus its first and last calendar dates. */
export interface Period {
  from: number;
  to: number;
  firstDay: string;
  lastDay: string;
}

function monthKey(year: number, month: number): string {
  // Normalise month overflow (13 → January of the next year, 0 → December of the previous one).
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

function between(firstDay: string, nextFirstDay: string): Period {
  return {
    from: fromDateAndMinutes(firstDay, 0),
    to: fromDateAndMinutes(nextFirstDay, 0),
    firstDay,
    lastDay: addDays(nextFirstDay, -1),
  };
}

/**
 * The period of a kind that contains `today` (center dates). Weeks start on Monday, as Chinese
 * calendars and work reports count them.
 */
export function periodOf(kind: PeriodKind, today: string): Period {
  const parts = parseDateKey(today);
  if (!parts) throw new RangeError(`Not a date: ${today}`);
  const { year, month } = parts;
  switch (kind) {
    case 'week': {
      const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
      return between(monday, addDays(monday, 7));
    }
    case 'month':
      return between(monthKey(year, month), monthKey(year, month + 1));
    case 'lastMonth':
      return between(monthKey(year, month - 1), monthKey(year, month));
    case 'year':
      return between(monthKey(year, 1), monthKey(year + 1, 1));
  }
}

/** The instants of one center day, [00:00, next 00:00). */
export function dayRange(day: string): { from: number; to: number } {
  return { from: fromDateAndMinutes(day, 0), to: fromDateAndMinutes(addDays(day, 1), 0) };
}

/** `2026年11月1日 至 2026年11月30日`, for stating which days a figure covers. */
export function describePeriod(period: Period): string {
  const cn = (key: string) => {
    const p = parseDateKey(key);
    return p ? `${p.year}年${p.month}月${p.day}日` : key;
  };
  return `${cn(period.firstDay)} 至 ${cn(period.lastDay)}`;
}
