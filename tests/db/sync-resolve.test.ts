import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ALREADY_RESOLVED, conflictsRepo } from '../../renderer/src/db/sync/conflicts-repo';
import {
  closeDesks,
  converge,
  exchange,
  record,
  remoteChangeBeforePump,
  syncVolunteer,
  twoDesks,
  type Desk,
} from './sync-desks';

afterEach(closeDesks);

/** The desk's one open conflict. */
async function onlyConflict(d: Desk) {
  const [conflict, ...more] = await conflictsRepo(d.db, d.ctx).listOpen();
  expect(more).toEqual([]);
  if (!conflict) throw new Error('no open conflict');
  return conflict;
}

/** Both desks changed record s1's hours (a to 150, b to 90) and met: each keeps one conflict. */
async function hoursChangedAtBoth() {
  const desks = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
  await desks.a.db.serviceRecords.update('s1', { creditedMinutes: 150 });
  await desks.b.db.serviceRecords.update('s1', { creditedMinutes: 90 });
  await converge(desks.a, desks.b, desks.hub);
  return desks;
}

const leaves = async (d: Desk, id: string) => (await d.mirror.get(id, { conflicts: true }))._conflicts ?? [];

describe('resolving a conflict', () => {
  it('writes the chosen version once, queues it, marks the conflict and audits who kept which', async () => {
    const { a, b, hub } = await hoursChangedAtBoth();
    expect(await leaves(a, 'serviceRecords:s1')).toHaveLength(1);
    const conflict = await onlyConflict(a);
    const theirs = conflict.versions.find((v) => v.deskId === 'desk-b');

    await conflictsRepo(a.db, a.ctx).resolve(conflict.id, { rev: theirs?.rev ?? '' });

    expect((await a.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(90);
    expect(await a.db.outbox.where('[table+key]').equals(['serviceRecords', 's1']).count()).toBe(1);
    expect(await a.db.syncConflicts.get(conflict.id)).toMatchObject({
      resolvedAt: a.ctx.now(),
      resolvedBy: '员工desk-a',
    });
    const audit = await a.db.auditLog.filter((e) => e.action === '解决同步冲突').toArray();
    expect(audit.map((e) => [e.actor, e.entity, e.entityId])).toEqual([
      ['员工desk-a', 'serviceRecords', 's1'],
    ]);
    expect(audit[0]?.reason).toContain('desk-b 员工desk-b');
    // Only what changed, as every edit is logged.
    expect([audit[0]?.before, audit[0]?.after]).toEqual([{ creditedMinutes: 150 }, { creditedMinutes: 90 }]);
    expect(await conflictsRepo(a.db, a.ctx).listOpen()).toEqual([]);

    await a.cycle();
    expect(await leaves(a, 'serviceRecords:s1')).toEqual([]);
    expect((await a.mirror.get('serviceRecords:s1')).row?.['creditedMinutes']).toBe(90);
    expect(await a.db.outbox.count()).toBe(0);
    // The pull after the pump finds the resolved document: no conflict reopens.
    expect(await conflictsRepo(a.db, a.ctx).listOpen()).toEqual([]);
    expect((await a.db.syncConflicts.get(conflict.id))?.retire).toEqual([]);
    await exchange(a, hub);
    await exchange(b, hub);
    expect(await leaves(b, 'serviceRecords:s1')).toEqual([]);
    expect((await b.mirror.get('serviceRecords:s1')).row?.['creditedMinutes']).toBe(90);
  });

  it('closes the same conflict at the other desk once the resolution arrives, and takes the kept row', async () => {
    const { a, b, hub } = await hoursChangedAtBoth();
    const atB = await onlyConflict(b);
    const conflict = await onlyConflict(a);
    const ours = conflict.versions.find((v) => v.deskId === 'desk-a');
    await conflictsRepo(a.db, a.ctx).resolve(conflict.id, { rev: ours?.rev ?? '' });
    await a.cycle();
    await exchange(a, hub);
    await exchange(b, hub);
    await b.cycle();
    expect(await conflictsRepo(b.db, b.ctx).listOpen()).toEqual([]);
    expect(await b.db.syncConflicts.get(atB.id)).toMatchObject({ resolvedBy: '员工desk-a（desk-a）' });
    expect((await b.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(150);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it("keeps a conflict open while it holds this desk's unsent version, whatever the others write on top", async () => {
    const { a, b, hub } = await remoteChangeBeforePump(60, 180);
    await a.cycle();
    await b.db.serviceRecords.update('s1', { creditedMinutes: 30 });
    await b.cycle();
    await exchange(b, hub);
    await exchange(a, hub);
    await a.cycle();
    const conflict = await onlyConflict(a);
    expect(conflict.versions.map((v) => (v.value as { creditedMinutes: number }).creditedMinutes)).toEqual([
      180, 60, 30,
    ]);
    expect((await a.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(180);
  });

  it('refuses to resolve the same conflict twice, in Chinese, and writes nothing more', async () => {
    const { a } = await hoursChangedAtBoth();
    const conflict = await onlyConflict(a);
    const [first, second] = conflict.versions;
    const repo = conflictsRepo(a.db, a.ctx);
    await repo.resolve(conflict.id, { rev: first?.rev ?? '' });
    await expect(repo.resolve(conflict.id, { rev: second?.rev ?? '' })).rejects.toThrow(ALREADY_RESOLVED);
    expect(await a.db.outbox.count()).toBe(1);
    expect(await a.db.auditLog.filter((e) => e.action === '解决同步冲突').count()).toBe(1);
  });

  it('deletes the row when the deleted version is kept, here and in the mirror', async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
    await b.db.serviceRecords.delete('s1');
    await b.cycle();
    await exchange(b, hub);
    await a.db.serviceRecords.update('s1', { creditedMinutes: 180 });
    await exchange(a, hub);
    await a.cycle();
    const conflict = await onlyConflict(a);
    const deletion = conflict.versions.find((v) => v.deleted);
    expect(deletion?.deskId).toBe('desk-b');

    await conflictsRepo(a.db, a.ctx).resolve(conflict.id, { rev: deletion?.rev ?? '' });

    expect(await a.db.serviceRecords.get('s1')).toBeUndefined();
    expect((await a.db.outbox.toArray()).map((e) => e.op)).toEqual(['delete']);
    await a.cycle();
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.mirror.get('serviceRecords:s1').catch((e: { status?: number }) => e.status)).toBe(404);
    expect(await conflictsRepo(a.db, a.ctx).listOpen()).toEqual([]);
  });

  it("takes a volunteer's clashing field from the chosen desk and keeps the merged rest", async () => {
    const { a, b, hub } = await twoDesks((d) => d.db.volunteers.put(syncVolunteer()));
    await a.db.volunteers.update('v1', { phone: '13900000009', name: '张叁' });
    await b.db.volunteers.update('v1', { address: '鼓楼区', name: '章三' });
    await converge(a, b, hub);
    const conflict = await onlyConflict(a);
    const theirs = conflict.versions.find((v) => v.deskId === 'desk-b');

    await conflictsRepo(a.db, a.ctx).resolve(conflict.id, { fields: { name: theirs?.rev ?? '' } });

    const row = await a.db.volunteers.get('v1');
    expect(row).toMatchObject({ name: '章三', phone: '13900000009', address: '鼓楼区' });
    expect(row?.searchKeys).toContain('章三');
    await a.cycle();
    expect(await leaves(a, 'volunteers:v1')).toEqual([]);
  });
});
