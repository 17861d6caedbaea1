import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { roomUtilisationFromDays } from '@shared/booking/utilisation';
import { unpackServed } from '@shared/stats/daily-totals';
import { periodContaining, rangePeriod, type ReportPeriod } from '@shared/stats/report-periods';
import type { DeskDatabase } from '../../renderer/src/db';
import { MAKEUP_DAYS } from '../../renderer/src/db/repos/closures';
import { loadReport } from '../../renderer/src/features/reports/load-report';
import { openTestDesk } from './helpers';
import { recountRoomDays } from './room-day-recount';
import { apply, BASE_DAY, opArb } from './totals-ops';
import { byId, fullRecount, recount, roomsFromBookings } from './totals-recount';
import { volunteerDraft } from './volunteer-fixtures';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const PERIODS: ReportPeriod[] = [
  periodContaining('month', BASE_DAY),
  periodContaining('quarter', BASE_DAY),
  periodContaining('week', BASE_DAY),
  rangePeriod('2026-11-19', '2026-12-02'),
];

describe('stored daily totals', () => {
  it('equal a full recount, and give the reports a full recount gives, after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const { db, repos, ctx } = await openTestDesk('daily-totals');
        opened.push(db);
        await repos.demo.load(
          generateDemoData({ now: ctx.now(), seed: 5, deskId: ctx.deskId }),
          () => undefined,
        );
        for (let i = 0; i < 3; i += 1)
          await repos.volunteers.register(
            volunteerDraft(900 + i, ctx.now(), { politicalStatus: i === 0 ? '中共党员' : '群众' }),
          );
        for (const op of ops) {
          try {
            await apply(op, db, repos, ctx);
          } catch {
            // A refused write (already signed out, overlapping booking…) must leave the totals right too.
          }
        }
        const expected = await recount(db);
        expect(byId(await db.dailyTotals.toArray())).toEqual(byId(expected.dailyTotals));
        expect(byId(await db.monthlyTotals.toArray())).toEqual(byId(expected.monthlyTotals));
        expect(byId((await db.volunteerDays.toArray()).map(unpackServed))).toEqual(
          byId(expected.volunteerDays),
        );
        expect(byId((await db.volunteerMonths.toArray()).map(unpackServed))).toEqual(
          byId(expected.volunteerMonths),
        );
        expect(byId(await db.roomDays.toArray())).toEqual(byId(await recountRoomDays(db)));
        for (const period of PERIODS) {
          const old = await roomsFromBookings(repos, period);
          expect(
            roomUtilisationFromDays({
              rooms: (await repos.places.rooms()).filter((r) => r.active),
              days: await repos.reportReads.roomDays(period.firstDay, period.lastDay),
              before: await repos.places.bookingsBetween(period.from, period.from),
              closures: await repos.places.closuresBetween(period.firstDay, period.lastDay),
              makeup: MAKEUP_DAYS,
              fromDate: period.firstDay,
              toDate: period.lastDay,
            }),
          ).toEqual(old.use);
          expect((await loadReport(repos, period, null)).rooms).toEqual(old.lines);
          for (const stationId of [null, 'station-1']) {
            expect(await repos.reportReads.report(period, stationId)).toEqual(
              await fullRecount(db, period, stationId),
            );
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
