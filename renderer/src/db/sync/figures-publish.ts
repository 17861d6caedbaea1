import { roomUtilisationFromDays, totalUtilisation } from '@shared/booking/utilisation';
import {
  figuresDocId,
  sameFigures,
  type SiteFiguresDoc,
  type SiteMonthFigures,
} from '@shared/stats/district-figures';
import { periodContaining } from '@shared/stats/report-periods';
import type { DeskDatabase } from '../database';
import { MAKEUP_DAYS } from '../repos/closures';
import { placesRepo } from '../repos/places';
import { reportReadsRepo } from '../repos/report-reads';
import { reportsRepo } from '../repos/reports';
import type { DistrictInfo, DistrictLink } from './district-link';

/**
 * A month's figures of this site as 统计报表 shows them: the stored monthly totals and booking counts
 * (periodSummary) and the rooms' use from the stored room days, never the month's rows.
 */
export async function siteMonthFigures(db: DeskDatabase, month: string): Promise<SiteMonthFigures> {
  const period = periodContaining('month', `${month}-01`);
  const places = placesRepo(db);
  const [summary, rooms, days, before, closures] = await Promise.all([
    reportsRepo(db).periodSummary(period.from, period.to),
    places.rooms(),
    reportReadsRepo(db).roomDays(period.firstDay, period.lastDay),
    places.bookingsBetween(period.from, period.from),
    places.closuresBetween(period.firstDay, period.lastDay),
  ]);
  const use = totalUtilisation(
    roomUtilisationFromDays({
      rooms: rooms.filter((r) => r.active),
      days,
      before,
      closures,
      makeup: MAKEUP_DAYS,
      fromDate: period.firstDay,
      toDate: period.lastDay,
    }),
  );
  return {
    sessions: summary.sessions,
    peopleReached: summary.peopleReached,
    volunteerServices: summary.volunteerServices,
    volunteerMinutes: summary.volunteerMinutes,
    distinctVolunteers: summary.distinctVolunteers,
    bookings: summary.bookings,
    roomOpenMinutes: use.openMinutes,
    roomUsedMinutes: use.usedMinutes,
  };
}

/**
 * Publishes this site's figures of `months` into its own site database (the server replicates them to
 * the district), skipping a month whose document already holds the same figures. Desks of one site
 * write the same documents: the last writer wins, which is right for figures derived from the same
 * synced rows. Straight over the link, never through the outbox: these are not rows of the desk.
 * Returns the months written.
 */
export async function publishFigures(
  db: DeskDatabase,
  link: DistrictLink,
  info: DistrictInfo,
  months: readonly string[],
  by: { now: number; deskName: string },
): Promise<string[]> {
  const { site } = info;
  const stored = await link.list<SiteFiguresDoc>('site', `figures:${site.db}:`);
  const byMonth = new Map(stored.map((d) => [d.month, d]));
  const written: string[] = [];
  for (const month of months) {
    const figures = await siteMonthFigures(db, month);
    if (sameFigures(byMonth.get(month)?.figures, figures)) continue;
    const doc: SiteFiguresDoc = {
      site: site.db,
      siteName: site.name,
      level: site.level,
      month,
      figures,
      publishedAt: by.now,
      publishedBy: by.deskName,
    };
    await link.put('site', { _id: figuresDocId(site.db, month), ...doc });
    written.push(month);
  }
  return written;
}
