import type { Booking } from '@shared/model';
import type { PeriodSummary } from '@shared/stats/period-summary';
import { dateKey } from '@shared/time/center-time';
import {
  activityFigures,
  orderFigures,
  type ActivityFigures,
  type OrderFigures,
} from '@shared/stats/practice-figures';
import type { DeskDatabase } from '../database';
import { centerTotals } from './report-reads';

/** Figures for 今日概览 and 统计报表. */
export function reportsRepo(db: DeskDatabase) {
  return {
    /**
     * The summary of the center days [from, to) (day-aligned, as every caller's periods are): the
     * figures from the stored totals and the bookings counted on their indexes, so a year's summary,
     * live on 统计报表 and 今日概览, reads a few dozen rows instead of the year's records and bookings.
     * The bookings app never soft-deletes a booking (it cancels), so the index counts are the live ones.
     */
    async periodSummary(from: number, to: number): Promise<PeriodSummary> {
      const count = (status: Booking['status']) =>
        db.bookings.where('[status+start]').between([status, from], [status, to], true, false).count();
      const [totals, bookings, noShows, cancelled] = await Promise.all([
        centerTotals(db, dateKey(from), dateKey(to - 1)),
        db.bookings.where('start').between(from, to, true, false).count(),
        count('未到场'),
        count('已取消'),
      ]);
      return {
        sessions: totals.figures.sessions,
        peopleReached: totals.figures.participants,
        volunteerServices: totals.figures.volunteerServices,
        volunteerMinutes: totals.figures.volunteerMinutes,
        distinctVolunteers: totals.volunteers,
        bookings,
        noShows,
        cancelled,
      };
    },

    /**
     * 场次 by category, project and 所/站 with their 人次 and volunteer hours, and the service-order loop,
     * for [from, to). Every read is an index range of the period (a record made from an activity starts
     * when the activity does); the 待回访 count is one index count.
     */
    async practiceFigures(
      from: number,
      to: number,
    ): Promise<{ activities: ActivityFigures; orders: OrderFigures }> {
      const [activities, confirmed, placed, completed, openFollowUps] = await Promise.all([
        db.activities.where('start').between(from, to, true, false).toArray(),
        db.serviceRecords
          .where('[status+signInAt]')
          .between(['已确认', from], ['已确认', to], true, false)
          .toArray(),
        db.serviceOrders.where('orderedAt').between(from, to, true, false).toArray(),
        db.serviceOrders.where('completedAt').between(from, to, true, false).toArray(),
        db.serviceOrders.where('status').equals('待回访').count(),
      ]);
      return {
        activities: activityFigures(activities, confirmed),
        orders: orderFigures(placed, completed, openFollowUps),
      };
    },
  };
}
