import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { normaliseQuery } from '@shared/search/search-keys';
import { createDatabase, createRepos, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { testContext, uniqueDbName } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Volunteers as the v4 app stored them: keys without the given name; one of them anonymised. */
async function writeV4Fixture(name: string) {
  const v4 = createDatabase(name, SCHEMA_HISTORY.slice(0, 4));
  await v4.open();
  const demo = generateDemoData({ now: Date.UTC(2026, 10, 22, 2), seed: 11, deskId: 'desk-v4' });
  const [a, b, c] = demo.volunteers;
  if (!a || !b || !c) throw new Error('demo has volunteers');
  const rows = [
    { ...a, name: '李晓峰', searchKeys: ['李晓峰', 'lixiaofeng', 'lxf', normaliseQuery(a.volunteerNo)] },
    {
      ...b,
      name: '欧阳晓峰',
      searchKeys: ['欧阳晓峰', 'ouyangxiaofeng', 'oyxf', normaliseQuery(b.volunteerNo)],
    },
    { ...c, name: '已匿名', anonymisedAt: c.createdAt, searchKeys: [normaliseQuery(c.volunteerNo)] },
  ];
  await v4.volunteers.bulkAdd(rows);
  v4.close();
  return rows;
}

describe('upgrading a v4 database', () => {
  it('finds volunteers stored before v5 by their given name alone, and leaves anonymised rows as they were', async () => {
    const name = uniqueDbName('v4');
    const [li, ouyang, anonymised] = await writeV4Fixture(name);
    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    const found = await createRepos(db, testContext()).people.searchVolunteers('晓峰');
    expect(found.map((v) => v.name).sort()).toEqual(['李晓峰', '欧阳晓峰']);
    const after = await db.volunteers.bulkGet([li?.id ?? '', ouyang?.id ?? '', anonymised?.id ?? '']);
    expect(after.map((v) => v?.updatedAt)).toEqual([li?.updatedAt, ouyang?.updatedAt, anonymised?.updatedAt]);
    expect(after[2]?.searchKeys).toEqual(anonymised?.searchKeys);
  });

  it('migrates the volunteers of a v4 backup as they are restored', async () => {
    const source = uniqueDbName('v4-source');
    const rows = await writeV4Fixture(source);
    const db = createDatabase(uniqueDbName('v4-restore'));
    opened.push(db);
    await openDatabase(db);
    const repos = createRepos(db, testContext());
    let sent = false;
    await repos.backup.restoreStream(
      {
        next: async () => (sent ? null : ((sent = true), { table: 'volunteers', rows })),
        total: rows.length,
        exportedAt: Date.UTC(2026, 10, 22, 2),
        deskId: 'desk-v4',
        schemaVersion: 4,
        chain: { checked: 0, older: 0, broken: null },
      },
      () => undefined,
    );
    const found = await repos.people.searchVolunteers('晓峰');
    expect(found.map((v) => v.name).sort()).toEqual(['李晓峰', '欧阳晓峰']);
  });
});
