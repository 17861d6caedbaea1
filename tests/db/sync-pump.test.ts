import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Booking, Room, ServiceRecord, Volunteer } from '@shared/model';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { loadPouchDB, openMirror, type Mirror, type MirrorBody } from '../../renderer/src/db/sync/mirror';
import type { PouchPlugin } from '../../renderer/src/db/sync/pouch-types';
import { pull } from '../../renderer/src/db/sync/pull';
import { pump } from '../../renderer/src/db/sync/pump';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { testContext, uniqueDbName } from './helpers';

/** PouchDB in memory: fake-indexeddb breaks PouchDB's IndexedDB adapter, and Dexie alone needs it. */
const memory = async () => ({
  name: 'memory',
  plugin: (await import('pouchdb-adapter-memory')).default as PouchPlugin,
});

const opened: { db?: DeskDatabase; mirror: Mirror }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    o.db?.close();
    await o.mirror.destroy();
  }
});

/** A desk with sync on: its Dexie database, its mirror, and one sync cycle (pump, then pull). */
async function desk(deskId: string) {
  const name = uniqueDbName(`sync-pump-${deskId}`);
  const db = createDatabase(name);
  await openDatabase(db);
  const ctx = { ...testContext(), deskId, actor: `员工${deskId}` };
  await syncRepo(db, ctx).setEnabled(true);
  const mirror = await openMirror(name, memory);
  opened.push({ db, mirror });
  const cycle = async () => ({ pumped: await pump(db, ctx, mirror), pulled: await pull(db, ctx, mirror) });
  return { db, ctx, mirror, cycle };
}
type Desk = Awaited<ReturnType<typeof desk>>;

/** The center: a third PouchDB, reached by in-process replication instead of CouchDB over HTTP. */
async function center() {
  const PouchDB = await loadPouchDB();
  const db = new PouchDB<MirrorBody>(uniqueDbName('center'), { adapter: 'memory' });
  opened.push({ mirror: db });
  return db;
}

/** A desk online for a moment: its mirror and the center replicate both ways. */
async function exchange(d: Desk, hub: Mirror) {
  await d.mirror.replicate.to(hub);
  await d.mirror.replicate.from(hub);
}

const room = (id: string, name = `场地${id}`) =>
  ({
    id,
    name,
    sortOrder: 0,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    deskId: 'desk-a',
  }) as unknown as Room;

const record = (id: string, creditedMinutes: number) =>
  ({
    id,
    volunteerId: 'v1',
    activityId: null,
    bookingId: null,
    post: null,
    projectName: '日常值班',
    place: '中心大厅',
    serviceObject: '来访群众',
    content: '咨询引导',
    signInAt: Date.UTC(2026, 10, 20, 1),
    signOutAt: Date.UTC(2026, 10, 20, 3),
    creditedMinutes,
    rules: null,
    evaluation: '',
    leader: '王老师',
    recorder: '王芳',
    status: '已确认',
    flaggedForReview: false,
    manualReason: null,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    deskId: 'desk-a',
  }) as ServiceRecord;

/** Two desks sharing the rows `seed` wrote at the first, every change exchanged. */
async function twoDesks(seed: (a: Desk) => Promise<unknown>) {
  const [a, b, hub] = [await desk('desk-a'), await desk('desk-b'), await center()];
  await seed(a);
  await a.cycle();
  await exchange(a, hub);
  await exchange(b, hub);
  await b.cycle();
  return { a, b, hub };
}

/** Both desks send, meet the center (a twice, so each sees the other's changes), and take in. */
async function converge(a: Desk, b: Desk, hub: Mirror) {
  await a.cycle();
  await b.cycle();
  await exchange(a, hub);
  await exchange(b, hub);
  await exchange(a, hub);
  await a.cycle();
  await b.cycle();
}

const revOf = async (m: Mirror, id: string) => (await m.get(id))._rev;

describe('pump and pull between two desks through a center', () => {
  it("carries a desk's write into the other desk's Dexie, without queuing it there", async () => {
    const { a, b } = await twoDesks((d) => d.db.rooms.put(room('r1', '多功能厅')));
    // Its own write, come back through the center, is nothing new to desk a.
    expect((await a.cycle()).pulled).toEqual({ applied: 0, conflicts: 0 });
    expect(await b.db.rooms.get('r1')).toEqual(room('r1', '多功能厅'));
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
    expect(await b.db.syncMeta.get('rooms|r1')).toEqual({
      id: 'rooms|r1',
      rev: await revOf(a.mirror, 'rooms:r1'),
    });
  });

  it('converges offline writes made at both desks on different rows, deletions included', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.rooms.bulkPut([room('r1'), room('r2')]));
    await a.db.rooms.put(room('r3', '甲新建'));
    await a.db.rooms.delete('r2');
    await b.db.rooms.put(room('r4', '乙新建'));
    await b.db.rooms.update('r1', { name: '乙改名' });
    await converge(a, b, hub);
    const rows = [room('r1', '乙改名'), room('r3', '甲新建'), room('r4', '乙新建')];
    for (const d of [a, b]) {
      expect(await d.db.rooms.orderBy('id').toArray()).toEqual(rows);
      expect(await d.db.syncConflicts.count()).toBe(0);
      expect(await d.db.outbox.count()).toBe(0);
    }
    expect(await a.db.syncMeta.orderBy('id').toArray()).toEqual(await b.db.syncMeta.orderBy('id').toArray());
  });

  it("keeps one conflict at each desk when both change a record's hours, and changes neither row", async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
    await a.db.serviceRecords.update('s1', { creditedMinutes: 150 });
    await b.db.serviceRecords.update('s1', { creditedMinutes: 90 });
    await converge(a, b, hub);
    await converge(a, b, hub);
    expect((await a.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(150);
    expect((await b.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(90);
    for (const d of [a, b]) {
      const conflicts = await d.db.syncConflicts.toArray();
      expect(conflicts).toHaveLength(1);
      const kept = conflicts[0]?.versions.map((v) => [v.deskId, (v.value as ServiceRecord).creditedMinutes]);
      expect(kept?.sort()).toEqual([
        ['desk-a', 150],
        ['desk-b', 90],
      ]);
      expect(conflicts[0]).toMatchObject({ table: 'serviceRecords', key: 's1', resolvedAt: null });
    }
  });
});

describe('a remote change arriving between a local write and its pump', () => {
  it('becomes a conflict when the pump meets it, and the pull after it does not overwrite the row', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
    await b.db.serviceRecords.update('s1', { creditedMinutes: 60 });
    await b.cycle();
    await exchange(b, hub);
    await a.db.serviceRecords.update('s1', { creditedMinutes: 180 });
    await exchange(a, hub);
    const { pumped, pulled } = await a.cycle();
    expect(pumped).toEqual({ sent: 0, conflicts: 1, acked: 1 });
    expect(pulled.applied).toBe(0);
    expect((await a.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(180);
    const [conflict, ...more] = await a.db.syncConflicts.toArray();
    expect(more).toEqual([]);
    expect(
      conflict?.versions.map((v) => [v.deskId, v.actor, (v.value as ServiceRecord).creditedMinutes]),
    ).toEqual([
      ['desk-a', '员工desk-a', 180],
      ['desk-b', '员工desk-b', 60],
    ]);
    // The mirror still holds desk b's version, untouched by desk a's refused write.
    expect((await a.mirror.get('serviceRecords:s1')).row?.['creditedMinutes']).toBe(60);
  });

  it('becomes one conflict when the pull meets it first, and the pump adds no second one', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.rooms.put(room('r1')));
    await b.db.rooms.update('r1', { name: '乙的名字' });
    await b.cycle();
    await exchange(b, hub);
    await a.db.rooms.update('r1', { name: '甲的名字' });
    await exchange(a, hub);
    expect(await pull(a.db, a.ctx, a.mirror)).toEqual({ applied: 0, conflicts: 1 });
    expect((await a.db.rooms.get('r1'))?.name).toBe('甲的名字');
    expect(await pump(a.db, a.ctx, a.mirror)).toMatchObject({ sent: 0, conflicts: 1 });
    const conflicts = await a.db.syncConflicts.toArray();
    expect(conflicts.map((c) => c.versions.map((v) => (v.value as Room).name))).toEqual([
      ['甲的名字', '乙的名字'],
    ]);
  });
});

describe('a pump killed between the mirror write and the ack', () => {
  /** Makes the next bulk write reach the mirror and then fail, as a desk killed before its ack would. */
  function dieAfterNextWrite(m: Mirror) {
    const real = m.bulkDocs.bind(m);
    m.bulkDocs = (async (...args: Parameters<Mirror['bulkDocs']>) => {
      await real(...args);
      m.bulkDocs = real;
      throw new Error('进程被结束');
    }) as Mirror['bulkDocs'];
  }

  it('replays a new row without a second revision or a conflict', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.put(room('r1'));
    dieAfterNextWrite(a.mirror);
    await expect(pump(a.db, a.ctx, a.mirror)).rejects.toThrow('进程被结束');
    expect(await a.db.outbox.count()).toBe(1);
    expect(await pump(a.db, a.ctx, a.mirror)).toEqual({ sent: 1, conflicts: 0, acked: 1 });
    const rev = await revOf(a.mirror, 'rooms:r1');
    expect(rev).toMatch(/^1-/);
    expect(await a.db.syncMeta.get('rooms|r1')).toEqual({ id: 'rooms|r1', rev });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.db.syncConflicts.count()).toBe(0);
  });

  it('replays an update once, and places an edit made after the crash on top of it', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.put(room('r1'));
    await pump(a.db, a.ctx, a.mirror);
    await a.db.rooms.update('r1', { name: '改名' });
    dieAfterNextWrite(a.mirror);
    await expect(pump(a.db, a.ctx, a.mirror)).rejects.toThrow('进程被结束');
    await pump(a.db, a.ctx, a.mirror);
    expect(await revOf(a.mirror, 'rooms:r1')).toMatch(/^2-/);
    await a.db.rooms.update('r1', { name: '再改' });
    dieAfterNextWrite(a.mirror);
    await expect(pump(a.db, a.ctx, a.mirror)).rejects.toThrow('进程被结束');
    await a.db.rooms.update('r1', { name: '崩溃后又改' });
    expect(await pump(a.db, a.ctx, a.mirror)).toMatchObject({ sent: 1, conflicts: 0 });
    const doc = await a.mirror.get('rooms:r1');
    expect([doc._rev.split('-')[0], doc.row?.['name']]).toEqual(['4', '崩溃后又改']);
    expect(await a.db.syncConflicts.count()).toBe(0);
  });
});

describe('the pump', () => {
  it('sends an edit made while its row was in flight on top of the write, not as a conflict', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.put(room('r1'));
    const real = a.mirror.bulkDocs.bind(a.mirror);
    a.mirror.bulkDocs = (async (...args: Parameters<Mirror['bulkDocs']>) => {
      const answers = await real(...args);
      a.mirror.bulkDocs = real;
      await a.db.rooms.update('r1', { name: '发送中又改' });
      return answers;
    }) as Mirror['bulkDocs'];
    expect(await pump(a.db, a.ctx, a.mirror)).toEqual({ sent: 2, conflicts: 0, acked: 2 });
    const doc = await a.mirror.get('rooms:r1');
    expect([doc._rev.split('-')[0], doc.row?.['name']]).toEqual(['2', '发送中又改']);
  });

  it('sends several changes of one row as its current value, in batches, and stops on a signal', async () => {
    const a = await desk('desk-a');
    await a.db.rooms.put(room('r1'));
    for (const name of ['一', '二', '三']) await a.db.rooms.update('r1', { name });
    await a.db.rooms.bulkPut([room('r2'), room('r3')]);
    await a.db.rooms.delete('r3');
    const stop = new AbortController();
    stop.abort();
    expect(await pump(a.db, a.ctx, a.mirror, { signal: stop.signal })).toEqual({
      sent: 0,
      conflicts: 0,
      acked: 0,
    });
    expect(await pump(a.db, a.ctx, a.mirror, { batch: 2 })).toEqual({ sent: 2, conflicts: 0, acked: 7 });
    const doc = await a.mirror.get('rooms:r1');
    expect([doc._rev.split('-')[0], doc.row?.['name']]).toEqual(['1', '三']);
    expect((await a.mirror.allDocs()).rows.map((r) => r.key)).toEqual(['rooms:r1', 'rooms:r2']);
  });
});

describe('conflicting revisions by table policy', () => {
  const booking = (id: string, title: string) =>
    ({
      id,
      number: 'YY-2026-00001',
      roomId: 'r1',
      start: Date.UTC(2026, 10, 25, 1),
      end: Date.UTC(2026, 10, 25, 3),
      title,
      category: '会议',
      organisationId: null,
      contactName: '张三',
      phone: '13800000000',
      expectedAttendees: 10,
      actualAttendees: null,
      equipment: [],
      notes: '',
      status: '已确认',
      cancelReason: null,
      checkedInAt: null,
      seriesId: null,
      backfillReason: null,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      deskId: 'desk-a',
    }) as unknown as Booking;

  it("gives a booking the owning desk's version at both desks, and still keeps the conflict", async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.bookings.put(booking('k1', '原标题')));
    await a.db.bookings.update('k1', { title: '甲改' });
    await b.db.bookings.update('k1', { title: '乙改' });
    await converge(a, b, hub);
    for (const d of [a, b]) {
      expect((await d.db.bookings.get('k1'))?.title).toBe('甲改');
      expect(await d.db.syncConflicts.count()).toBe(1);
    }
  });

  const volunteer = (over: Record<string, unknown>) =>
    ({
      id: 'v1',
      name: '张三',
      phone: '13800000001',
      address: '',
      searchKeys: [],
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      deskId: 'desk-a',
      ...over,
    }) as unknown as Volunteer;

  it('merges a volunteer changed at both desks field by field, keeping only a clashing field for staff', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.volunteers.put(volunteer({})));
    await a.db.volunteers.update('v1', { phone: '13900000009', name: '张叁' });
    await b.db.volunteers.update('v1', { address: '鼓楼区', name: '章三' });
    await converge(a, b, hub);
    expect(await a.db.volunteers.get('v1')).toMatchObject({
      phone: '13900000009',
      address: '鼓楼区',
      name: '张叁',
    });
    expect(await b.db.volunteers.get('v1')).toMatchObject({
      phone: '13900000009',
      address: '鼓楼区',
      name: '章三',
    });
    for (const d of [a, b]) {
      const [conflict, ...more] = await d.db.syncConflicts.toArray();
      expect(more).toEqual([]);
      expect(
        conflict?.versions
          .map((v) => v.value)
          .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      ).toEqual([{ name: '张叁' }, { name: '章三' }]);
    }
  });
});
