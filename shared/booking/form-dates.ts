import { isValidDateKey, weekdayOf } from '../time/center-time';

/**
 * A start this close to now is "now": the form has minute resolution and a walk-in or a booking typed
 * at the counter starts in the minute it was typed, not in the past.
 *
 * @example
 * BACKFILL_GRACE_MS // => 300000
 */
export const BACKFILL_GRACE_MS = 5 * 60_000;

/**
 * The weekly repeat days after the first date moved from `from` to `to`: the day the form chose by
 * itself (the old date's weekday alone) follows the date; days the person picked stay, and the new
 * date's weekday joins them, since the first date must belong to the rule.
 *
 * @example
 * weekdaysAfterDateChange([2], '2026-12-15', '2026-12-17') // => [4]
 * weekdaysAfterDateChange([2, 5], '2026-12-15', '2026-12-17') // => [2, 5, 4]
 */
export function weekdaysAfterDateChange(weekdays: readonly number[], from: string, to: string): number[] {
  if (!isValidDateKey(from) || !isValidDateKey(to)) return [...weekdays];
  const next = weekdayOf(to);
  if (weekdays.length === 1 && weekdays[0] === weekdayOf(from)) return [next];
  return weekdays.includes(next) ? [...weekdays] : [...weekdays, next];
}

/**
 * True when a new booking starting at `start` is a record of the past (补录), which needs a reason.
 *
 * @example
 * isBackfill(now - 60_000, now) // => false
 * isBackfill(now - 3_600_000, now) // => true
 */
export function isBackfill(start: number, now: number): boolean {
  return start < now - BACKFILL_GRACE_MS;
}
