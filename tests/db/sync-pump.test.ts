import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Room, ServiceRecord } from '@shared/model';
import type { Mirror } from '../../renderer/src/db/sync/mirror';
import { pull } from '../../renderer/src/db/sync/pull';
import { pump } from '../../renderer/src/db/sync/pump';
import { volunteersRepo } from '../../renderer/src/db/repos/volunteers';
import {
  closeDesks,
  converge,
  desk,
  exchange,
  record,
  remoteChangeBeforePump,
  room,
  syncVolunteer,
  twoDesks,
} from './sync-desks';

afterEach(closeDesks);

/** A volunteer whose name desk a changed while desk b changed the address: a clash-free merge. */
async function nameAndAddressChangedApart() {
  const consent = { noticeVersion: '2025-01', consentedAt: 1, idNumberConsent: true };
  const desks = await twoDesks((d) => d.db.volunteers.put(syncVolunteer({ consent, guardian: null })));
  await volunteersRepo(desks.a.db, desks.a.ctx).update('v1', { name: '张叁' });
  await volunteersRepo(desks.b.db, desks.b.ctx).update('v1', { address: '鼓楼区' });
  return desks;
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

  it('names the desk that wrote each version as staff named it in 设置 → 同步', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
    await a.db.serviceRecords.update('s1', { creditedMinutes: 150 });
    await b.db.serviceRecords.update('s1', { creditedMinutes: 90 });
    await pump(a.db, a.ctx, a.mirror, { deskName: '一楼前台' });
    await pump(b.db, b.ctx, b.mirror, { deskName: '二楼办公室' });
    await converge(a, b, hub);
    for (const d of [a, b]) {
      const [conflict] = await d.db.syncConflicts.toArray();
      const names = conflict?.versions.map((v) => `${v.deskId}=${v.deskName}`).sort();
      expect(names).toEqual(['desk-a=一楼前台', 'desk-b=二楼办公室']);
    }
  });
});

describe('the pull', () => {
  it('takes up after the last change it pulled, not at it, in a later run', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
    await a.db.serviceRecords.update('s1', { creditedMinutes: 150 });
    await b.db.serviceRecords.update('s1', { creditedMinutes: 90 });
    await converge(a, b, hub);
    // The stored sequence read back as a string made PouchDB start at the last change (memory and
    // LevelDB adapters) or after every change there will ever be (IndexedDB sorts strings after numbers).
    expect(await pull(a.db, a.ctx, a.mirror)).toEqual({ applied: 0, conflicts: 0 });
    await b.db.serviceRecords.put(record('s2', 60));
    await b.cycle();
    await exchange(b, hub);
    await exchange(a, hub);
    expect(await pull(a.db, a.ctx, a.mirror)).toEqual({ applied: 1, conflicts: 0 });
  });

  it('stops between rounds on a signal and takes up at the next round in a later run', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.rooms.put(room('r1')));
    await a.db.rooms.bulkPut([room('r2'), room('r3'), room('r4')]);
    await a.cycle();
    await exchange(a, hub);
    await exchange(b, hub);
    const stop = new AbortController();
    // Stopped once the first round's rows are in: the rounds after it wait for the next run.
    b.db.rooms.hook('creating', () => stop.abort());
    expect(await pull(b.db, b.ctx, b.mirror, { batch: 1, signal: stop.signal })).toEqual({
      applied: 1,
      conflicts: 0,
    });
    expect(await b.db.rooms.count()).toBe(2);
    expect(await pull(b.db, b.ctx, b.mirror, { batch: 2 })).toEqual({ applied: 2, conflicts: 0 });
    expect((await b.db.rooms.orderBy('id').toArray()).map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('merges a volunteer changed on different fields at two desks into the same row at both', async () => {
    const { a, b, hub } = await nameAndAddressChangedApart();
    await converge(a, b, hub);
    const [atA, atB] = [await a.db.volunteers.get('v1'), await b.db.volunteers.get('v1')];
    expect(atA).toMatchObject({ name: '张叁', address: '鼓楼区' });
    expect(atB).toEqual(atA);
    // Found by the name it has now, not by the one it had.
    expect(atA?.searchKeys).toContain('张叁');
    expect(atA?.searchKeys).not.toContain('张三');
    expect(await a.db.syncConflicts.count()).toBe(0);
  });
});

describe('a volunteer merged field by field', () => {
  it('leaves the center one version, sent back by one desk, so no later pull merges it again', async () => {
    const { a, b, hub } = await nameAndAddressChangedApart();
    await converge(a, b, hub);
    await converge(a, b, hub);
    const atCenter = await hub.get('volunteers:v1', { conflicts: true });
    expect(atCenter._conflicts ?? []).toEqual([]);
    expect(atCenter.row).toMatchObject({ name: '张叁', address: '鼓楼区' });
    for (const d of [a, b]) {
      expect(await d.db.volunteers.get('v1')).toMatchObject({ name: '张叁', address: '鼓楼区' });
      expect(await d.db.outbox.count()).toBe(0);
      expect(await d.db.syncMeta.get('volunteers|v1')).toMatchObject({ rev: atCenter._rev });
      expect(await d.cycle()).toEqual({
        pumped: { sent: 0, conflicts: 0, acked: 0 },
        pulled: { applied: 0, conflicts: 0 },
      });
    }
  });
});

describe('a remote change arriving between a local write and its pump', () => {
  it('becomes a conflict when the pump meets it, and the pull after it does not overwrite the row', async () => {
    const { a } = await remoteChangeBeforePump(60, 180);
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
