import type { ServiceRecord } from '../model/people';
import { addDays, fromDateAndMinutes, parseDateKey, weekdayOf } from '../time/center-time';

/**
 * The periods 时尚达人 are chosen for.
 *
 * @example
 * const kind: RankingPeriodKind = 'quarter';
 */
export type RankingPeriodKind = 'week' | 'month' | 'quarter' | 'year';

/**
 * Chinese names of the ranking periods.
 *
 * @example
 * RANKING_PERIOD_NAMES.quarter // => '本季度'
 */
export const RANKING_PERIOD_NAMES: Record<RankingPeriodKind, string> = {
  week: '本周',
  month: '本月',
  quarter: '本季度',
  year: '本年度',
};

/**
 * A period as center dates (`to` exclusive) and as instants for index range queries.
 *
 * @example
 * const p: RankingPeriod = rankingPeriod('month', '2026-11-22');
 */
export interface RankingPeriod {
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The week (Monday first), month, quarter or year containing a center date.
 *
 * @example
 * rankingPeriod('week', '2026-11-22') // => { from: '2026-11-16', to: '2026-11-23', … } (22nd is a Sunday)
 * rankingPeriod('quarter', '2026-11-22') // => { from: '2026-10-01', to: '2027-01-01', … }
 */
export function rankingPeriod(kind: RankingPeriodKind, today: string): RankingPeriod {
  const parts = parseDateKey(today);
  if (!parts) throw new RangeError('rankingPeriod needs a YYYY-MM-DD date');
  let from: string;
  let to: string;
  if (kind === 'week') {
    from = addDays(today, -((weekdayOf(today) + 6) % 7));
    to = addDays(from, 7);
  } else if (kind === 'year') {
    from = `${parts.year}-01-01`;
    to = `${parts.year + 1}-01-01`;
  } else {
    const span = kind === 'month' ? 1 : 3;
    const startMonth = Math.floor((parts.month - 1) / span) * span + 1;
    const endMonth = startMonth + span;
    from = `${parts.year}-${pad(startMonth)}-01`;
    to = endMonth > 12 ? `${parts.year + 1}-01-01` : `${parts.year}-${pad(endMonth)}-01`;
  }
  return { from, to, fromMs: fromDateAndMinutes(from, 0), toMs: fromDateAndMinutes(to, 0) };
}

/**
 * One line of a ranking.
 *
 * @example
 * const row: RankingRow = { volunteerId: 'v1', minutes: 600, sessions: 3, rank: 1 };
 */
export interface RankingRow {
  volunteerId: string;
  minutes: number;
  sessions: number;
  /** Competition ranking: equal values share a rank and the next rank skips (1, 1, 3). */
  rank: number;
}

/**
 * Ranks volunteers by confirmed hours or sessions over records that started within [fromMs, toMs).
 * Only 已确认, not deleted records count. Ties on the ranked value are broken by the other value for
 * order, but share a rank only when both are equal.
 *
 * @example
 * rankVolunteers(records, { fromMs, toMs, by: 'hours', limit: 10 })[0] // => { volunteerId, minutes, sessions, rank: 1 }
 */
export function rankVolunteers(
  records: readonly ServiceRecord[],
  options: { fromMs: number; toMs: number; by: 'hours' | 'sessions'; limit: number },
): RankingRow[] {
  const totals = new Map<string, { minutes: number; sessions: number }>();
  for (const r of records) {
    if (r.status !== '已确认' || r.deletedAt !== null) continue;
    if (r.signInAt < options.fromMs || r.signInAt >= options.toMs) continue;
    const t = totals.get(r.volunteerId) ?? { minutes: 0, sessions: 0 };
    t.minutes += Math.max(0, r.creditedMinutes ?? 0);
    t.sessions += 1;
    totals.set(r.volunteerId, t);
  }
  const primary = options.by === 'hours' ? 'minutes' : 'sessions';
  const secondary = options.by === 'hours' ? 'sessions' : 'minutes';
  const sorted = [...totals].sort(
    ([ida, a], [idb, b]) => b[primary] - a[primary] || b[secondary] - a[secondary] || ida.localeCompare(idb),
  );
  const rows: RankingRow[] = [];
  sorted.forEach(([volunteerId, t], i) => {
    const prev = rows[i - 1];
    const tied = prev && prev.minutes === t.minutes && prev.sessions === t.sessions;
    rows.push({ volunteerId, minutes: t.minutes, sessions: t.sessions, rank: tied ? prev.rank : i + 1 });
  });
  return rows.slice(0, Math.max(0, options.limit));
}

/**
 * Confirmed minutes per month (`YYYY-MM`) for the profile chart, for the 12 months ending with the
 * month of `today`, oldest first; months without service are 0.
 *
 * @example
 * hoursByMonth(records, '2026-11-22').at(-1) // => { month: '2026-11', minutes: 210 }
 */
export function hoursByMonth(
  records: readonly Pick<ServiceRecord, 'signInAt' | 'status' | 'creditedMinutes' | 'deletedAt'>[],
  today: string,
  dateKeyOf: (epochMs: number) => string,
): { month: string; minutes: number }[] {
  const parts = parseDateKey(today);
  if (!parts) throw new RangeError('hoursByMonth needs a YYYY-MM-DD date');
  const months: string[] = [];
  for (let i = 11; i >= 0; i -= 1) {
    const index = parts.year * 12 + (parts.month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  }
  const sums = new Map(months.map((m) => [m, 0]));
  for (const r of records) {
    if (r.status !== '已确认' || r.deletedAt !== null) continue;
    const month = dateKeyOf(r.signInAt).slice(0, 7);
    const current = sums.get(month);
    if (current !== undefined) sums.set(month, current + Math.max(0, r.creditedMinutes ?? 0));
  }
  return months.map((month) => ({ month, minutes: sums.get(month) ?? 0 }));
}
