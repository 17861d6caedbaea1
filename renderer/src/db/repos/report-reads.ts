import { computeReport, type Report } from '@shared/stats/report';
import type { ReportPeriod } from '@shared/stats/report-periods';
import type { DeskDatabase } from '../database';

/**
 * 统计报表 reads: the rows of one period by indexed ranges, handed to the pure computeReport. The
 * report object does not depend on how the rows are read, so stored daily totals can replace these
 * reads later.
 */
export function reportReadsRepo(db: DeskDatabase) {
  return {
    /** The report of a period for the whole center (null) or one 所/站. */
    async report(period: ReportPeriod, stationId: string | null): Promise<Report> {
      const { from, to } = period;
      const [
        activities,
        bookings,
        records,
        documents,
        ordersPlaced,
        ordersCompleted,
        honours,
        openFollowUps,
        newVolunteers,
      ] = await Promise.all([
        db.activities.where('start').between(from, to, true, false).toArray(),
        stationId === null ? db.bookings.where('start').between(from, to, true, false).toArray() : [],
        db.serviceRecords
          .where('[status+signInAt]')
          .between(['已确认', from], ['已确认', to], true, false)
          .toArray(),
        db.documents.where('issuedAt').between(from, to, true, false).toArray(),
        db.serviceOrders.where('orderedAt').between(from, to, true, false).toArray(),
        db.serviceOrders.where('completedAt').between(from, to, true, false).toArray(),
        db.honours.where('periodStart').between(period.firstDay, period.lastDay, true, true).toArray(),
        db.serviceOrders.where('status').equals('待回访').count(),
        // Volunteers have no createdAt index: one registered in the period was last written after its
        // start, so the updatedAt range holds it (and whoever was edited since; filtered in computeReport).
        stationId === null ? db.volunteers.where('updatedAt').aboveOrEqual(from).toArray() : [],
      ]);
      const known = new Set(activities.map((a) => a.id));
      const otherIds = [
        ...new Set(
          records.flatMap((r) => (r.activityId !== null && !known.has(r.activityId) ? [r.activityId] : [])),
        ),
      ];
      const volunteerIds = [...new Set(records.map((r) => r.volunteerId))];
      const [recordActivities, volunteers] = await Promise.all([
        db.activities.bulkGet(otherIds),
        db.volunteers.bulkGet(volunteerIds),
      ]);
      return computeReport(
        {
          activities,
          bookings,
          records,
          recordActivities: recordActivities.flatMap((a) => (a ? [a] : [])),
          volunteers: volunteers.flatMap((v) => (v ? [v] : [])),
          newVolunteers,
          documents,
          ordersPlaced,
          ordersCompleted,
          honours,
          openFollowUps,
        },
        period,
        stationId,
      );
    },
  };
}
