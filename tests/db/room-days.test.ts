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
import type { BookingFields } from '../../renderer/src/db/repos/bookings';
import { at, DAY, room } from '../unit/booking-fixture';
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

describe('a booking added', () => {
  const fields = (from: number, to: number): BookingFields => ({
    roomId: 'r1',
    start: at(from),
    end: at(to),
    title: '讲座',
    category: '法治',
    organisationId: null,
    contactName: '林晓',
    phone: '13812345678',
    expectedAttendees: 20,
    equipment: [],
    notes: '',
    backfillReason: null,
  });

  it("joins its span to the day's stored room use, as a recount of the whole day gives", async () => {
    const { db, repos } = await openTestDesk('room-days-add');
    opened.push(db);
    await db.rooms.add(room());
    // The first save of the day finds no stored row; the next ones add to it.
    await repos.bookings.create(fields(540, 600), { id: 'b1' });
    await repos.bookings.create(fields(600, 660), { id: 'b2' });
    await repos.bookings.create(fields(780, 840), { id: 'b3' });
    expect(await stored(db)).toEqual([
      {
        id: DAY,
        day: DAY,
        rooms: { r1: { held: [at(540), at(660), at(780), at(840)], noShow: [], bookings: 3 } },
      },
    ]);
    expect(await stored(db)).toEqual(await recountRoomDays(db));
  });

  it('leaves no trace of a booking whose add failed on a taken id inside a transaction that went on', async () => {
    const { db, repos } = await openTestDesk('room-days-add-failed');
    opened.push(db);
    await db.rooms.add(room());
    const first = await repos.bookings.create(fields(540, 600), { id: 'b1' });
    await db.transaction('rw', db.bookings, async () => {
      const refused = await db.bookings
        .add({ ...first, start: at(900), end: at(960) })
        .catch(() => 'refused');
      expect(refused).toBe('refused');
    });
    expect(await stored(db)).toEqual([
      { id: DAY, day: DAY, rooms: { r1: { held: [at(540), at(600)], noShow: [], bookings: 1 } } },
    ]);
  });
});
