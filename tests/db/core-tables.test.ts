import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, createRepos, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { tablesOnce } from '../../renderer/src/db/core-tables';
import type { BookingFields } from '../../renderer/src/db/repos/bookings';
import { at, room } from '../unit/booking-fixture';
import { testContext, uniqueDbName } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const fields = (roomId: string, hour: number): BookingFields => ({
  roomId,
  start: at(hour * 60),
  end: at(hour * 60 + 30),
  title: '读书会',
  category: '会议',
  organisationId: null,
  contactName: '王敏',
  phone: '13812345678',
  expectedAttendees: 10,
  equipment: [],
  notes: '',
  backfillReason: null,
});

describe('middleware table cores', () => {
  it('answers each table from the layers below once, however often it is asked', () => {
    const asked: string[] = [];
    const below = {
      table: (name: string) => {
        asked.push(name);
        return { name } as unknown as DBCoreTable;
      },
    } as unknown as DBCore;
    const core = tablesOnce(below);
    const first = core.table('bookings');
    expect(core.table('bookings')).toBe(first);
    expect(core.table('rooms')).not.toBe(first);
    expect(asked).toEqual(['bookings', 'rooms']);
  });

  it('builds the chain under the desk middlewares once per table, not once per save', async () => {
    const db = createDatabase(uniqueDbName('core-tables'));
    opened.push(db);
    // Below the desk's own middlewares (level 10 by default), above Dexie's: counts what reaches it.
    const asked = new Map<string, number>();
    db.use({
      stack: 'dbcore',
      name: 'count-table-asks',
      level: 5,
      create: (down) => ({
        ...down,
        table: (name) => {
          asked.set(name, (asked.get(name) ?? 0) + 1);
          return down.table(name);
        },
      }),
    });
    await openDatabase(db);
    const repos = createRepos(db, testContext());
    const hall = room({ id: 'hall' });
    await db.rooms.add(hall);
    const before = asked.get('bookings') ?? 0;
    for (let hour = 9; hour < 15; hour += 1) {
      await repos.bookings.create(fields(hall.id, hour), { id: `b-${hour}` });
    }
    expect(await db.bookings.count()).toBe(6);
    expect((asked.get('bookings') ?? 0) - before).toBeLessThanOrEqual(1);
  });
});
