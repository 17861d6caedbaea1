import type { Draft } from '../model/base';
import type { HolidayDataset } from '../booking/holidays';
import { addDays, daysBetween, weekdayOf } from '../time/center-time';
import type { DutyPost, PostCalendar, RosterEntry, RosterPattern, SchoolTerm } from './model';

/**
 * What decides which days a post runs: the holiday dataset bookings use and the live school terms.
 *
 * @example
 * const ctx: RosterCalendar = { holidays: dataset, terms: [autumn] };
 */
export interface RosterCalendar {
  holidays: HolidayDataset;
  terms: readonly Pick<SchoolTerm, 'id' | 'name' | 'start' | 'end' | 'vacations' | 'deletedAt'>[];
}

// The same walk as shared/demo's dateRange, which lives with the demo data and is not imported here.
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = 0, n = daysBetween(from, to); i <= n; i += 1) out.push(addDays(from, i));
  return out;
}

/**
 * Why a post does not run on a date, in Chinese for the desk; null when it runs.
 *
 * @example
 * dayOffReason('工作日', '2026-10-01', ctx) // => '国庆节放假'
 * dayOffReason('工作日', '2026-09-20', ctx) // => null (调休上班的星期日)
 */
export function dayOffReason(calendar: PostCalendar, date: string, ctx: RosterCalendar): string | null {
  if (calendar === '每天') return null;
  const holiday = ctx.holidays.holidays[date];
  if (holiday !== undefined) return `${holiday.split(',')[1] ?? '节假日'}放假`;
  const weekday = weekdayOf(date);
  // A 调休 make-up day is a full workday and, in China, a school day too.
  if ((weekday === 0 || weekday === 6) && ctx.holidays.workdays[date] === undefined) return '周末';
  if (calendar === '工作日') return null;
  const term = termOn(date, ctx.terms);
  if (!term) return '不在学期内';
  const vacation = term.vacations.find((v) => v.from <= date && date <= v.to);
  return vacation ? `${vacation.name}（${term.name}）` : null;
}

/**
 * The live term a date falls in, if any.
 *
 * @example
 * termOn('2026-10-12', [autumn])?.name // => '2026秋季学期'
 */
export function termOn<T extends Pick<SchoolTerm, 'start' | 'end' | 'deletedAt'>>(
  date: string,
  terms: readonly T[],
): T | undefined {
  return terms.find((t) => t.deletedAt === null && t.start <= date && date <= t.end);
}

/**
 * The dates between two dates (inclusive) a post runs under its calendar.
 *
 * @example
 * postRunDates({ calendar: '工作日' }, '2026-09-19', '2026-09-21', ctx) // => ['2026-09-20', '2026-09-21']
 */
export function postRunDates(
  post: Pick<DutyPost, 'calendar'>,
  from: string,
  to: string,
  ctx: RosterCalendar,
): string[] {
  return datesBetween(from, to).filter((date) => dayOffReason(post.calendar, date, ctx) === null);
}

/**
 * One shift of a post on one date, with what it needs: the unit gaps and figures count.
 *
 * @example
 * const o: ShiftOccurrence = { postId: 'p-1', shiftId: 's-am', date: '2026-12-07', startMinute: 440, endMinute: 480, needed: 2 };
 */
export interface ShiftOccurrence {
  postId: string;
  shiftId: string;
  date: string;
  startMinute: number;
  endMinute: number;
  needed: number;
}

/**
 * Every shift a post runs between two dates (inclusive), by date then start time.
 *
 * @example
 * expandShifts(gate, '2026-12-07', '2026-12-07', ctx).map((o) => o.shiftId) // => ['s-am', 's-pm']
 */
export function expandShifts(
  post: Pick<DutyPost, 'id' | 'calendar' | 'shifts'>,
  from: string,
  to: string,
  ctx: RosterCalendar,
): ShiftOccurrence[] {
  const shifts = [...post.shifts].sort((a, b) => a.startMinute - b.startMinute);
  return postRunDates(post, from, to, ctx).flatMap((date) =>
    shifts.map((s) => ({
      postId: post.id,
      shiftId: s.id,
      date,
      startMinute: s.startMinute,
      endMinute: s.endMinute,
      needed: s.needed,
    })),
  );
}

/**
 * A pattern's entries and the weekday dates it skipped, each with its reason.
 *
 * @example
 * const r: PatternExpansion = expandPattern(pattern, gate, ctx);
 */
export interface PatternExpansion {
  entries: Draft<RosterEntry>[];
  skipped: { date: string; reason: string }[];
  /** The last date expanded: the pattern's end, or its term's end when that comes first. */
  until: string;
}

/**
 * The entries a pattern makes: each date on its weekdays from `from` to `to` that the post runs, never
 * past the end of the pattern's term. Dates on its weekdays that the post does not run are reported, so
 * the desk sees that 国庆 or the 寒假 were left out on purpose.
 *
 * @example
 * expandPattern({ ...pattern, weekdays: [1] }, gate, ctx).entries[0]
 * // => { postId: 'p-1', shiftId: 's-am', date: '2026-09-07', volunteerId: 'v-1', patternId: 'pat-1', status: '排班', … }
 */
export function expandPattern(
  pattern: Pick<
    RosterPattern,
    'id' | 'postId' | 'shiftId' | 'weekdays' | 'from' | 'to' | 'volunteerId' | 'termId'
  >,
  post: Pick<DutyPost, 'calendar' | 'shifts'>,
  ctx: RosterCalendar,
): PatternExpansion {
  const term = pattern.termId === null ? undefined : ctx.terms.find((t) => t.id === pattern.termId);
  const until = term && term.end < pattern.to ? term.end : pattern.to;
  const result: PatternExpansion = { entries: [], skipped: [], until };
  if (!post.shifts.some((s) => s.id === pattern.shiftId)) return result;
  const weekdays = new Set(pattern.weekdays);
  for (const date of datesBetween(pattern.from, until)) {
    if (!weekdays.has(weekdayOf(date))) continue;
    const reason = dayOffReason(post.calendar, date, ctx);
    if (reason !== null) result.skipped.push({ date, reason });
    else {
      result.entries.push({
        postId: pattern.postId,
        shiftId: pattern.shiftId,
        date,
        volunteerId: pattern.volunteerId,
        patternId: pattern.id,
        status: '排班',
        substituteFor: null,
        serviceRecordId: null,
      });
    }
  }
  return result;
}
