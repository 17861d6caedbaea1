import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@shared/backup/backup-file';
import { generateDemoData } from '@shared/demo';
import {
  createDatabase,
  createRepos,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  type DeskDatabase,
} from '../../renderer/src/db';
import { olderDeskWithDemo, openTestDesk, testContext } from './helpers';
import { recountRoomDays } from './room-day-recount';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const stored = async (db: DeskDatabase) => db.roomDays.orderBy('day').toArray();

describe('stored room days', () => {
  it('are built by the v8 upgrade from the bookings a v7 desk already had', async () => {
    const { name } = await olderDeskWithDemo('room-days-upgrade', 7, 9, ['rooms', 'bookings']);
    const db = createDatabase(name);
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });
    const expected = await recountRoomDays(db);
    expect(expected.length).toBeGreaterThan(10);
    expect(await stored(db)).toEqual(expected);
  }, 60_000);

  it('are rebuilt by a restore, also from a backup taken before they existed', async () => {
    const { db, repos, ctx } = await openTestDesk('room-days-restore');
    opened.push(db);
    await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 4, deskId: ctx.deskId }), () => undefined);
    const expected = await recountRoomDays(db);
    expect(expected.length).toBeGreaterThan(10);
    const backup = await repos.backup.exportAll('0.1.0');
    const older = Object.fromEntries(Object.entries(backup.tables).filter(([table]) => table !== 'roomDays'));
    const parsed = parseBackup(JSON.stringify({ ...backup, tables: older }), LATEST_SCHEMA_VERSION);
    if (!parsed.ok) throw new Error(parsed.message);
    await db.roomDays.clear();
    await createRepos(db, testContext()).backup.restore(parsed.backup, () => undefined);
    expect(await stored(db)).toEqual(expected);
  }, 60_000);
});
