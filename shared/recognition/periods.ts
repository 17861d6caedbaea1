import type { HonourPeriod } from '../model/practice';
import { addDays, fromDateAndMinutes, parseDateKey, weekdayOf } from '../time/center-time';

/**
 * One assessment period in the center's calendar: `start` inclusive, `end` exclusive (`YYYY-MM-DD`).
 *
 * @example
 * const p: AssessmentPeriod = { kind: '月', start: '2026-11-01', end: '2026-12-01', label: '2026年11月' };
 */
export interface AssessmentPeriod {
  kind: HonourPeriod;
  start: string;
  end: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const QUARTERS = ['一', '二', '三', '四'] as const;

function parts(key: string) {
  const p = parseDateKey(key);
  if (!p) throw new Error(`不是有效的日期：${key}`);
  return p;
}

/** The ISO week-numbering year and week of a Monday (the week belongs to the year of its Thursday). */
function isoWeek(monday: string): { year: number; week: number } {
  const thursday = addDays(monday, 3);
  const year = parts(thursday).year;
  const jan4 = `${year}-01-04`;
  const firstMonday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  const days = Math.round((fromDateAndMinutes(monday, 0) - fromDateAndMinutes(firstMonday, 0)) / 86_400_000);
  return { year, week: days / 7 + 1 };
}

/**
 * The period of a kind that contains a date. Weeks start on Monday and are numbered as ISO weeks (the
 * week of 2026-12-31 is 2026年第53周; that of 2027-01-04 is 2027年第1周).
 *
 * @example
 * periodOf('周', '2026-11-26') // => { kind: '周', start: '2026-11-23', end: '2026-11-30', label: '2026年第48周' }
 * periodOf('季', '2026-11-26').label // => '2026年第四季度'
 * periodOf('年', '2026-11-26') // => { kind: '年', start: '2026-01-01', end: '2027-01-01', label: '2026年' }
 */
export function periodOf(kind: HonourPeriod, day: string): AssessmentPeriod {
  const { year, month } = parts(day);
  switch (kind) {
    case '周': {
      const start = addDays(day, -((weekdayOf(day) + 6) % 7));
      const w = isoWeek(start);
      return { kind, start, end: addDays(start, 7), label: `${w.year}年第${w.week}周` };
    }
    case '月': {
      const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
      return { kind, start: `${year}-${pad(month)}-01`, end: next, label: `${year}年${month}月` };
    }
    case '季': {
      const q = Math.floor((month - 1) / 3);
      const startMonth = q * 3 + 1;
      const end = q === 3 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
      return {
        kind,
        start: `${year}-${pad(startMonth)}-01`,
        end,
        label: `${year}年第${QUARTERS[q] ?? ''}季度`,
      };
    }
    case '年':
      return { kind, start: `${year}-01-01`, end: `${year + 1}-01-01`, label: `${year}年` };
  }
}

/**
 * The period before (`step` -1) or after (`step` 1) a period, of the same kind.
 *
 * @example
 * shiftPeriod(periodOf('月', '2026-01-15'), -1).label // => '2025年12月'
 */
export function shiftPeriod(period: AssessmentPeriod, step: -1 | 1): AssessmentPeriod {
  return periodOf(period.kind, step === 1 ? period.end : addDays(period.start, -1));
}

/**
 * The instants a period covers, `[from, to)` in epoch ms, midnight to midnight in the center's zone.
 *
 * @example
 * periodRange(periodOf('月', '2026-11-05')) // => { from: Date.UTC(2026, 9, 31, 16), to: Date.UTC(2026, 10, 30, 16) }
 */
export function periodRange(period: AssessmentPeriod): { from: number; to: number } {
  return { from: fromDateAndMinutes(period.start, 0), to: fromDateAndMinutes(period.end, 0) };
}

/**
 * The honour title for a period kind and winner type.
 *
 * @example
 * honourTitle('月', 'volunteer') // => '月度时尚达人'
 * honourTitle('季', 'team') // => '季度先进集体'
 */
export function honourTitle(kind: HonourPeriod, winner: 'volunteer' | 'team'): string {
  const prefix = { 周: '周度', 月: '月度', 季: '季度', 年: '年度' }[kind];
  return `${prefix}${winner === 'volunteer' ? '时尚达人' : '先进集体'}`;
}
