import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { reconcile } from '../../renderer/src/db/sync/reconcile';
import { closeDesks, desk, room } from './sync-desks';

afterEach(closeDesks);

/** Enough rooms to span more than one of reconcile's reading rounds (1,000 rows each). */
const rooms = (n: number) => Array.from({ length: n }, (_, i) => room(`r${String(i).padStart(5, '0')}`));

describe('reconciling Dexie with the mirror', () => {
  it('reports no drift when every row is in the mirror at the revision Dexie holds', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.bulkPut(rooms(1500));
    await a.cycle();
    expect(await reconcile(a.db, a.mirror)).toEqual([]);
  });

  it('reports a table whose mirror document was removed behind Dexie’s back, with both counts', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.bulkPut(rooms(1500));
    await a.cycle();
    const doc = await a.mirror.get('rooms:r01234');
    await a.mirror.put({ ...doc, _deleted: true });
    expect(await reconcile(a.db, a.mirror)).toEqual([{ table: 'rooms', local: 1500, mirror: 1499 }]);
  });

  it('reports a row whose revision differs on the two sides, the counts being equal', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.bulkPut(rooms(3));
    await a.cycle();
    await a.db.syncMeta.put({ id: 'rooms|r00001', rev: '1-elsewhere' });
    expect(await reconcile(a.db, a.mirror)).toEqual([{ table: 'rooms', local: 3, mirror: 3 }]);
  });

  it('leaves out rows still queued and rows in an open conflict: they differ on purpose', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.bulkPut(rooms(3));
    await a.cycle();
    await a.db.rooms.put(room('r-new'));
    await a.db.rooms.update('r00000', { name: '未发送的改名' });
    await a.db.syncMeta.put({ id: 'rooms|r00002', rev: '9-theirs' });
    await a.db.syncConflicts.put({
      id: 'c1',
      table: 'rooms',
      key: 'r00002',
      versions: [],
      createdAt: 1,
      resolvedAt: null,
    });
    expect(await a.db.outbox.count()).toBe(2);
    expect(await reconcile(a.db, a.mirror)).toEqual([]);
  });
});
