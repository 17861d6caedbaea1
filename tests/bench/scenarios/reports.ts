import { generateDemoData } from '@shared/demo';
import { firstServed } from '@shared/stats/daily-totals';
import {
  BOOKING_CATEGORIES,
  type Activity,
  type Booking,
  type ServiceRecord,
  type Volunteer,
} from '@shared/model';
import { periodContaining, shiftPeriod } from '@shared/stats/report-periods';
import { dateKey } from '@shared/time/center-time';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { loadReport } from '../../../renderer/src/features/reports/load-report';
import { skipTotalsIn } from '../../../renderer/src/db/totals/middleware';
import { signInMatchTables } from '../../../renderer/src/db/repos/roster-sign-in';
import { rebuildTotals } from '../../../renderer/src/db/totals/rebuild';
import { rebuildRoomDays } from '../../../renderer/src/db/totals/room-days';
import { MAKEUP_DAYS } from '../../../renderer/src/db/repos/closures';
import { roomUtilisation } from '@shared/booking/utilisation';
import { interleavedMedians, median, medianOf, type Measure } from '../measure';
import { roster } from './volunteers';

const DAY = 86_400_000;
const CHUNK = 20_000;
const STATIONS = [null, 'st-1', 'st-2', 'st-3', 'st-4', 'st-5', 'st-6'];
const PROJECTS = [null, ...Array.from({ length: 10 }, (_, i) => `pj-${i}`)];

function at<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

/**
 * 统计报表 at district scale (issue 13): 300,000 confirmed records, 20,000 activities and 100,000
 * bookings over a year, seeded by raw bulkAdd (the totals middleware skipped) and one rebuild. Measures
 * the year's report with its two comparisons as the screen reads them (target 500 ms), the whole
 * screen load (rooms' use reads the period's bookings), and what the middleware adds to one desk
 * sign-out. `npm run bench -- --only=reports`.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const records = Number(params.get('records') ?? '300000');
  const activityCount = Number(params.get('activities') ?? '20000');
  const bookingCount = Number(params.get('bookings') ?? '100000');
  const now = Date.now();
  const ctx = systemContext('bench-reports');
  const db = createDatabase(`bench-reports-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const demo = generateDemoData({ now, seed: 5, deskId: ctx.deskId });
  const people: Volunteer[] = roster(demo.volunteers[0] as Volunteer, 20_000).map((v, i) => ({
    ...v,
    politicalStatus: i % 7 === 0 ? '中共党员' : '群众',
  }));
  const template = demo.activities[0] as Activity;
  const bookingTemplate = demo.bookings[0] as Booking;
  const yearStart = now - 365 * DAY;
  const spread = (i: number, n: number) => yearStart + Math.floor((i / n) * 365 * DAY);
  const activityIds: string[] = [];
  const seedStart = performance.now();
  await db.transaction('rw', [db.volunteers, db.activities, db.bookings, db.serviceRecords], async (tx) => {
    skipTotalsIn(tx.idbtrans);
    await db.volunteers.bulkAdd(people);
    for (let from = 0; from < activityCount; from += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, activityCount - from) }, (_, k): Activity => {
        const i = from + k;
        const id = crypto.randomUUID();
        activityIds.push(id);
        const start = spread(i, activityCount);
        return {
          ...template,
          id,
          start,
          end: start + 2 * 3_600_000,
          deletedAt: null,
          bookingId: null,
          category: at(BOOKING_CATEGORIES, i),
          stationId: at(STATIONS, i),
          projectId: at(PROJECTS, i),
          participants: 20,
          beneficiaries: 30,
        };
      });
      await db.activities.bulkAdd(rows);
    }
    for (let from = 0; from < bookingCount; from += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, bookingCount - from) }, (_, k): Booking => {
        const i = from + k;
        const start = spread(i, bookingCount);
        return {
          ...bookingTemplate,
          id: crypto.randomUUID(),
          number: `YY-B-${i}`,
          start,
          end: start + 3_600_000,
          seriesId: null,
          deletedAt: null,
          status: i % 3 === 0 ? '已完成' : '已确认',
          actualAttendees: i % 3 === 0 ? 25 : null,
          category: at(BOOKING_CATEGORIES, i),
        };
      });
      await db.bookings.bulkAdd(rows);
    }
    const recordTemplate = demo.serviceRecords[0] as ServiceRecord;
    for (let from = 0; from < records; from += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, records - from) }, (_, k): ServiceRecord => {
        const i = from + k;
        const signInAt = spread(i, records);
        return {
          ...recordTemplate,
          id: crypto.randomUUID(),
          volunteerId: at(people, i).id,
          activityId: i % 5 < 3 ? at(activityIds, Math.floor((i / records) * activityCount)) : null,
          bookingId: null,
          signInAt,
          signOutAt: signInAt + 2 * 3_600_000,
          creditedMinutes: 120,
          status: '已确认',
          deletedAt: null,
        };
      });
      await db.serviceRecords.bulkAdd(rows);
    }
  });
  const seeded = performance.now() - seedStart;
  const rebuildStart = performance.now();
  await db.transaction(
    'rw',
    [
      db.volunteers,
      db.activities,
      db.bookings,
      db.serviceRecords,
      db.dailyTotals,
      db.monthlyTotals,
      db.volunteerDays,
      db.volunteerMonths,
      db.roomDays,
    ],
    async () => {
      await rebuildTotals((name) => db.table(name));
      await rebuildRoomDays((name) => db.table(name));
    },
  );
  const rebuilt = performance.now() - rebuildStart;

  const year = periodContaining('year', dateKey(now - 30 * DAY));
  // As loadReport asks: a year's previous period is also its same period last year, read once.
  const threeReports = () => {
    const before = repos.reportReads.report(shiftPeriod(year, -1), null);
    return Promise.all([repos.reportReads.report(year, null), before, before]);
  };
  const reports = await median(5, threeReports);
  const station = await median(5, () => repos.reportReads.report(year, 'st-1'));
  // Where a year's read goes: its months' totals rows (before monthlyTotals: every day's rows), and
  // the twelve month rows of who served.
  let totalRows = 0;
  const totalsRead = await median(5, async () => {
    totalRows = (
      await db.monthlyTotals
        .where('month')
        .between(year.firstDay.slice(0, 7), year.lastDay.slice(0, 7), true, true)
        .toArray()
    ).length;
  });
  let dayRows = 0;
  const dayRowsRead = await median(5, async () => {
    dayRows = (await db.dailyTotals.where('day').between(year.firstDay, year.lastDay, true, true).toArray())
      .length;
  });
  let served = 0;
  let entries = 0;
  const monthsRead = await median(5, async () => {
    const ids = Array.from(
      { length: 12 },
      (_, i) => `${year.firstDay.slice(0, 4)}-${String(i + 1).padStart(2, '0')}|*`,
    );
    // As the report reads them: the packed strings, each person once (firstServed), never unpacked.
    const rows = await db.volunteerMonths.bulkGet(ids);
    entries = rows.reduce((t, r) => t + (r ? r.volunteers.split('\n').length : 0), 0);
    served = Object.keys(firstServed(rows.flatMap((r) => (r ? [r.volunteers] : [])))).length;
  });
  // The screen's load as before v8, for reference: the reports as now, rooms' use from the year's bookings.
  const oldScreen = async () => {
    const [, rooms, bookings, closures] = await Promise.all([
      threeReports(),
      repos.places.rooms(),
      repos.places.bookingsBetween(year.from, year.to),
      repos.places.closuresBetween(year.firstDay, year.lastDay),
    ]);
    return roomUtilisation({
      rooms: rooms.filter((r) => r.active),
      bookings,
      closures,
      makeup: MAKEUP_DAYS,
      fromDate: year.firstDay,
      toDate: year.lastDay,
    });
  };
  const [screen = Number.NaN, before = Number.NaN] = await interleavedMedians(3, [
    () => loadReport(repos, year, null),
    oldScreen,
  ]);
  const heapFrom = Date.now();
  await loadReport(repos, year, null);
  const heapWindow = { from: heapFrom, to: Date.now() };

  // One desk sign-out (today holds ~800 confirmed records), with the totals kept and, as the
  // reference, in a transaction that skips them.
  // The sign-out's own tables, the roster's included (a sign-in may mark a rostered shift 到岗).
  const outTables = [db.serviceRecords, db.volunteers, db.auditLog, db.settings, ...signInMatchTables(db)];
  let next = 0;
  const signOut = async (skip: boolean) => {
    const v = at(people, 5_000 + next);
    next += 1;
    const r = await repos.serviceRecords.signIn(v.id, {
      activityId: null,
      bookingId: null,
      post: '前台引导',
      projectName: '日常值班',
      place: '中心大厅',
      serviceObject: '',
      content: '引导',
      leader: '',
    });
    const t = performance.now();
    await db.transaction('rw', outTables, async (tx) => {
      if (skip) skipTotalsIn(tx.idbtrans);
      await repos.serviceRecords.signOut(r.id);
    });
    return performance.now() - t;
  };
  const withTotals: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    withTotals.push(await signOut(false));
    without.push(await signOut(true));
  }
  db.close();
  const scale = `${records.toLocaleString('en')} records, ${activityCount.toLocaleString('en')} activities, ${bookingCount.toLocaleString('en')} bookings`;
  return [
    {
      name: `统计报表: a year's report with its two comparisons (${scale})`,
      ms: reports,
      reference: { name: 'target', ms: 500 },
      targetRatio: 1,
      note: `seeded in ${Math.round(seeded)} ms; totals rebuilt in ${Math.round(rebuilt)} ms`,
    },
    {
      name: `统计报表: reading a year's monthlyTotals rows (${totalRows.toLocaleString('en')} rows)`,
      ms: totalsRead,
      reference: {
        name: `its ${dayRows.toLocaleString('en')} dailyTotals rows, as read before`,
        ms: dayRowsRead,
      },
      targetRatio: null,
    },
    {
      name: `统计报表: who served in a year, from 12 center volunteerMonths rows (${entries.toLocaleString('en')} entries, ${served.toLocaleString('en')} people)`,
      ms: monthsRead,
      reference: null,
      targetRatio: null,
    },
    {
      name: "统计报表: a year's report for one 所/站",
      ms: station,
      reference: { name: 'target', ms: 500 },
      targetRatio: 1,
    },
    {
      name: '统计报表 本年, whole screen load (loadReport: report, two comparisons, rooms from roomDays)',
      ms: screen,
      reference: { name: 'target', ms: 500 },
      targetRatio: 1,
      note: `before v8 (rooms' use from the year's ${bookingCount.toLocaleString('en')} bookings), same run: ${Math.round(before)} ms`,
      heapWindow,
    },
    {
      name: 'desk sign-out keeping the stored totals (a day of ~800 confirmed records)',
      ms: medianOf(withTotals),
      reference: { name: 'same sign-out, totals skipped', ms: medianOf(without) },
      targetRatio: null,
    },
  ];
}
