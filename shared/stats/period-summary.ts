import type { Activity, Booking, ServiceRecord } from '../model';

/** What a center reports upward for a period. */
export interface PeriodSummary {
  /** 场次: bookings that took place (checked in or completed) plus activities not tied to a booking. */
  sessions: number;
  /** 人次: people reached — actual attendance of those bookings plus participants of those activities. */
  peopleReached: number;
  /** 志愿者人次: confirmed volunteer service records. */
  volunteerServices: number;
  /** Confirmed volunteer minutes (only confirmed hours count anywhere). */
  volunteerMinutes: number;
  /** Distinct volunteers with confirmed service. */
  distinctVolunteers: number;
  bookings: number;
  noShows: number;
  cancelled: number;
}

const HELD = new Set<Booking['status']>(['已签到', '已完成']);

/**
 * Summarises bookings, activities and service records that start within [from, to).
 * Deleted rows are ignored; an activity linked to a booking is counted once, through the booking.
 *
 * @example
 * summarisePeriod({ bookings, activities, serviceRecords }, Date.UTC(2026, 10, 1) - 8 * 3600_000, Date.UTC(2026, 11, 1) - 8 * 3600_000)
 * // => { sessions: 42, peopleReached: 1830, volunteerServices: 120, volunteerMinutes: 21600, ... }
 */
export function summarisePeriod(
  data: { bookings: Booking[]; activities: Activity[]; serviceRecords: ServiceRecord[] },
  from: number,
  to: number,
): PeriodSummary {
  const within = (t: number): boolean => t >= from && t < to;
  const bookings = data.bookings.filter((b) => b.deletedAt === null && within(b.start));
  const held = bookings.filter((b) => HELD.has(b.status));
  const heldIds = new Set(held.map((b) => b.id));
  const activities = data.activities.filter(
    (a) => a.deletedAt === null && within(a.start) && !(a.bookingId && heldIds.has(a.bookingId)),
  );
  const confirmed = data.serviceRecords.filter(
    (r) => r.deletedAt === null && r.status === '已确认' && within(r.signInAt),
  );
  return {
    sessions: held.length + activities.length,
    peopleReached:
      held.reduce((sum, b) => sum + (b.actualAttendees ?? 0), 0) +
      activities.reduce((sum, a) => sum + a.participants, 0),
    volunteerServices: confirmed.length,
    volunteerMinutes: confirmed.reduce((sum, r) => sum + (r.creditedMinutes ?? 0), 0),
    distinctVolunteers: new Set(confirmed.map((r) => r.volunteerId)).size,
    bookings: bookings.length,
    noShows: bookings.filter((b) => b.status === '未到场').length,
    cancelled: bookings.filter((b) => b.status === '已取消').length,
  };
}

// One formatter for every count: `toLocaleString` builds ICU's number formatter anew at each call.
const COUNT = new Intl.NumberFormat('zh-CN');

/**
 * Formats a count grouped by thousands, as `toLocaleString('zh-CN')` does.
 *
 * @example
 * formatCount(126000) // => '126,000'
 */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/**
 * Formats minutes as hours with one decimal, the way reports state 志愿服务时长.
 *
 * @example
 * formatHours(90) // => '1.5'
 */
export function formatHours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toFixed(1);
}
