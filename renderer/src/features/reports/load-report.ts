import { roomUtilisationFromDays, totalUtilisation, type RoomUtilisation } from '@shared/booking/utilisation';
import type { Room } from '@shared/model';
import { compareReports, type ComparedFigure, type Report } from '@shared/stats/report';
import { samePeriodLastYear, shiftPeriod, type ReportPeriod } from '@shared/stats/report-periods';
import type { Repos } from '../../db';
import { MAKEUP_DAYS } from '../../db/repos/closures';
import type { RosterReport } from '../../db/repos/roster-figures-read';

/** One room's use in the report, hours and rates in percent (null when never open). */
export interface RoomUseLine {
  name: string;
  openHours: number;
  usedHours: number;
  idleRate: number | null;
}

/** Everything the report screen, its A4 print and its workbook show. */
export interface ReportBundle {
  period: ReportPeriod;
  previous: ReportPeriod;
  lastYear: ReportPeriod;
  stationId: string | null;
  /** 全中心 or the 所/站's name. */
  scopeName: string;
  centerName: string;
  report: Report;
  compared: ComparedFigure[];
  rooms: RoomUseLine[];
  projectNames: ReadonlyMap<string, string>;
  /**
   * 岗位排班 figures of the period and of the previous one (for 环比), for the same scope; null when read
   * apart (the screen reads them on their own, see loadRosterPart).
   */
  rosters: RosterReport | null;
  rostersBefore: RosterReport | null;
}

const hours = (m: number) => Math.round((m / 60) * 10) / 10;
const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** The rooms' lines of the report, in the rooms' order, with 合计 last when there is any room. */
export function roomLines(use: readonly RoomUtilisation[], rooms: readonly Room[]): RoomUseLine[] {
  const names = new Map(rooms.map((r) => [r.id, r.name]));
  const total = totalUtilisation(use);
  return [
    ...use.map((r) => ({
      name: names.get(r.roomId) ?? '',
      openHours: hours(r.openMinutes),
      usedHours: hours(r.usedMinutes),
      idleRate: pct(r.idleRate),
    })),
    ...(use.length === 0
      ? []
      : [
          {
            name: '合计',
            openHours: hours(total.openMinutes),
            usedHours: hours(total.usedMinutes),
            idleRate: pct(total.idleRate),
          },
        ]),
  ];
}

/**
 * A period's 岗位排班 figures and the previous period's, from the stored month rows (rosterMonths). The
 * screen reads them apart from its live figures, once per period and scope: the live part re-runs at
 * every sign-in at the desk, and a year's roster tally need not ride along each time.
 */
export async function loadRosterPart(
  repos: Repos,
  period: ReportPeriod,
  stationId: string | null,
): Promise<Pick<ReportBundle, 'rosters' | 'rostersBefore'>> {
  const previous = shiftPeriod(period, -1);
  const [rosters, rostersBefore] = await Promise.all([
    repos.rosterFigures.period(period.firstDay, period.lastDay, stationId),
    repos.rosterFigures.period(previous.firstDay, previous.lastDay, stationId),
  ]);
  return { rosters, rostersBefore };
}

/**
 * Reads a period's report with its two comparisons and the rooms' use, for the screen and the print;
 * the 岗位排班 figures too unless `withRosters` is false (the screen's live read, see loadRosterPart).
 */
export async function loadReport(
  repos: Repos,
  period: ReportPeriod,
  stationId: string | null,
  withRosters = true,
): Promise<ReportBundle> {
  const previous = shiftPeriod(period, -1);
  const lastYear = samePeriodLastYear(period);
  const beforeRead = repos.reportReads.report(previous, stationId);
  // A year's previous period is its same period last year: read it once.
  const sameAsPrevious = lastYear.firstDay === previous.firstDay && lastYear.lastDay === previous.lastDay;
  const [report, before, yearAgo, rooms, days, earlier, closures, stations, projects, center, rosters] =
    await Promise.all([
      repos.reportReads.report(period, stationId),
      beforeRead,
      sameAsPrevious ? beforeRead : repos.reportReads.report(lastYear, stationId),
      repos.places.rooms(),
      // Rooms' use from each day's stored union of held bookings, not the period's bookings; only those
      // starting the day before and running into the period are read as rows.
      repos.reportReads.roomDays(period.firstDay, period.lastDay),
      repos.places.bookingsBetween(period.from, period.from),
      repos.places.closuresBetween(period.firstDay, period.lastDay),
      repos.settings.get('stations'),
      repos.projects.list(),
      repos.settings.get('centerProfile'),
      withRosters ? loadRosterPart(repos, period, stationId) : { rosters: null, rostersBefore: null },
    ]);
  const active = rooms.filter((r) => r.active);
  const use = roomUtilisationFromDays({
    rooms: active,
    days,
    before: earlier,
    closures,
    makeup: MAKEUP_DAYS,
    fromDate: period.firstDay,
    toDate: period.lastDay,
  });
  return {
    period,
    previous,
    lastYear,
    stationId,
    scopeName:
      stationId === null ? '全中心' : ((stations ?? []).find((s) => s.id === stationId)?.name ?? '所/站'),
    centerName: center?.name ?? '',
    report,
    compared: compareReports(report, before, yearAgo),
    rooms: roomLines(use, active),
    projectNames: new Map(projects.map((p) => [p.id, p.name])),
    ...rosters,
  };
}
