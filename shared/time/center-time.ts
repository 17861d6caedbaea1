/**
 * Calendar helpers for the center's wall clock. The center runs on China time (UTC+8, no daylight
 * saving), whatever zone the desk machine is set to, so everything is computed from a fixed offset with
 * Date.UTC / getUTC* and never from the machine's local zone or Intl.
 */

/**
 * China Standard Time, in minutes east of UTC.
 *
 * @example
 * dateKey(now, CHINA_OFFSET_MINUTES) // same as dateKey(now)
 */
export const CHINA_OFFSET_MINUTES = 480;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS_CN = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/**
 * A calendar date split into numbers (month 1-12).
 *
 * @example
 * const parts: DateParts | null = parseDateKey('2026-11-22');
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Splits a `YYYY-MM-DD` key into numbers, or returns null when it is malformed or not a real date
 * (2026-02-30, 2026-13-01).
 *
 * @example
 * parseDateKey('2026-11-22') // => { year: 2026, month: 11, day: 22 }
 * parseDateKey('2025-02-29') // => null
 */
export function parseDateKey(key: string): DateParts | null {
  const m = DATE_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // Dates roll 02-30 over into March, so a round trip exposes impossible dates. setUTCFullYear,
  // unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * True when the key is a real calendar date in `YYYY-MM-DD` form.
 *
 * @example
 * isValidDateKey('2024-02-29') // => true
 * isValidDateKey('2026-2-3') // => false
 */
export function isValidDateKey(key: string): boolean {
  return parseDateKey(key) !== null;
}

function requireDate(key: string): DateParts {
  const parts = parseDateKey(key);
  if (!parts) throw new RangeError(`Not a valid YYYY-MM-DD date: ${key}`);
  return parts;
}

/** Days since 1970-01-01 for a calendar date, independent of any zone. */
function dayNumber(parts: DateParts): number {
  const d = new Date(0);
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

function keyFromDayNumber(days: number): string {
  const d = new Date(days * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The instant the center's day containing `epochMs` began (00:00 center time).
 *
 * @example
 * dayStartOf(Date.UTC(2026, 10, 22, 3, 0)) // => Date.UTC(2026, 10, 21, 16, 0), i.e. 2026-11-22 00:00 +08:00
 */
export function dayStartOf(epochMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): number {
  const offsetMs = offsetMinutes * MS_PER_MINUTE;
  return Math.floor((epochMs + offsetMs) / MS_PER_DAY) * MS_PER_DAY - offsetMs;
}

/**
 * The center's calendar date of an instant, as `YYYY-MM-DD`.
 *
 * @example
 * dateKey(Date.UTC(2026, 10, 21, 16, 30)) // => '2026-11-22' (00:30 in Beijing)
 */
export function dateKey(epochMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  return keyFromDayNumber(Math.floor((epochMs + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY));
}

/**
 * Minutes after the center's midnight for an instant (0-1439).
 *
 * @example
 * minuteOfDay(Date.UTC(2026, 10, 22, 1, 30)) // => 570 (09:30 in Beijing)
 */
export function minuteOfDay(epochMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): number {
  return Math.floor((epochMs - dayStartOf(epochMs, offsetMinutes)) / MS_PER_MINUTE);
}

/**
 * The instant of a wall-clock time on a center date. Minutes may reach 1440 (the next midnight) so
 * half-open day ends can be expressed.
 *
 * @example
 * fromDateAndMinutes('2026-11-22', 510) // => Date.UTC(2026, 10, 22, 0, 30), i.e. 08:30 +08:00
 */
export function fromDateAndMinutes(
  key: string,
  minuteOfDayValue: number,
  offsetMinutes = CHINA_OFFSET_MINUTES,
): number {
  const days = dayNumber(requireDate(key));
  return days * MS_PER_DAY + (minuteOfDayValue - offsetMinutes) * MS_PER_MINUTE;
}

/**
 * Day of the week of a date: 0 = Sunday … 6 = Saturday, like Date#getDay and OpeningHours.weekday.
 *
 * @example
 * weekdayOf('2026-11-22') // => 0
 */
export function weekdayOf(key: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(requireDate(key)) + 4) % 7) + 7) % 7;
}

/**
 * The date `n` days after (or before, when negative) a date.
 *
 * @example
 * addDays('2026-02-28', 1) // => '2026-03-01'
 * addDays('2026-01-01', -1) // => '2025-12-31'
 */
export function addDays(key: string, n: number): string {
  return keyFromDayNumber(dayNumber(requireDate(key)) + n);
}

/**
 * Whole days from one date to another (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-11-22', '2026-12-01') // => 9
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(requireDate(to)) - dayNumber(requireDate(from));
}

/**
 * The center's wall-clock time of an instant, as `HH:mm`.
 *
 * @example
 * formatTime(Date.UTC(2026, 10, 22, 11, 5)) // => '19:05'
 */
export function formatTime(epochMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const m = minuteOfDay(epochMs, offsetMinutes);
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/**
 * Formats minutes after midnight as `HH:mm` (1440 prints as 24:00).
 *
 * @example
 * formatMinutes(510) // => '08:30'
 */
export function formatMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A date the way Chinese documents print it, with the weekday.
 *
 * @example
 * formatDateCn('2026-11-22') // => '2026年11月22日 星期日'
 */
export function formatDateCn(key: string): string {
  const { year, month, day } = requireDate(key);
  return `${year}年${month}月${day}日 ${WEEKDAYS_CN[weekdayOf(key)] ?? ''}`;
}
