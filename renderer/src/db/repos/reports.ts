import { summarisePeriod, type PeriodSummary } from '@shared/stats/period-summary';
import {
  activityFigures,
  orderFigures,
  type ActivityFigures,
  type OrderFigures,
} from '@shared/stats/practice-figures';
import type { DeskDatabase } from '../database';

/** Figures for 今日概览 and 统计报表, computed from the rows of a period. */
export function reportsRepo(db: DeskDatabase) {
  return {
    async periodSummary(from: number, to: number): Promise<PeriodSummary> {
      const [bookings, activities, serviceRecords] = await Promise.all([
        db.bookings.where('start').between(from, to, true, false).toArray(),
        db.activities.where('start').between(from, to, true, false).toArray(),
        db.serviceRecords.where('signInAt').between(from, to, true, false).toArray(),
      ]);
      return summarisePeriod({ bookings, activities, serviceRecords }, from, to);
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
