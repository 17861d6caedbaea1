import type { RoomDay } from '@shared/booking/room-days';
import { reportFromTotals } from '@shared/stats/report-from-totals';
import type { Report } from '@shared/stats/report';
import { trendBuckets, type ReportPeriod } from '@shared/stats/report-periods';
import { CENTER_SCOPE, firstServed, type Figures } from '@shared/stats/daily-totals';
import { addDays, daysBetween } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import { countRegistered } from './registered-volunteers';

/**
 * Splits a period into the whole months inside it and the days outside them, so distinct people are
 * read from one row per month plus one row per edge day.
 */
function monthsAndEdgeDays(firstDay: string, lastDay: string): { months: string[]; days: string[] } {
  const months: string[] = [];
  const days: string[] = [];
  let day = firstDay;
  while (day <= lastDay) {
    const monthEnd = addDays(`${addDays(`${day.slice(0, 7)}-01`, 31).slice(0, 7)}-01`, -1);
    if (day.endsWith('-01') && monthEnd <= lastDay) {
      months.push(day.slice(0, 7));
      day = addDays(monthEnd, 1);
    } else {
      days.push(day);
      day = addDays(day, 1);
    }
  }
  return { months, days };
}

/**
 * 统计报表 reads: activity and service figures from the stored daily totals (kept by the totals
 * middleware in the same transaction as every write), who served from month rows and edge-day rows,
 * new volunteers by their createdAt index, and the small tables (orders, documents, 时尚达人) as rows.
 * A year reads its months' totals rows and twelve rows of who served (plus edge days' rows), not the
 * year's records nor its ~22,000 day rows.
 */
export function reportReadsRepo(db: DeskDatabase) {
  return {
    /** The report of a period for the whole center (null) or one 所/站. */
    report(period: ReportPeriod, stationId: string | null): Promise<Report> {
      return readReport(db, period, stationId);
    },
    /** The stored room use of the days firstDay–lastDay (inclusive) that had bookings. */
    roomDays(firstDay: string, lastDay: string): Promise<RoomDay[]> {
      return db.roomDays.where('day').between(firstDay, lastDay, true, true).toArray();
    },
  };
}

/** The contiguous runs of consecutive days (edge days come as at most two runs). */
function runsOf(days: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** The daily totals of the day runs and the monthly totals of the months (a contiguous range). */
async function totalsRows(db: DeskDatabase, dayRuns: readonly [string, string][], months: readonly string[]) {
  return Promise.all([
    Promise.all(
      dayRuns.map(([first, last]) => db.dailyTotals.where('day').between(first, last, true, true).toArray()),
    ).then((runs) => runs.flat()),
    months.length > 0
      ? db.monthlyTotals
          .where('month')
          .between(months[0] ?? '', months.at(-1) ?? '', true, true)
          .toArray()
      : [],
  ]);
}

async function readReport(db: DeskDatabase, period: ReportPeriod, stationId: string | null): Promise<Report> {
  const { from, to } = period;
  const scope = stationId ?? CENTER_SCOPE;
  const { months, days } = monthsAndEdgeDays(period.firstDay, period.lastDay);
  // By-month trends can take whole months as month rows; a by-day trend needs every day's rows.
  const byMonth =
    months.length > 0 && trendBuckets(period).length < daysBetween(period.firstDay, period.lastDay) + 1;
  const dayRuns = byMonth ? runsOf(days) : [[period.firstDay, period.lastDay] as [string, string]];
  const [
    [totals, monthTotals],
    servedMonths,
    servedDays,
    documents,
    ordersPlaced,
    ordersCompleted,
    honours,
    openFollowUps,
    registered,
  ] = await Promise.all([
    totalsRows(db, dayRuns, byMonth ? months : []),
    db.volunteerMonths.bulkGet(months.map((m) => `${m}|${scope}`)),
    db.volunteerDays.bulkGet(days.map((d) => `${d}|${scope}`)),
    db.documents.where('issuedAt').between(from, to, true, false).toArray(),
    db.serviceOrders.where('orderedAt').between(from, to, true, false).toArray(),
    db.serviceOrders.where('completedAt').between(from, to, true, false).toArray(),
    db.honours.where('periodStart').between(period.firstDay, period.lastDay, true, true).toArray(),
    db.serviceOrders.where('status').equals('待回访').count(),
    stationId === null ? countRegistered(db, from, to) : 0,
  ]);
  return reportFromTotals(
    {
      totals,
      monthTotals,
      // One tally of everyone who served, parsed from the packed rows without unpacking them.
      served: [
        {
          scope,
          volunteers: firstServed([...servedMonths, ...servedDays].flatMap((r) => (r ? [r.volunteers] : []))),
        },
      ],
      newVolunteers: registered,
      documents,
      ordersPlaced,
      ordersCompleted,
      honours,
      openFollowUps,
    },
    period,
    stationId,
  );
}

/**
 * The whole center's additive figures of the days firstDay–lastDay (inclusive), from the stored totals:
 * whole months as month rows, the other days as day rows. No distinct people: the who-served rows hold
 * every volunteer who served, and unpacking them costs far more than adding up the figures.
 */
export async function centerFigures(db: DeskDatabase, firstDay: string, lastDay: string): Promise<Figures> {
  const { months, days } = monthsAndEdgeDays(firstDay, lastDay);
  const [dayRows, monthRows] = await totalsRows(db, runsOf(days), months);
  const figures: Figures = {
    sessions: 0,
    participants: 0,
    beneficiaries: 0,
    volunteerServices: 0,
    volunteerMinutes: 0,
  };
  for (const row of [...dayRows, ...monthRows]) {
    figures.sessions += row.sessions;
    figures.participants += row.participants;
    figures.beneficiaries += row.beneficiaries;
    figures.volunteerServices += row.volunteerServices;
    figures.volunteerMinutes += row.volunteerMinutes;
  }
  return figures;
}

/**
 * The whole center's additive figures and distinct volunteers of the days firstDay–lastDay (inclusive),
 * from the stored totals (see centerFigures), who served from month rows and edge-day rows.
 */
export async function centerTotals(
  db: DeskDatabase,
  firstDay: string,
  lastDay: string,
): Promise<{ figures: Figures; volunteers: number }> {
  const { months, days } = monthsAndEdgeDays(firstDay, lastDay);
  const [figures, servedMonths, servedDays] = await Promise.all([
    centerFigures(db, firstDay, lastDay),
    db.volunteerMonths.bulkGet(months.map((m) => `${m}|${CENTER_SCOPE}`)),
    db.volunteerDays.bulkGet(days.map((d) => `${d}|${CENTER_SCOPE}`)),
  ]);
  const served = firstServed([...servedMonths, ...servedDays].flatMap((r) => (r ? [r.volunteers] : [])));
  return { figures, volunteers: Object.keys(served).length };
}
