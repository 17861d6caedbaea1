import { addDays, daysBetween, fromDateAndMinutes, parseDateKey, weekdayOf } from '../time/center-time';

/**
 * The ways a report period is chosen: a calendar week (Monday first), month, quarter, half-year or
 * year, or any range of days.
 *
 * @example
 * REPORT_PERIOD_KINDS.includes('quarter') // => true
 */
export const REPORT_PERIOD_KINDS = ['week', 'month', 'quarter', 'half', 'year', 'range'] as const;

/**
 * One of {@link REPORT_PERIOD_KINDS}.
 *
 * @example
 * const kind: ReportPeriodKind = 'month';
 */
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

/**
 * The Chinese name of each kind, as the picker shows it.
 *
 * @example
 * REPORT_PERIOD_LABELS.half // => '半年'
 */
export const REPORT_PERIOD_LABELS: Record<ReportPeriodKind, string> = {
  week: '周',
  month: '月',
  quarter: '季度',
  half: '半年',
  year: '年',
  range: '自定义',
};

/**
 * A report period: its kind, first and last center dates (inclusive) and the half-open instants
 * [from, to) that reads use (center midnights, Asia/Shanghai).
 *
 * @example
 * const p: ReportPeriod = { kind: 'month', firstDay: '2026-11-01', lastDay: '2026-11-30', from: 1793462400000, to: 1796054400000 };
 */
export interface ReportPeriod {
  kind: ReportPeriodKind;
  firstDay: string;
  lastDay: string;
  from: number;
  to: number;
}

function key(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

function parts(day: string): { year: number; month: number } {
  const p = parseDateKey(day);
  if (!p) throw new RangeError(`Not a date: ${day}`);
  return p;
}

/**
 * The period of days [firstDay, lastDay] (inclusive), with its instants.
 *
 * @example
 * rangePeriod('2026-11-03', '2026-11-09').to - rangePeriod('2026-11-03', '2026-11-09').from // => 7 * 86_400_000
 */
export function rangePeriod(
  firstDay: string,
  lastDay: string,
  kind: ReportPeriodKind = 'range',
): ReportPeriod {
  if (daysBetween(firstDay, lastDay) < 0) throw new RangeError('lastDay before firstDay');
  return {
    kind,
    firstDay,
    lastDay,
    from: fromDateAndMinutes(firstDay, 0),
    to: fromDateAndMinutes(addDays(lastDay, 1), 0),
  };
}

function months(kind: ReportPeriodKind): number {
  return kind === 'month' ? 1 : kind === 'quarter' ? 3 : kind === 'half' ? 6 : 12;
}

/**
 * The calendar period of a kind containing `day`. Weeks start on Monday; quarters on January, April,
 * July and October; half-years on January and July. A 'range' is that one day.
 *
 * @example
 * periodContaining('quarter', '2026-11-22').firstDay // => '2026-10-01'
 * periodContaining('week', '2026-11-22').firstDay // => '2026-11-16'
 */
export function periodContaining(kind: ReportPeriodKind, day: string): ReportPeriod {
  if (kind === 'range') return rangePeriod(day, day);
  if (kind === 'week') {
    const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
    return rangePeriod(monday, addDays(monday, 6), 'week');
  }
  const { year, month } = parts(day);
  const span = months(kind);
  const first = Math.floor((month - 1) / span) * span + 1;
  return rangePeriod(key(year, first), addDays(key(year, first + span), -1), kind);
}

/**
 * The period `n` steps after (negative: before) a period of the same kind: the next/previous week,
 * month, quarter, half-year or year; a range moves by its own length in days.
 *
 * @example
 * shiftPeriod(periodContaining('month', '2026-03-31'), -1).lastDay // => '2026-02-28'
 * shiftPeriod(rangePeriod('2026-11-03', '2026-11-09'), -1).firstDay // => '2026-10-27'
 */
export function shiftPeriod(period: ReportPeriod, n: number): ReportPeriod {
  if (period.kind === 'range') {
    const days = daysBetween(period.firstDay, period.lastDay) + 1;
    return rangePeriod(addDays(period.firstDay, n * days), addDays(period.lastDay, n * days));
  }
  if (period.kind === 'week') return periodContaining('week', addDays(period.firstDay, 7 * n));
  const { year, month } = parts(period.firstDay);
  return periodContaining(period.kind, key(year, month + n * months(period.kind)));
}

/**
 * The same period one year earlier (同比): the same calendar month, quarter…; for a week, the week
 * 52 weeks back (so it starts on a Monday); for a range, the same dates (29 February becomes the 28th).
 *
 * @example
 * samePeriodLastYear(periodContaining('month', '2026-11-22')).firstDay // => '2025-11-01'
 * samePeriodLastYear(rangePeriod('2028-02-29', '2028-03-01')).firstDay // => '2027-02-28'
 */
export function samePeriodLastYear(period: ReportPeriod): ReportPeriod {
  if (period.kind === 'week') return periodContaining('week', addDays(period.firstDay, -364));
  if (period.kind !== 'range') return shiftPeriod(period, -12 / months(period.kind));
  return rangePeriod(yearBefore(period.firstDay), yearBefore(period.lastDay));
}

function yearBefore(day: string): string {
  const [y, m, d] = day.split('-');
  const candidate = `${String(Number(y) - 1).padStart(4, '0')}-${m}-${d}`;
  return parseDateKey(candidate) ? candidate : `${String(Number(y) - 1).padStart(4, '0')}-${m}-28`;
}

/**
 * How a period reads in titles: 2026年11月, 2026年第四季度, 2026年下半年, 2026年, or the dates.
 *
 * @example
 * describeReportPeriod(periodContaining('quarter', '2026-11-22')) // => '2026年第四季度'
 * describeReportPeriod(periodContaining('week', '2026-11-22')) // => '2026年11月16日至11月22日'
 */
export function describeReportPeriod(period: ReportPeriod): string {
  const { year, month } = parts(period.firstDay);
  switch (period.kind) {
    case 'month':
      return `${year}年${month}月`;
    case 'quarter':
      return `${year}年第${['一', '二', '三', '四'][Math.floor((month - 1) / 3)] ?? ''}季度`;
    case 'half':
      return `${year}年${month === 1 ? '上' : '下'}半年`;
    case 'year':
      return `${year}年`;
    default:
      return describeDays(period.firstDay, period.lastDay);
  }
}

function describeDays(first: string, last: string): string {
  const a = parseDateKey(first);
  const b = parseDateKey(last);
  if (!a || !b) return `${first}至${last}`;
  const end = a.year === b.year ? `${b.month}月${b.day}日` : `${b.year}年${b.month}月${b.day}日`;
  return `${a.year}年${a.month}月${a.day}日至${end}`;
}

/**
 * The buckets a trend chart uses over a period: days for up to 62 days, otherwise months. Each is
 * [firstDay, lastDay] with a short label.
 *
 * @example
 * trendBuckets(periodContaining('quarter', '2026-11-22')).map((b) => b.label) // => ['10月', '11月', '12月']
 */
export function trendBuckets(
  period: ReportPeriod,
): { label: string; firstDay: string; lastDay: string; from: number; to: number }[] {
  const days = daysBetween(period.firstDay, period.lastDay) + 1;
  const out: { label: string; firstDay: string; lastDay: string; from: number; to: number }[] = [];
  if (days <= 62) {
    for (let i = 0; i < days; i += 1) {
      const d = addDays(period.firstDay, i);
      const p = parts(d);
      out.push({ label: `${p.month}/${Number(d.slice(8))}`, ...rangePeriod(d, d) });
    }
    return out;
  }
  let month = periodContaining('month', period.firstDay);
  while (month.firstDay <= period.lastDay) {
    const first = month.firstDay < period.firstDay ? period.firstDay : month.firstDay;
    const last = month.lastDay > period.lastDay ? period.lastDay : month.lastDay;
    out.push({ label: `${parts(first).month}月`, ...rangePeriod(first, last) });
    month = shiftPeriod(month, 1);
  }
  return out;
}
