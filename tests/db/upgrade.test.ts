import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { createDatabase, createRepos, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { testContext, uniqueDbName } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Writes the fixture exactly as the v1 app stored it: no search keys on volunteers. */
async function writeV1Fixture(name: string): Promise<void> {
  const v1 = createDatabase(name, SCHEMA_HISTORY.slice(0, 1));
  await v1.open();
  const demo = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 7, deskId: 'desk-v1' });
  const v1Volunteers = demo.volunteers.slice(0, 30).map((row) => {
    const v1Row: Partial<typeof row> = { ...row };
    delete v1Row.searchKeys;
    return v1Row;
  });
  await v1.table('volunteers').bulkAdd(v1Volunteers);
  await v1.rooms.bulkAdd(demo.rooms);
  await v1.bookings.bulkAdd(demo.bookings);
  v1.close();
}

describe('upgrading a v1 database', () => {
  it('keeps every row and makes v1 volunteers findable by the search box', async () => {
    const name = uniqueDbName('v1');
    await writeV1Fixture(name);

    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.volunteers.count()).toBe(30);
    expect(await db.rooms.count()).toBeGreaterThan(0);

    const someone = (await db.volunteers.toArray())[5];
    if (!someone) throw new Error('fixture has volunteers');
    expect(someone.searchKeys).toContain(someone.phone.slice(-4));

    const found = await createRepos(db, testContext()).people.searchVolunteers(someone.name);
    expect(found.map((v) => v.id)).toContain(someone.id);
  });

  it('leaves the bookkeeping of migrated rows untouched', async () => {
    const name = uniqueDbName('v1-stamps');
    await writeV1Fixture(name);
    const before = createDatabase(name, SCHEMA_HISTORY.slice(0, 1));
    await before.open();
    const original = await before.volunteers.toArray();
    before.close();

    const db = createDatabase(name);
    opened.push(db);
    await openDatabase(db);
    const after = await db.volunteers.toArray();
    expect(after.map((v) => [v.id, v.updatedAt, v.deskId])).toEqual(
      original.map((v) => [v.id, v.updatedAt, v.deskId]),
    );
  });
});
