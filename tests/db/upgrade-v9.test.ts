import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { olderDeskWithDemo, rowCounts } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('upgrading a v9 database', () => {
  it('keeps every row and adds empty duty roster tables whose indexes answer', async () => {
    const { name } = await olderDeskWithDemo('v9', 9, 11, [
      'rooms',
      'volunteers',
      'bookings',
      'serviceRecords',
    ]);
    const v9 = createDatabase(name, SCHEMA_HISTORY.slice(0, 9));
    await v9.open();
    const before = await rowCounts(v9);
    v9.close();
    expect(before.volunteers).toBeGreaterThan(0);

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await rowCounts(db)).toEqual({
      ...before,
      dutyPosts: 0,
      schoolTerms: 0,
      rosterPatterns: 0,
      rosterEntries: 0,
      rosterMonths: 0,
      // v12's sync tables start empty: nothing is queued while no center is set.
      syncMeta: 0,
      outbox: 0,
      syncConflicts: 0,
    });
    expect(await db.rosterEntries.where('[postId+date]').between(['p', ''], ['p', '\uffff']).count()).toBe(0);
    expect(await db.rosterEntries.where('[volunteerId+date]').equals(['v', '2026-12-07']).count()).toBe(0);
  });
});
