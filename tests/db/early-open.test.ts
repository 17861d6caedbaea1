import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../renderer/src/db/schema';

const SCRIPT = readFileSync(new URL('../../renderer/public/early-open.js', import.meta.url), 'utf8');

/** Runs index.html's early-open script against `factory`; resolves once its open request has settled. */
async function runEarlyOpen(factory: IDBFactory): Promise<void> {
  let settled!: () => void;
  const done = new Promise<void>((resolve) => (settled = resolve));
  const watched = {
    open(name: string) {
      const request = factory.open(name);
      // The script sets its handlers right after open returns; ours run after them.
      queueMicrotask(() => {
        const { onsuccess, onerror } = request;
        request.onsuccess = (e) => (onsuccess?.call(request, e), settled());
        request.onerror = (e) => (onerror?.call(request, e), settled());
      });
      return request;
    },
  };
  // Its 10 s close is not waited for: what matters is that nothing ever waits on the connection.
  runInNewContext(SCRIPT, { indexedDB: watched, setTimeout: () => 0 });
  await done;
}

const open = (factory: IDBFactory, version: number, upgrade?: (db: IDBDatabase, old: number) => void) =>
  new Promise<{ db: IDBDatabase; blocked: boolean }>((resolve, reject) => {
    let blocked = false;
    const request = factory.open(DATABASE_NAME, version);
    request.onupgradeneeded = (e) => upgrade?.(request.result, e.oldVersion);
    request.onblocked = () => (blocked = true);
    request.onsuccess = () => resolve({ db: request.result, blocked });
    request.onerror = () => reject(request.error);
  });

describe('the early database open in index.html', () => {
  it('opens the desk’s own database', () => {
    expect(SCRIPT).toContain(`indexedDB.open('${DATABASE_NAME}')`);
  });

  it('leaves a desk with no database without one, so its first run creates it from nothing', async () => {
    const factory = new IDBFactory();
    await runEarlyOpen(factory);
    expect(await factory.databases()).toEqual([]);
    let oldVersion = -1;
    const { db } = await open(factory, 10, (_db, old) => (oldVersion = old));
    expect(oldVersion).toBe(0);
    db.close();
  });

  it('steps aside for an upgrade and a deletion instead of holding them up', async () => {
    const factory = new IDBFactory();
    const first = await open(factory, 10, (db) => db.createObjectStore('settings'));
    first.db.close();
    await runEarlyOpen(factory);

    const upgraded = await open(factory, 20, (db) => db.createObjectStore('bookings'));
    expect(upgraded.blocked).toBe(false);
    expect([...upgraded.db.objectStoreNames]).toEqual(['bookings', 'settings']);
    upgraded.db.close();

    await runEarlyOpen(factory);
    const deleted = await new Promise<boolean>((resolve) => {
      let blocked = false;
      const request = factory.deleteDatabase(DATABASE_NAME);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => resolve(blocked);
    });
    expect(deleted).toBe(false);
    expect(await factory.databases()).toEqual([]);
  });
});
