import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, DATABASE_NAME, LATEST_SCHEMA_VERSION, openDatabase } from '../../renderer/src/db';

const source = readFileSync(new URL('../../renderer/public/warm-database.js', import.meta.url), 'utf8');

/** Runs the page's early script as the browser does and waits until its open request has finished. */
async function runWarmScript(): Promise<void> {
  const open = vi.spyOn(indexedDB, 'open');
  new Function(source)();
  const request = open.mock.results[0]?.value as IDBOpenDBRequest | undefined;
  open.mockRestore();
  if (!request) throw new Error('the script opened nothing');
  await new Promise((resolve) => {
    request.addEventListener('success', resolve);
    request.addEventListener('error', resolve);
  });
}

afterEach(async () => {
  await new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(DATABASE_NAME);
    r.onsuccess = r.onerror = resolve;
  });
});

describe('warming the database before the app’s scripts arrive', () => {
  it('opens the desk’s own database, by the name the app uses', () => {
    expect(source).toContain(`indexedDB.open('${DATABASE_NAME}')`);
  });

  it('never creates the database on a first run, so the app still creates it with its schema', async () => {
    await runWarmScript();
    expect(await indexedDB.databases()).toEqual([]);
    const db = createDatabase(DATABASE_NAME);
    expect((await openDatabase(db)).status).toBe('ok');
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('leaves an existing database as it was, closed again for the app to open', async () => {
    const first = createDatabase(DATABASE_NAME);
    await openDatabase(first);
    await first.volunteers.count();
    first.close();
    await runWarmScript();
    const again = createDatabase(DATABASE_NAME);
    expect((await openDatabase(again)).status).toBe('ok');
    expect(again.verno).toBe(LATEST_SCHEMA_VERSION);
    again.close();
  });
});
