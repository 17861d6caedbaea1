import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { unpackServed } from '@shared/stats/daily-totals';
import { periodContaining } from '@shared/stats/report-periods';
import type { DeskDatabase } from '../../renderer/src/db';
import { createDatabase, createRepos, openDatabase } from '../../renderer/src/db';
import { olderDeskWithDemo, testContext } from './helpers';
import { BASE_DAY } from './totals-ops';
import { byId, fullRecount, recount } from './totals-recount';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the v7 upgrade', () => {
  it('fills the stored totals from the records, activities and bookings a v6 desk already had', async () => {
    const { name } = await olderDeskWithDemo('totals-upgrade', 6, 9, [
      'volunteers',
      'activities',
      'bookings',
      'serviceRecords',
    ]);
    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    const expected = await recount(db);
    expect(expected.dailyTotals.length).toBeGreaterThan(0);
    expect(byId(await db.dailyTotals.toArray())).toEqual(byId(expected.dailyTotals));
    expect(byId(await db.monthlyTotals.toArray())).toEqual(byId(expected.monthlyTotals));
    expect(byId((await db.volunteerMonths.toArray()).map(unpackServed))).toEqual(
      byId(expected.volunteerMonths),
    );
    const month = periodContaining('month', BASE_DAY);
    expect(await createRepos(db, testContext()).reportReads.report(month, null)).toEqual(
      await fullRecount(db, month, null),
    );
  });
});
