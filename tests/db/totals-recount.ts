import { roomUtilisation } from '@shared/booking/utilisation';
import { computeReport } from '@shared/stats/report';
import type { ReportPeriod } from '@shared/stats/report-periods';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { recountTotals, type RecountedTotals } from '../../renderer/src/db/totals/rebuild';
import { MAKEUP_DAYS } from '../../renderer/src/db/repos/closures';
import { roomLines } from '../../renderer/src/features/reports/load-report';

/** Full recounts from every row, the truth the stored totals are checked against. */
export async function recount(db: DeskDatabase): Promise<RecountedTotals> {
  const all: RecountedTotals = {
    dailyTotals: [],
    monthlyTotals: [],
    volunteerDays: [],
    volunteerMonths: [],
  };
  await db.transaction('r', [db.serviceRecords, db.activities, db.bookings, db.volunteers], () =>
    recountTotals(
      (name) => db.table(name),
      async (m) => {
        all.dailyTotals.push(...m.dailyTotals);
        all.monthlyTotals.push(...m.monthlyTotals);
        all.volunteerDays.push(...m.volunteerDays);
        all.volunteerMonths.push(...m.volunteerMonths);
      },
    ),
  );
  return all;
}

/** The report's room lines as computed before v8: roomUtilisation over every booking of the period. */
export async function roomsFromBookings(repos: Repos, period: ReportPeriod) {
  const active = (await repos.places.rooms()).filter((r) => r.active);
  const use = roomUtilisation({
    rooms: active,
    bookings: await repos.places.bookingsBetween(period.from, period.to),
    closures: await repos.places.closuresBetween(period.firstDay, period.lastDay),
    makeup: MAKEUP_DAYS,
    fromDate: period.firstDay,
    toDate: period.lastDay,
  });
  return { use, lines: roomLines(use, active) };
}

export async function fullRecount(db: DeskDatabase, period: ReportPeriod, stationId: string | null) {
  const { from, to } = period;
  const inPeriod = (at: number | null) => at !== null && at >= from && at < to;
  const [activities, bookings, records, volunteers, documents, orders, honours] = await Promise.all([
    db.activities.toArray(),
    db.bookings.toArray(),
    db.serviceRecords.toArray(),
    db.volunteers.toArray(),
    db.documents.toArray(),
    db.serviceOrders.toArray(),
    db.honours.toArray(),
  ]);
  return computeReport(
    {
      activities: activities.filter((a) => inPeriod(a.start)),
      bookings: stationId === null ? bookings.filter((b) => inPeriod(b.start)) : [],
      records: records.filter((r) => inPeriod(r.signInAt)),
      recordActivities: activities,
      volunteers,
      newVolunteers: volunteers,
      documents: documents.filter((d) => inPeriod(d.issuedAt)),
      ordersPlaced: orders.filter((o) => inPeriod(o.orderedAt)),
      ordersCompleted: orders.filter((o) => inPeriod(o.completedAt)),
      honours: honours.filter((h) => h.periodStart >= period.firstDay && h.periodStart <= period.lastDay),
      openFollowUps: orders.filter((o) => o.status === '待回访').length,
    },
    period,
    stationId,
  );
}

export const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));
