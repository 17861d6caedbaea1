import 'fake-indexeddb/auto';
import type { WriteContext } from '../../renderer/src/db/context';

let dbCounter = 0;

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
