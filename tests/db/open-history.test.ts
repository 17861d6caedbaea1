import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, createRepos, historyToDeclare, openDatabase } from '../../renderer/src/db';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../renderer/src/db/schema';
import { closedAfterEach, testContext, uniqueDbName } from './helpers';

const track = closedAfterEach();

const latest = SCHEMA_HISTORY.at(-1);

describe('which schema steps a start declares', () => {
  it('declares the latest step alone for a desk already at it, and its rows read back', async () => {
    const name = uniqueDbName('current');
    const before = createDatabase(name);
    await openDatabase(before);
    await createRepos(before, testContext()).settings.set('deskId', 'desk-a');
    before.close();

    const steps = await historyToDeclare(name);
    expect(steps).toEqual([latest]);
    const db = track(createDatabase(name, steps));
    await expect(openDatabase(db)).resolves.toEqual({ status: 'ok' });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await createRepos(db, testContext()).settings.get('deskId')).toBe('desk-a');
  });

  it('declares the whole history for a database an older app left, so its upgrades run', async () => {
    const name = uniqueDbName('older');
    const older = createDatabase(name, SCHEMA_HISTORY.slice(0, 3));
    await openDatabase(older);
    older.close();

    const steps = await historyToDeclare(name);
    expect(steps).toBe(SCHEMA_HISTORY);
    const db = track(createDatabase(name, steps));
    await expect(openDatabase(db)).resolves.toEqual({ status: 'ok' });
    expect(db.backendDB().version).toBe(LATEST_SCHEMA_VERSION * 10);
  });

  it('creates a new desk from the latest step alone with every table the history makes', async () => {
    const steps = await historyToDeclare(uniqueDbName('absent'));
    expect(steps).toEqual([latest]);
    const fresh = track(createDatabase(uniqueDbName('fresh'), steps));
    const full = track(createDatabase(uniqueDbName('full')));
    await openDatabase(fresh);
    await openDatabase(full);
    const indexes = (db: Dexie) =>
      db.tables.map((t) => `${t.name}: ${t.schema.indexes.map((i) => i.src).join(',')}`).sort();
    expect(indexes(fresh)).toEqual(indexes(full));
  });

  it('declares the whole history for a database a newer app left', async () => {
    const name = uniqueDbName('newer');
    const newer = new Dexie(name);
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ ...latest?.stores, futureTable: 'id' });
    await newer.open();
    newer.close();
    expect(await historyToDeclare(name)).toBe(SCHEMA_HISTORY);
  });

  it('declares the whole history when the browser cannot list its databases', async () => {
    expect(await historyToDeclare('any', SCHEMA_HISTORY, {})).toBe(SCHEMA_HISTORY);
    const failing = { databases: () => Promise.reject(new Error('not allowed')) };
    expect(await historyToDeclare('any', SCHEMA_HISTORY, failing)).toBe(SCHEMA_HISTORY);
  });
});
