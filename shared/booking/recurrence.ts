import {
  addDays,
  dateKey,
  daysBetween,
  fromDateAndMinutes,
  parseDateKey,
  weekdayOf,
} from '../time/center-time';
import { OCCURRENCE_CAP } from './rules';

/**
 * A repeat rule in the subset of RFC 5545 the desk offers: daily, weekly on chosen weekdays, monthly by
 * day of month or by nth weekday; until a date or a count.
 *
 * @example
 * const everySaturday: Recurrence = { freq: 'WEEKLY', interval: 1, weekdays: [6], monthly: null, until: null, count: 10 };
 */
export interface Recurrence {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** WEEKLY: 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  /** MONTHLY: by day of month, or by nth (1-4, or -1 for last) weekday. */
  monthly: { kind: 'day'; day: number } | { kind: 'nth'; nth: number; weekday: number } | null;
  /** Last possible date, inclusive, `YYYY-MM-DD` (center time). */
  until: string | null;
  count: number | null;
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function untilStamp(until: string): string {
  // The last second of the center's day, in UTC as RFC 5545 requires with a zoned DTSTART.
  const d = new Date(fromDateAndMinutes(until, 1440) - 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/**
 * Writes the rule as an RFC 5545 RRULE value (without the `RRULE:` prefix).
 *
 * @example
 * buildRrule({ freq: 'WEEKLY', interval: 1, weekdays: [6], monthly: null, until: null, count: 10 })
 * // => 'FREQ=WEEKLY;BYDAY=SA;COUNT=10'
 */
export function buildRrule(r: Recurrence): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.freq === 'WEEKLY') {
    parts.push(
      `BYDAY=${[...r.weekdays]
        .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
        .map((d) => DAY_CODES[d])
        .join(',')}`,
    );
  }
  if (r.freq === 'MONTHLY' && r.monthly?.kind === 'day') parts.push(`BYMONTHDAY=${r.monthly.day}`);
  if (r.freq === 'MONTHLY' && r.monthly?.kind === 'nth') {
    parts.push(`BYDAY=${r.monthly.nth}${DAY_CODES[r.monthly.weekday]}`);
  }
  if (r.until) parts.push(`UNTIL=${untilStamp(r.until)}`);
  else if (r.count) parts.push(`COUNT=${r.count}`);
  return parts.join(';');
}

/**
 * Reads an RRULE value written by {@link buildRrule} (or a compatible one); throws on anything else.
 *
 * @example
 * parseRrule('FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20261231T155959Z')
 * // => { freq: 'MONTHLY', interval: 1, weekdays: [], monthly: { kind: 'nth', nth: -1, weekday: 0 }, until: '2026-12-31', count: null }
 */
export function parseRrule(value: string): Recurrence {
  const fields = new Map(
    value
      .replace(/^RRULE:/, '')
      .split(';')
      .filter(Boolean)
      .map((part) => part.split('=') as [string, string]),
  );
  const freq = fields.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY')
    throw new RangeError(`Unsupported RRULE: ${value}`);
  const code = (c: string): number => {
    const i = DAY_CODES.indexOf(c as (typeof DAY_CODES)[number]);
    if (i < 0) throw new RangeError(`Bad weekday in RRULE: ${value}`);
    return i;
  };
  const byday = fields.get('BYDAY')?.split(',') ?? [];
  const untilRaw = fields.get('UNTIL');
  let until: string | null = null;
  if (untilRaw) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(untilRaw);
    if (!m) throw new RangeError(`Bad UNTIL in RRULE: ${value}`);
    until = m[4]
      ? dateKey(
          Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])),
        )
      : `${m[1]}-${m[2]}-${m[3]}`;
  }
  let monthly: Recurrence['monthly'] = null;
  if (freq === 'MONTHLY') {
    const nth = /^(-?\d)([A-Z]{2})$/.exec(byday[0] ?? '');
    monthly = nth
      ? { kind: 'nth', nth: Number(nth[1]), weekday: code(nth[2] as string) }
      : { kind: 'day', day: Number(fields.get('BYMONTHDAY') ?? '1') };
  }
  return {
    freq,
    interval: Math.max(1, Number(fields.get('INTERVAL') ?? '1')),
    weekdays: freq === 'WEEKLY' ? byday.map(code) : [],
    monthly,
    until,
    count: fields.has('COUNT') ? Number(fields.get('COUNT')) : null,
  };
}

function monthIndex(date: string): number {
  const p = parseDateKey(date);
  return p ? p.year * 12 + p.month - 1 : 0;
}

function dateOfMonth(index: number, day: number): string | null {
  const year = Math.floor(index / 12);
  const key = `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseDateKey(key) ? key : null;
}

/** The nth (or last, with -1) given weekday of a month, or null when the month has no such day. */
function nthWeekday(index: number, nth: number, weekday: number): string | null {
  if (nth > 0) {
    const first = dateOfMonth(index, 1) as string;
    const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
    return dateOfMonth(index, day);
  }
  let last = 31;
  while (!dateOfMonth(index, last)) last -= 1;
  const lastKey = dateOfMonth(index, last) as string;
  const back = (weekdayOf(lastKey) - weekday + 7) % 7;
  return dateOfMonth(index, last - back + (nth + 1) * 7);
}

/**
 * True when a date belongs to the rule's pattern counted from `first` (ignoring until and count).
 *
 * @example
 * matchesRule(everySaturday, '2026-11-28', '2026-12-05') // => true
 */
export function matchesRule(r: Recurrence, first: string, date: string): boolean {
  const diff = daysBetween(first, date);
  if (diff < 0) return false;
  if (r.freq === 'DAILY') return diff % r.interval === 0;
  if (r.freq === 'WEEKLY') {
    // Weeks start on Monday (WKST=MO, the RFC default).
    const weekStart = (d: string) => addDays(d, -((weekdayOf(d) + 6) % 7));
    const weeks = daysBetween(weekStart(first), weekStart(date)) / 7;
    return r.weekdays.includes(weekdayOf(date)) && weeks % r.interval === 0;
  }
  const months = monthIndex(date) - monthIndex(first);
  if (months % r.interval !== 0 || !r.monthly) return false;
  if (r.monthly.kind === 'day') return parseDateKey(date)?.day === r.monthly.day;
  return nthWeekday(monthIndex(date), r.monthly.nth, r.monthly.weekday) === date;
}

/**
 * The dates of a rule from `first` on, in order: bounded by until or count, and never more than
 * `cap` (at most OCCURRENCE_CAP). Dates that do not match the pattern (31st in a short month) are
 * skipped, as RFC 5545 does.
 *
 * @example
 * expandDates({ freq: 'WEEKLY', interval: 1, weekdays: [6], monthly: null, until: null, count: 3 }, '2026-12-05')
 * // => ['2026-12-05', '2026-12-12', '2026-12-19']
 */
export function expandDates(r: Recurrence, first: string, cap = OCCURRENCE_CAP): string[] {
  return expand(r, first, Math.min(cap, OCCURRENCE_CAP, r.count ?? Infinity));
}

/**
 * True when the rule, from `first`, has more than `cap` dates: an "until" too far away would otherwise
 * be booked only up to the cap while the stored rule ran on, and calendars reading it would show dates
 * that were never booked.
 *
 * @example
 * runsPastCap({ freq: 'DAILY', interval: 1, weekdays: [], monthly: null, until: '2027-12-31', count: null }, '2026-12-01', 104) // => true
 * runsPastCap({ freq: 'DAILY', interval: 1, weekdays: [], monthly: null, until: '2026-12-10', count: null }, '2026-12-01', 104) // => false
 */
export function runsPastCap(r: Recurrence, first: string, cap: number): boolean {
  return expand(r, first, Math.min(cap, r.count ?? Infinity) + 1).length > cap;
}

function expand(r: Recurrence, first: string, limit: number): string[] {
  const out: string[] = [];
  const push = (date: string | null): boolean => {
    if (date === null || date < first) return true;
    if (r.until && date > r.until) return false;
    out.push(date);
    return out.length < limit;
  };
  if (r.freq === 'DAILY') {
    for (let d = first; push(d); d = addDays(d, r.interval));
    return out;
  }
  if (r.freq === 'WEEKLY') {
    const order = [...r.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
    if (order.length === 0) return out;
    let monday = addDays(first, -((weekdayOf(first) + 6) % 7));
    for (;;) {
      for (const wd of order) if (!push(addDays(monday, (wd + 6) % 7))) return out;
      monday = addDays(monday, 7 * r.interval);
    }
  }
  const m = r.monthly;
  if (!m) return out;
  // A rule that never matches (the 5th Monday every 12 months might) must still end.
  for (let index = monthIndex(first), tries = 0; tries < limit * 12 + 24; index += r.interval, tries += 1) {
    const date = m.kind === 'day' ? dateOfMonth(index, m.day) : nthWeekday(index, m.nth, m.weekday);
    if (!push(date)) return out;
  }
  return out;
}

/**
 * A rule described in Chinese for previews and lists.
 *
 * @example
 * describeRule({ freq: 'WEEKLY', interval: 1, weekdays: [6], monthly: null, until: null, count: 10 }) // => '每周六，共 10 次'
 */
export function describeRule(r: Recurrence): string {
  const names = ['日', '一', '二', '三', '四', '五', '六'];
  const every = r.interval > 1 ? `每 ${r.interval} ` : '每';
  let head = '';
  if (r.freq === 'DAILY') head = r.interval > 1 ? `每 ${r.interval} 天` : '每天';
  if (r.freq === 'WEEKLY') {
    const days = [...r.weekdays]
      .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
      .map((d) => names[d])
      .join('、');
    head = `${every}${r.interval > 1 ? '周的' : '周'}${days ? `周${days}`.replace(/^周/, r.interval > 1 ? '周' : '') : ''}`;
  }
  if (r.freq === 'MONTHLY' && r.monthly) {
    const which =
      r.monthly.kind === 'day'
        ? `${r.monthly.day} 日`
        : `${r.monthly.nth === -1 ? '最后一个' : `第${['', '一', '二', '三', '四'][r.monthly.nth] ?? r.monthly.nth}个`}周${names[r.monthly.weekday]}`;
    head = `${r.interval > 1 ? `每 ${r.interval} 个月的` : '每月'}${which}`;
  }
  const tail = r.until ? `，至 ${r.until}` : r.count ? `，共 ${r.count} 次` : '';
  return head + tail;
}
