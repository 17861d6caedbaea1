import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceRecord } from '@shared/model';
import type { CenterConfig } from '@shared/sync/center/plan';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { createSyncEngine, type SyncEngine, type SyncStatus } from '../../renderer/src/db/sync/engine';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { testContext, uniqueDbName } from './helpers';
import { centerForFile, memory, record, room, until } from './sync-desks';

/** One site per test, each with two desk accounts, so no test sees another's rows. */
const SITES = ['converge', 'offline', 'refusal', 'drift'] as const;
type Site = (typeof SITES)[number];
const account = (site: Site, desk: 'a' | 'b') => ({
  username: `${site}-${desk}`,
  password: `${site}-pw-${desk}-1`,
});
const config: CenterConfig = {
  sites: SITES.map((site) => ({
    db: `site-${site}`,
    name: site,
    level: '中心',
    desks: (['a', 'b'] as const).map((d) => ({
      user: account(site, d).username,
      password: account(site, d).password,
    })),
  })),
  district: null,
};

const center = centerForFile(config);

const started: { db: DeskDatabase; engine: SyncEngine }[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) {
    await s.engine.stop();
    s.db.close();
  }
});

/** A desk with sync on and its engine, started, replicating with `site` under its own account. */
async function engineDesk(site: Site, desk: 'a' | 'b', options: { password?: string; url?: string } = {}) {
  const db = createDatabase(uniqueDbName(`engine-${site}-${desk}`));
  await openDatabase(db);
  const ctx = { ...testContext(), deskId: `desk-${desk}`, actor: `员工${desk}` };
  await syncRepo(db, ctx).setEnabled(true);
  const credential = { ...account(site, desk), ...(options.password ? { password: options.password } : {}) };
  const engine = createSyncEngine({
    db,
    ctx,
    adapter: memory,
    remote: { url: options.url ?? `${center.url}/site-${site}`, credential },
    now: () => Date.UTC(2026, 11, 3),
  });
  started.push({ db, engine });
  await engine.start();
  return { db, engine };
}

const connected = (e: SyncEngine) => () => e.snapshot().state === '已连接';
const status = (e: SyncEngine): Partial<SyncStatus> => {
  const { state, queued, conflicts, error } = e.snapshot();
  return { state, queued, conflicts, error };
};

describe('the sync engine between two desks and a center', { timeout: 30_000 }, () => {
  it("carries a change at one desk into the other desk's Dexie, both ways", async () => {
    const a = await engineDesk('converge', 'a');
    const b = await engineDesk('converge', 'b');
    await until('both connected', async () => connected(a.engine)() && connected(b.engine)());
    await a.db.rooms.put(room('r1', '多功能厅'));
    await until('desk b has the room', async () => (await b.db.rooms.get('r1'))?.name === '多功能厅');
    await b.db.rooms.update('r1', { name: '乙改名' });
    await until('desk a has the new name', async () => (await a.db.rooms.get('r1'))?.name === '乙改名');
    await until(
      'both queues empty',
      () => a.engine.snapshot().queued === 0 && b.engine.snapshot().queued === 0,
    );
    expect(status(a.engine)).toEqual({ state: '已连接', queued: 0, conflicts: 0, error: null });
    expect(a.engine.snapshot().lastSentAt).toBe(Date.UTC(2026, 11, 3));
    expect(a.engine.snapshot().lastReceivedAt).toBe(Date.UTC(2026, 11, 3));
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('queues changes while paused at both desks, and converges without losing any on resume', async () => {
    const a = await engineDesk('offline', 'a');
    const b = await engineDesk('offline', 'b');
    await a.db.rooms.bulkPut([room('r1'), room('r2')]);
    await until('desk b has both rooms', async () => (await b.db.rooms.count()) === 2);
    await a.engine.pause();
    await b.engine.pause();
    expect(a.engine.snapshot().state).toBe('已暂停');
    await a.db.rooms.put(room('r3', '甲暂停时新建'));
    await a.db.rooms.delete('r2');
    await b.db.rooms.put(room('r4', '乙暂停时新建'));
    await b.db.rooms.update('r1', { name: '乙暂停时改名' });
    await until(
      'both queues counted',
      () => a.engine.snapshot().queued === 2 && b.engine.snapshot().queued === 2,
    );
    expect(await a.db.rooms.get('r4')).toBeUndefined();
    await a.engine.resume();
    await b.engine.resume();
    const names = (db: DeskDatabase) => db.rooms.orderBy('id').toArray();
    const expected = [room('r1', '乙暂停时改名'), room('r3', '甲暂停时新建'), room('r4', '乙暂停时新建')];
    await until('both desks converge', async () => {
      const [ra, rb] = [await names(a.db), await names(b.db)];
      return (
        JSON.stringify(ra) === JSON.stringify(expected) && JSON.stringify(rb) === JSON.stringify(expected)
      );
    });
    for (const d of [a, b]) {
      await until('queue empty', () => d.engine.snapshot().queued === 0);
      expect(status(d.engine)).toMatchObject({ queued: 0, conflicts: 0 });
    }
  });

  it("keeps the center's refusal of a change to confirmed hours as a conflict and in the status", async () => {
    const a = await engineDesk('refusal', 'a');
    const b = await engineDesk('refusal', 'b');
    await a.db.serviceRecords.put(record('s1', 120));
    await until('desk b has the record', async () => (await b.db.serviceRecords.get('s1')) !== undefined);
    await a.db.serviceRecords.update('s1', { creditedMinutes: 150 });
    await until('the refusal reaches the status', () => a.engine.snapshot().refusal !== null);
    expect(a.engine.snapshot().refusal).toMatchObject({
      docId: 'serviceRecords:s1',
      reason: '已确认的服务时长不能修改，请新建一条更正记录',
    });
    await until('the conflict is counted', () => a.engine.snapshot().conflicts === 1);
    const [conflict] = await a.db.syncConflicts.toArray();
    const kept = conflict?.versions.map((v) => (v.value as ServiceRecord).creditedMinutes);
    expect(kept?.sort()).toEqual([120, 150]);
    // The desk keeps its row for staff to settle; the other desk never got the refused hours.
    expect((await a.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(150);
    expect((await b.db.serviceRecords.get('s1'))?.creditedMinutes).toBe(120);
  });
});

describe('the sync engine when the center is not there for it', { timeout: 30_000 }, () => {
  it("stops with '中心账号或密码不对' for a wrong password", async () => {
    const a = await engineDesk('converge', 'a', { password: 'not-the-password' });
    await until('the error', () => a.engine.snapshot().state === '出错');
    expect(a.engine.snapshot().error).toBe('中心账号或密码不对');
  });

  it("stops with a Chinese reason when the account may not use the site's database", async () => {
    const a = await engineDesk('converge', 'a', { url: `${center.url}/site-offline` });
    await until('the error', () => a.engine.snapshot().state === '出错');
    expect(a.engine.snapshot().error).toBe('本机账号无权使用中心的这个数据库');
  });

  it('is offline, retrying, when the center cannot be reached, and still queues', async () => {
    const a = await engineDesk('converge', 'a', { url: 'http://127.0.0.1:9/site-converge' });
    await until('offline', () => a.engine.snapshot().state === '离线');
    expect(a.engine.snapshot().error).toBe('连不上中心，稍后自动重试');
    await a.db.rooms.put(room('r9'));
    await until('written to the mirror', async () => (await a.db.outbox.count()) === 0);
    expect(await a.db.syncMeta.get('rooms|r9')).toBeDefined();
  });

  it('reports at start a table whose Dexie rows the mirror does not hold', async () => {
    const a = await engineDesk('drift', 'a');
    await a.db.rooms.put(room('r1'));
    await until('reconciled', () => a.engine.snapshot().drift !== null);
    expect(a.engine.snapshot().drift).toEqual([]);
    await a.engine.stop();
    // A row written outside the outbox (as a faulty restore would): the mirror never hears of it.
    await syncRepo(a.db, testContext()).applyRemote('rooms', [
      { key: 'r2', rev: '1-x', deleted: false, row: room('r2') },
    ]);
    await a.engine.start();
    await until('reconciled again', () => a.engine.snapshot().drift !== null);
    expect(a.engine.snapshot().drift).toEqual([{ table: 'rooms', local: 2, mirror: 1 }]);
  });
});
