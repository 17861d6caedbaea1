import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { backupRepo } from '../../renderer/src/db/repos/backup';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { testContext, uniqueDbName } from './helpers';
import { room } from './sync-desks';

let db: DeskDatabase;
let ctx: ReturnType<typeof testContext>;
let sync: ReturnType<typeof syncRepo>;
let actor = '王芳';

beforeEach(async () => {
  db = createDatabase(uniqueDbName('sync-outbox'));
  await openDatabase(db);
  // The actor is read at each write, as the app's context names whoever is signed in at that moment.
  ctx = {
    ...testContext(),
    deskId: 'desk-a',
    get actor() {
      return actor;
    },
  };
  actor = '王芳';
  sync = syncRepo(db, ctx);
});
afterEach(() => db.close());

/** The queue as (op key baseRev), oldest first, checking seqs rise. */
async function queued(): Promise<string[]> {
  const rows = await sync.peek(1000);
  expect(rows.map((r) => r.seq)).toEqual([...rows.map((r) => r.seq)].sort((a, b) => a - b));
  return rows.map((r) => `${r.op} ${r.table}:${r.key} ${r.baseRev ?? '-'}`);
}

describe('the outbox while sync is off', () => {
  it('queues nothing, whatever is written', async () => {
    await db.rooms.bulkPut([room('r1'), room('r2')]);
    await db.rooms.update('r1', { name: '新名' });
    await db.rooms.delete('r2');
    expect(sync.isOn()).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('the outbox while sync is on', () => {
  beforeEach(() => sync.setEnabled(true));

  it('queues one put per row of a put and of a bulkPut, in order, with desk, actor and time', async () => {
    await db.rooms.put(room('r1'));
    actor = '李明';
    await db.rooms.bulkPut([room('r3'), room('r2')]);
    expect(await queued()).toEqual(['put rooms:r1 -', 'put rooms:r3 -', 'put rooms:r2 -']);
    const [first, second] = await sync.peek(2);
    expect(first).toMatchObject({ deskId: 'desk-a', actor: '王芳', at: testContext().now() });
    expect(second?.actor).toBe('李明');
  });

  it('queues one put per row a modify or an update changes', async () => {
    await sync.applyRemote(
      'rooms',
      ['r1', 'r2', 'r3'].map((k) => ({ key: k, rev: `1-${k}`, deleted: false, row: room(k) })),
    );
    await db.rooms.where('id').anyOf(['r1', 'r3']).modify({ name: '改名' });
    await db.rooms.update('r2', { name: '又改' });
    expect(await queued()).toEqual(['put rooms:r1 1-r1', 'put rooms:r3 1-r3', 'put rooms:r2 1-r2']);
  });

  it('queues one delete per removed row, with its base revision, for a delete and a deleteRange', async () => {
    await sync.applyRemote(
      'rooms',
      ['r1', 'r2', 'r3', 'r4'].map((k) => ({ key: k, rev: `2-${k}`, deleted: false, row: room(k) })),
    );
    await db.rooms.delete('r4');
    // A key the desk does not hold removes no row: nothing to send.
    await db.rooms.delete('absent');
    await db.rooms.where('id').between('r1', 'r2', true, true).delete();
    await db.rooms.clear();
    expect(await queued()).toEqual([
      'delete rooms:r4 2-r4',
      'delete rooms:r1 2-r1',
      'delete rooms:r2 2-r2',
      'delete rooms:r3 2-r3',
    ]);
    expect(await db.rooms.count()).toBe(0);
  });

  it('leaves neither the change nor its outbox row when the transaction aborts', async () => {
    await expect(
      db.transaction('rw', db.rooms, async () => {
        await db.rooms.put(room('r1'));
        throw new Error('中途出错');
      }),
    ).rejects.toThrow('中途出错');
    expect(await db.rooms.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('queues only the rows a failed bulkAdd stored', async () => {
    await db.rooms.add(room('r1'));
    await expect(db.rooms.bulkAdd([room('r1', '重复'), room('r2')])).rejects.toThrow();
    expect(await db.rooms.count()).toBe(2);
    expect(await queued()).toEqual(['put rooms:r1 -', 'put rooms:r2 -']);
  });

  it('does not queue pulled changes, records their revisions, and bases later local edits on them', async () => {
    await sync.applyRemote('rooms', [
      { key: 'r1', rev: '3-aa', deleted: false, row: room('r1', '中心的名字') },
      { key: 'r2', rev: '4-bb', deleted: true },
    ]);
    await db.rooms.put(room('r2'));
    await sync.applyRemote('rooms', [{ key: 'r2', rev: '5-cc', deleted: true }]);
    expect(await db.rooms.get('r1')).toMatchObject({ name: '中心的名字' });
    expect(await db.rooms.get('r2')).toBeUndefined();
    expect(await db.syncMeta.toArray()).toEqual([
      { id: 'rooms|r1', rev: '3-aa' },
      { id: 'rooms|r2', rev: '5-cc', deleted: true },
    ]);
    await db.rooms.update('r1', { name: '本机改名' });
    await db.rooms.put(room('r2'));
    expect(await queued()).toEqual(['put rooms:r2 4-bb', 'put rooms:r1 3-aa', 'put rooms:r2 5-cc']);
  });

  it('never queues writes to tables that do not sync, even beside a synced one', async () => {
    const counter = {
      id: 'c1',
      key: 'ZS-2026',
      last: 3,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      deskId: 'a',
    };
    await db.counters.put(counter);
    await db.transaction('rw', db.rooms, db.counters, db.settings, async () => {
      await db.counters.put({ ...counter, last: 4 });
      await db.settings.where('key').equals('syncEnabled').modify({ updatedAt: 2 });
      await db.rooms.put(room('r1'));
    });
    expect(await queued()).toEqual(['put rooms:r1 -']);
  });

  it('removes only the acknowledged entries', async () => {
    await db.rooms.bulkPut([room('r1'), room('r2'), room('r3')]);
    const [a, , c] = await sync.peek(3);
    await sync.ack([a?.seq ?? 0, c?.seq ?? 0]);
    expect(await queued()).toEqual(['put rooms:r2 -']);
  });

  it('stops queuing when turned off, and picks up again from the stored setting', async () => {
    await sync.setEnabled(false);
    await db.rooms.put(room('r1'));
    expect(await db.outbox.count()).toBe(0);
    await sync.setEnabled(true);
    db.syncWriter = null;
    expect(await sync.resume()).toBe(true);
    await db.rooms.put(room('r1'));
    expect(await queued()).toEqual(['put rooms:r1 -']);
  });

  it('restores a backup without replaying its outbox and without queuing the restored rows', async () => {
    await sync.applyRemote('rooms', [{ key: 'r1', rev: '2-aa', deleted: false, row: room('r1') }]);
    await db.rooms.put(room('r2'));
    const backup = await backupRepo(db, ctx).exportAll('test');
    expect(backup.tables.outbox).toHaveLength(1);
    await db.rooms.put(room('r3'));
    await backupRepo(db, ctx).restore(backup, () => undefined);
    expect((await db.rooms.toArray()).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncMeta.get('rooms|r1')).toEqual({ id: 'rooms|r1', rev: '2-aa' });
  });
});

describe('the backlog pass when sync is turned on again', () => {
  it('sends the deletions made while stopped, and not the rows other desks deleted', async () => {
    await db.rooms.bulkPut([{ ...room('kept'), updatedAt: 5 }, room('new')]);
    await db.syncMeta.bulkPut([
      { id: 'rooms|kept', rev: '1-k' },
      { id: 'rooms|deleted-here', rev: '2-h' },
      { id: 'rooms|deleted-there', rev: '3-t', deleted: true },
      { id: '#pull-since', rev: '42' },
    ]);
    await sync.setEnabled(true);
    await db.rooms.delete('kept');
    await db.rooms.put(room('kept'));
    const progress: number[] = [];
    await sync.queueBacklog(10, { chunk: 2, onProgress: (done) => progress.push(done) });
    expect(await queued()).toEqual([
      'delete rooms:kept 1-k',
      'put rooms:kept 1-k',
      'put rooms:new -',
      'delete rooms:deleted-here 2-h',
    ]);
    expect(progress.at(-1)).toBe(6);
  });
});
