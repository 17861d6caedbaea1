import type { BookingStatus } from '../model/places';

/**
 * The center's booking rules (a setting; see SettingValues.bookingRules).
 *
 * @example
 * const rules: BookingRules = { ...DEFAULT_BOOKING_RULES, maxDurationMinutes: 240 };
 */
export interface BookingRules {
  /** Longest single booking. */
  maxDurationMinutes: number;
  /** A confirmed booking not checked in this long after its start becomes 未到场. */
  noShowMinutes: number;
  /** How many days ahead bookings may be taken. */
  bookingWindowDays: number;
  /** Most occurrences a repeating booking may create. */
  maxOccurrences: number;
}

/**
 * Rules a new desk starts with.
 *
 * @example
 * DEFAULT_BOOKING_RULES.noShowMinutes // => 30
 */
export const DEFAULT_BOOKING_RULES: BookingRules = {
  maxDurationMinutes: 480,
  noShowMinutes: 30,
  bookingWindowDays: 180,
  maxOccurrences: 104,
};

/**
 * Hard ceiling for any repeating booking, whatever the setting says (two years of weekly dates).
 *
 * @example
 * Math.min(rules.maxOccurrences, OCCURRENCE_CAP)
 */
export const OCCURRENCE_CAP = 104;

/**
 * Statuses that hold the room: a booking in one of these blocks others.
 *
 * @example
 * HOLDING_STATUSES.includes('已取消') // => false
 */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['待审核', '已确认', '已签到', '已完成'];

/**
 * True when a booking in this status keeps the room.
 *
 * @example
 * holdsRoom('未到场') // => false
 */
export function holdsRoom(status: BookingStatus): boolean {
  return HOLDING_STATUSES.includes(status);
}

/**
 * Statuses that can still be edited, rescheduled or cancelled.
 *
 * @example
 * isOpenStatus('已完成') // => false
 */
export function isOpenStatus(status: BookingStatus): boolean {
  return status === '待审核' || status === '已确认';
}

/**
 * The formatted number of the nth booking of a year. A desk that syncs puts its desk code (see
 * DESK_CODE_PATTERN) before the sequence, so desks numbering at the same time never give one number twice.
 *
 * @example
 * bookingNumber(2026, 17) // => 'YY-2026-00017'
 * bookingNumber(2026, 17, 'B') // => 'YY-2026-B00017'
 */
export function bookingNumber(year: number | string, n: number, mark = ''): string {
  return `${bookingNumberPrefix(year, mark)}${String(n).padStart(5, '0')}`;
}

/**
 * What every booking number of a year (and desk code) starts with; its counter row's key is the same
 * without the trailing dash when unmarked, so counters kept before desk codes go on as they were.
 *
 * @example
 * bookingNumberPrefix(2026) // => 'YY-2026-'
 * bookingNumberPrefix(2026, 'B') // => 'YY-2026-B'
 */
export function bookingNumberPrefix(year: number | string, mark = ''): string {
  return `YY-${year}-${mark}`;
}

/**
 * The counter row key of a year's booking numbers (per desk code when syncing).
 *
 * @example
 * bookingCounterKey(2026) // => 'YY-2026'
 * bookingCounterKey(2026, 'B') // => 'YY-2026-B'
 */
export function bookingCounterKey(year: number | string, mark = ''): string {
  return mark ? `YY-${year}-${mark}` : `YY-${year}`;
}
