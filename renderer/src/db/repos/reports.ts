import { summarisePeriod, type PeriodSummary } from '@shared/stats/period-summary';
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
  };
}
