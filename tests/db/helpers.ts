import 'fake-indexeddb/auto';
import type { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import type { DeskDatabase } from '../../renderer/src/db';
import type { WriteContext } from '../../renderer/src/db/context';

let dbCounter = 0;

/**
 * Registers, in the calling test file, closing after each test every database passed through the
 * returned function: an open handle would block the next test's upgrade or delete of the same name.
 */
export function closedAfterEach(): <T extends Dexie>(db: T) => T {
  const opened: Dexie[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return (db) => {
    opened.push(db);
    return db;
  };
}

/** A database name no other test uses, so tests never see each other's rows. */
export function uniqueDbName(label: string): string {
  dbCounter += 1;
  return `test-${label}-${dbCounter}-${Math.floor(performance.now() * 1000)}`;
}

/** A write context with a controllable clock and predictable ids. */
export function testContext(
  start = Date.UTC(2026, 10, 22, 2, 0),
): WriteContext & { advance(ms: number): void } {
  let now = start;
  let seq = 0;
  return {
    now: () => now,
    newId: () => {
      seq += 1;
      return `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
    },
    deskId: 'desk-test',
    actor: '测试员',
    advance(ms: number) {
      now += ms;
    },
  };
}

/**
 * A fresh, opened desk database with its repositories and a controllable write context: the setup most
 * db tests start from (close `db` after each test).
 */
export async function openTestDesk(label: string) {
  const { createDatabase, createRepos, openDatabase } = await import('../../renderer/src/db');
  const db = createDatabase(uniqueDbName(label));
  await openDatabase(db);
  const ctx = testContext();
  return { db, ctx, repos: createRepos(db, ctx) };
}

type DemoTable = 'rooms' | 'volunteers' | 'activities' | 'bookings' | 'serviceRecords';

/**
 * A closed desk written by the first `versions` steps of the schema, holding these tables of a demo
 * data set: open it by `name` with the full history to watch an upgrade run over real rows.
 */
export async function olderDeskWithDemo(label: string, versions: number, seed: number, tables: DemoTable[]) {
  const { createDatabase } = await import('../../renderer/src/db');
  const { SCHEMA_HISTORY } = await import('../../renderer/src/db/schema');
  const { generateDemoData } = await import('@shared/demo');
  const name = uniqueDbName(label);
  const demo = generateDemoData({ now: testContext().now(), seed, deskId: 'd' });
  const older = createDatabase(name, SCHEMA_HISTORY.slice(0, versions));
  await older.open();
  for (const table of tables) await older.table(table).bulkAdd(demo[table]);
  older.close();
  return { name, demo };
}

/** Rows per table of an open database: an upgrade keeps every one. */
export async function rowCounts(db: DeskDatabase): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)),
  );
}
