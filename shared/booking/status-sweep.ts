import type { Booking, BookingStatus } from '../model/places';
import type { BookingRules } from './rules';

const MINUTE_MS = 60_000;

/**
 * A status change the clock makes due.
 *
 * @example
 * const c: StatusChange = { booking, to: '未到场' };
 */
export interface StatusChange {
  booking: Booking;
  to: BookingStatus;
}

/**
 * Which bookings the clock moves on: 已确认 not checked in `noShowMinutes` after the start becomes
 * 未到场 (back-filled records are left to the desk); 已签到 whose end has passed becomes 已完成.
 *
 * @example
 * dueStatusChanges(bookings, now, { noShowMinutes: 30 }) // => [{ booking, to: '未到场' }]
 */
export function dueStatusChanges(
  bookings: readonly Booking[],
  now: number,
  rules: Pick<BookingRules, 'noShowMinutes'>,
): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const b of bookings) {
    if (b.deletedAt !== null) continue;
    if (
      b.status === '已确认' &&
      b.checkedInAt === null &&
      b.backfillReason === null &&
      now >= b.start + rules.noShowMinutes * MINUTE_MS
    ) {
      changes.push({ booking: b, to: '未到场' });
    } else if (b.status === '已签到' && now >= b.end) {
      changes.push({ booking: b, to: '已完成' });
    }
  }
  return changes;
}

/**
 * The status a check-in leads to: 已完成 when the booking already ended (a late record), else 已签到.
 *
 * @example
 * statusAfterCheckIn(booking, now) // => '已签到'
 */
export function statusAfterCheckIn(b: Pick<Booking, 'end'>, now: number): BookingStatus {
  return now >= b.end ? '已完成' : '已签到';
}

/**
 * True when the desk may record arrival: confirmed (or marked no-show by the clock, to correct it) and
 * starting within the next hour or earlier.
 *
 * @example
 * canCheckIn(booking, now) // => true half an hour before the start
 */
export function canCheckIn(b: Pick<Booking, 'status' | 'start'>, now: number): boolean {
  return (b.status === '已确认' || b.status === '未到场') && b.start - 60 * MINUTE_MS <= now;
}
