import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  createDatabase,
  createRepos,
  ensureDeskId,
  openDatabase,
  type DeskDatabase,
} from '../../renderer/src/db';
import { ReadOnlyDatabaseError } from '../../renderer/src/db/errors';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { closedAfterEach, testContext, uniqueDbName } from './helpers';

const track = closedAfterEach();

describe('opening the database', () => {
  it('opens a fresh database at the latest schema version', async () => {
    const db = track(createDatabase(uniqueDbName('fresh')));
    await expect(openDatabase(db)).resolves.toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'activities',
      'assets',
      'auditLog',
      'bookingSeries',
      'bookings',
      'closures',
      'counters',
      'dailyTotals',
      'documents',
      'dutyPosts',
      'exportMarks',
      'exportRuns',
      'honours',
      'monthlyTotals',
      'organisations',
      'outbox',
      'photos',
      'projects',
      'roomDays',
      'rooms',
      'rosterEntries',
      'rosterMonths',
      'rosterPatterns',
      'schoolTerms',
      'serviceOrders',
      'serviceRecords',
      'settings',
      'staff',
      'syncConflicts',
      'syncMeta',
      'teams',
      'templates',
      'volunteerDays',
      'volunteerMonths',
      'volunteers',
    ]);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      Object.keys(SCHEMA_HISTORY.at(-1)?.stores ?? {}).sort(),
    );
  });

  it('keeps the same desk id across opens', async () => {
    const name = uniqueDbName('desk');
    const ctx = testContext();
    const first = track(createDatabase(name));
    await openDatabase(first);
    const id = await ensureDeskId(first, ctx.newId, ctx.now());
    first.close();
    const second = track(createDatabase(name));
    await openDatabase(second);
    expect(await ensureDeskId(second, ctx.newId, ctx.now())).toBe(id);
  });

  it('opens a database written by a newer app read-only and refuses every write', async () => {
    const name = uniqueDbName('newer');
    const newer = new Dexie(name);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ ...SCHEMA_HISTORY.at(-1)?.stores, futureTable: 'id' });
    await newer.open();
    await newer.table('rooms').add({ id: 'r1', name: '理论讲堂', sortOrder: 1, deletedAt: null });
    newer.close();

    const db = track(createDatabase(name));
    const result = await openDatabase(db);
    expect(result).toEqual({
      status: 'read-only',
      foundVersion: LATEST_SCHEMA_VERSION + 1,
      supportedVersion: LATEST_SCHEMA_VERSION,
    });
    const repos = createRepos(db, testContext());
    expect((await repos.places.rooms()).map((r) => r.name)).toEqual(['理论讲堂']);
    await expect(repos.settings.set('deskId', 'x')).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof ReadOnlyDatabaseError ||
        (e as { inner?: unknown }).inner instanceof ReadOnlyDatabaseError,
    );
    expect(await db.settings.count()).toBe(0);
  });

  it('reports a failed open as an error and deletes nothing', async () => {
    const name = uniqueDbName('broken');
    const good = track(createDatabase(name));
    await openDatabase(good);
    const repos = createRepos(good, testContext());
    await repos.settings.set('deskId', 'desk-a');
    good.close();

    const db: DeskDatabase = track(createDatabase(name));
    vi.spyOn(db, 'open').mockRejectedValueOnce(
      Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }),
    );
    const result = await openDatabase(db);
    expect(result).toEqual({
      status: 'error',
      name: 'UnknownError',
      message: 'Internal error opening backing store',
    });

    const again = track(createDatabase(name));
    await openDatabase(again);
    expect(await createRepos(again, testContext()).settings.get('deskId')).toBe('desk-a');
  });
});
