import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  createRepos,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { appendAudit } from '../../renderer/src/db/repos/audit';
import { testContext, uniqueDbName } from './helpers';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

const room = (name: string) => ({
  name,
  kind: '多功能厅',
  capacity: 40,
  facilities: [],
  active: true,
  notes: '',
});

beforeEach(async () => {
  db = createDatabase(uniqueDbName('audit'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

const noProgress = () => undefined;

describe('the audit hash chain in the database', () => {
  it('stays one unbroken chain when writes run concurrently', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => repos.rooms.save(room(`活动室${i}`) as never, null)),
    );
    // Two appends started together inside one transaction, as the booking save does.
    await db.transaction('rw', db.auditLog, () =>
      Promise.all([
        appendAudit(db, ctx, { action: '新建预约', entity: 'bookings', entityId: 'b1' }),
        appendAudit(db, ctx, { action: '新建预约', entity: 'bookings', entityId: 'b2' }),
      ]),
    );
    const seqs = (await db.auditLog.orderBy('seq').toArray()).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(await repos.audit.verify(noProgress)).toEqual({ checked: 14, older: 0, broken: null });
  });

  it("reports a row deleted behind the app's back, naming the entries around the gap", async () => {
    for (let i = 0; i < 5; i += 1) {
      await repos.rooms.save(room(`活动室${i}`) as never, null);
      ctx.advance(60_000);
    }
    const third = await db.auditLog.where('seq').equals(3).first();
    await db.auditLog.delete(third?.id as string);
    const report = await repos.audit.verify(noProgress);
    expect(report.checked).toBe(2);
    expect(report.broken).toMatchObject({ kind: 'missing', count: 1, after: { seq: 2 }, entry: { seq: 4 } });
  });

  it("reports a row edited behind the app's back", async () => {
    for (let i = 0; i < 3; i += 1) await repos.rooms.save(room(`活动室${i}`) as never, null);
    const second = await db.auditLog.where('seq').equals(2).first();
    await db.auditLog.update(second?.id as string, { actor: '别人' });
    expect((await repos.audit.verify(noProgress)).broken).toMatchObject({
      kind: 'changed',
      entry: { seq: 2 },
    });
  });

  it('starts the chain after the entries written before it, and counts them', async () => {
    await db.auditLog.bulkAdd(
      [1, 2, 3].map((i) => ({
        id: `old-${i}`,
        at: ctx.now() - i,
        actor: '前台',
        action: '新建场地',
        entity: 'rooms',
        entityId: null,
        before: null,
        after: null,
        reason: null,
        createdAt: 0,
        updatedAt: 0,
        deletedAt: null,
        deskId: 'd',
      })),
    );
    await repos.rooms.save(room('活动室') as never, null);
    expect(await repos.audit.verify(noProgress)).toEqual({ checked: 1, older: 3, broken: null });
  });

  it('checks a long chain in chunks, reporting progress up to the total, and can be cancelled', async () => {
    await db.transaction('rw', db.auditLog, async () => {
      for (let i = 0; i < 1003; i += 1)
        await appendAudit(db, ctx, { action: '签到', entity: 'serviceRecords', entityId: `s${i}` });
    });
    const seen: number[] = [];
    const report = await repos.audit.verify((done) => seen.push(done));
    expect(report).toEqual({ checked: 1003, older: 0, broken: null });
    expect(seen).toEqual([0, 500, 1000, 1003]);
    const abort = new AbortController();
    await expect(repos.audit.verify(() => abort.abort(), abort.signal)).rejects.toThrow();
  }, 30_000);
});

describe('the 操作记录 pages', () => {
  it('pages newest first by key range, covering each entry once even when many share a time', async () => {
    for (let i = 0; i < 23; i += 1) {
      await appendAudit(
        db,
        { ...ctx, actor: i % 2 ? '王芳' : '李明' },
        { action: '新建场地', entity: i % 3 ? 'rooms' : 'bookings', entityId: `${i}` },
      );
      if (i % 4 === 0) ctx.advance(1000);
    }
    const collect = async (filter: Parameters<Repos['audit']['page']>[0]) => {
      const ids: string[] = [];
      let cursor = null;
      do {
        const page: Awaited<ReturnType<Repos['audit']['page']>> = await repos.audit.page(filter, cursor, 5);
        ids.push(...page.rows.map((r) => r.entityId as string));
        cursor = page.next;
      } while (cursor);
      return ids;
    };
    const all = await collect({});
    expect(all).toHaveLength(23);
    expect(new Set(all).size).toBe(23);
    const expected = (await db.auditLog.toArray()).sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    expect(all).toEqual(expected.map((e) => e.entityId));

    const wang = await collect({ actor: '王芳' });
    expect(wang).toEqual(expected.filter((e) => e.actor === '王芳').map((e) => e.entityId));
    const wangBookings = await collect({ actor: '王芳', entity: 'bookings' });
    expect(wangBookings).toEqual(
      expected.filter((e) => e.actor === '王芳' && e.entity === 'bookings').map((e) => e.entityId),
    );
    expect(wangBookings.length).toBeGreaterThan(0);
    const start = ctx.now() - 2000;
    const recent = await collect({ entity: 'rooms', from: start, to: ctx.now() });
    expect(recent).toEqual(
      expected
        .filter((e) => e.entity === 'rooms' && e.at >= start && e.at < ctx.now())
        .map((e) => e.entityId),
    );
    expect(recent.length).toBeGreaterThan(0);
    expect(await repos.audit.actors()).toEqual(['李明', '王芳']);
  });
});

describe('restoring a backup', () => {
  it('keeps the restored chain verifiable and links its own entry after it', async () => {
    for (let i = 0; i < 3; i += 1) await repos.rooms.save(room(`活动室${i}`) as never, null);
    const backup = await repos.backup.exportAll('0.1.0');
    await repos.rooms.save(room('后来的活动室') as never, null);
    await repos.backup.restore(backup, noProgress);
    expect(await repos.audit.verify(noProgress)).toEqual({ checked: 4, older: 0, broken: null });
    const entry = await db.auditLog.where('seq').equals(4).first();
    expect(entry).toMatchObject({
      action: '从备份恢复',
      after: { replaced: { entries: 4, head: { seq: 4 } }, backupChain: { checked: 3, broken: null } },
    });
  });

  it('restores a backup whose chain is broken and records the break in its own entry', async () => {
    for (let i = 0; i < 3; i += 1) await repos.rooms.save(room(`活动室${i}`) as never, null);
    const backup = await repos.backup.exportAll('0.1.0');
    const log = backup.tables.auditLog as { seq: number }[];
    backup.tables.auditLog = log.filter((row) => row.seq !== 2);
    await repos.backup.restore(backup, noProgress);
    const restoreEntry = await db.auditLog.where('seq').equals(4).first();
    expect((restoreEntry?.after as { backupChain: { broken: string } }).backupChain.broken).toContain(
      '之后少了 1 条记录',
    );
    expect(restoreEntry?.reason).toMatch(/^所恢复备份的操作记录校验未通过：第 1 条.*之后少了 1 条记录/);
    const report = await repos.audit.verify(noProgress);
    expect(report.broken).toMatchObject({ kind: 'missing', after: { seq: 1 }, entry: { seq: 3 } });
  });
});
