import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { unpackServed, type VolunteerMonth } from '@shared/stats/daily-totals';
import { periodContaining } from '@shared/stats/report-periods';
import type { DeskDatabase } from '../../renderer/src/db';
import { createDatabase, createRepos, openDatabase } from '../../renderer/src/db';
import { SCHEMA_HISTORY } from '../../renderer/src/db/schema';
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

describe('the v9 upgrade', () => {
  it('rewrites the rows of who served in the compact format, tallies and reports unchanged', async () => {
    const { name } = await olderDeskWithDemo('served-compact', 8, 9, [
      'volunteers',
      'activities',
      'bookings',
      'serviceRecords',
    ]);
    // Store the tallies as a v8 desk wrote them: one `id\tcount\tparty\tbirth` line per volunteer.
    const older = createDatabase(name, SCHEMA_HISTORY.slice(0, 8));
    await older.open();
    const before: Record<string, unknown[]> = {};
    for (const table of ['volunteerDays', 'volunteerMonths'] as const) {
      const rows = (await older.table(table).toArray()).map((r) => unpackServed<VolunteerMonth>(r));
      before[table] = rows;
      await older.table(table).bulkPut(
        rows.map((r) => ({
          ...r,
          volunteers: Object.entries(r.volunteers)
            .map(([id, [count, party, birth]]) => `${id}\t${count}\t${party}\t${birth ?? ''}`)
            .join('\n'),
        })),
      );
    }
    older.close();
    expect(before['volunteerMonths']?.length).toBeGreaterThan(0);

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    for (const table of ['volunteerDays', 'volunteerMonths'] as const) {
      const stored: { volunteers: string }[] = await db.table(table).toArray();
      expect(stored.filter((r) => !r.volunteers.startsWith('\u0002'))).toEqual([]);
      expect(byId(stored.map((r) => unpackServed<VolunteerMonth>(r as never)))).toEqual(
        byId(before[table] as VolunteerMonth[]),
      );
    }
    const month = periodContaining('month', BASE_DAY);
    expect(await createRepos(db, testContext()).reportReads.report(month, null)).toEqual(
      await fullRecount(db, month, null),
    );
  });
});
