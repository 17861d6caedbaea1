import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CenterConfig } from '@shared/sync/center/plan';
import * as engineModule from '../../renderer/src/db/sync/engine';
import { closeDeskSyncs, deskWithSync } from './desk-sync-services';
import { centerForFile, room, until } from './sync-desks';

// Spied on, to see that a desk with no center never even creates an engine.
vi.mock('../../renderer/src/db/sync/engine', async (original) => {
  const actual = await original<typeof engineModule>();
  return { ...actual, createSyncEngine: vi.fn(actual.createSyncEngine) };
});

const ACCOUNT = { username: 'lifecycle-a', password: 'lifecycle-pw-1' };
const config: CenterConfig = {
  sites: [
    {
      db: 'site-lifecycle',
      name: '生命周期',
      level: '中心',
      desks: [{ user: ACCOUNT.username, password: ACCOUNT.password }],
    },
  ],
  district: null,
};

const center = centerForFile(config);

afterEach(async () => {
  await closeDeskSyncs();
  vi.mocked(engineModule.createSyncEngine).mockClear();
});

/** A document as the center holds it, read with this desk's account; null when it is not there. */
async function centerDoc(id: string): Promise<{ _rev: string; row?: { name?: string } } | null> {
  const auth = Buffer.from(`${ACCOUNT.username}:${ACCOUNT.password}`).toString('base64');
  const res = await fetch(`${center.url}/site-lifecycle/${encodeURIComponent(id)}`, {
    headers: { authorization: `Basic ${auth}` },
  });
  return res.ok ? ((await res.json()) as { _rev: string; row?: { name?: string } }) : null;
}

const site = () => ({ url: `${center.url}/site-lifecycle`, deskName: '前台', username: ACCOUNT.username });

describe('the desk’s sync service', { timeout: 30_000 }, () => {
  it('with no center set, loads no engine and leaves the desk working alone', async () => {
    const { db, sync } = await deskWithSync();
    await sync.connect();
    expect(engineModule.createSyncEngine).not.toHaveBeenCalled();
    expect(sync.snapshot().state).toBe('未设置');
    await db.rooms.put(room('r1'));
    expect(await db.outbox.count()).toBe(0);
    expect(await sync.setup()).toEqual({ center: null, passwordSaved: false, enabled: false });
  });

  it('saves the center and account as the signed-in staff member, keeps the password apart, and connects', async () => {
    const { db, sync, credentials } = await deskWithSync();
    await sync.save(site(), ACCOUNT.password);
    await until('connected', () => sync.snapshot().state === '已连接');
    expect(await credentials.readSyncCredential()).toEqual(ACCOUNT);
    expect(await sync.setup()).toEqual({ center: site(), passwordSaved: true, enabled: true });
    const audit = await db.auditLog.where('entity').equals('settings').toArray();
    // syncBacklogSince asks for (and then clears) the pass that sends what the desk held before.
    expect(audit.filter((a) => a.entityId !== 'syncBacklogSince').map((a) => [a.entityId, a.actor])).toEqual([
      ['syncCenter', '王管理员'],
      ['syncEnabled', '王管理员'],
    ]);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['王管理员']));
    expect(JSON.stringify(audit)).not.toContain(ACCOUNT.password);
    await db.rooms.put(room('r1'));
    await until('sent', () => sync.snapshot().lastSentAt !== null && sync.snapshot().queued === 0);
  });

  it('links to the district only once a center and password are saved; a lone center has no district', async () => {
    const { sync } = await deskWithSync();
    expect(await sync.district()).toBeNull();
    await sync.save(site(), ACCOUNT.password);
    const link = await sync.district();
    expect(link).not.toBeNull();
    expect(await link?.info()).toBeNull();
  });

  it('keeps the saved password when saved again with the password left empty', async () => {
    const { sync, credentials } = await deskWithSync();
    await sync.save(site(), ACCOUNT.password);
    await sync.save({ ...site(), deskName: '办公室' }, '');
    expect(await credentials.readSyncCredential()).toEqual(ACCOUNT);
    await until('connected again', () => sync.snapshot().state === '已连接');
  });

  it('goes on syncing with the saved setup when saving a new one fails', async () => {
    const { sync, credentials } = await deskWithSync();
    await sync.save(site(), ACCOUNT.password);
    await until('connected', () => sync.snapshot().state === '已连接');
    credentials.writeSyncCredential = () => Promise.reject(new Error('凭据库写入失败'));
    await expect(sync.save({ ...site(), deskName: '办公室' }, 'new-password')).rejects.toThrow(
      '凭据库写入失败',
    );
    expect((await sync.setup()).center?.deskName).toBe('前台');
    await until('connected again', () => sync.snapshot().state === '已连接');
  });

  it('pauses and resumes, stops on sign-out, and starts again at the next sign-in and the next start', async () => {
    const first = await deskWithSync();
    await first.sync.save(site(), ACCOUNT.password);
    await until('connected', () => first.sync.snapshot().state === '已连接');
    await first.sync.pause();
    expect(first.sync.snapshot().state).toBe('已暂停');
    await first.sync.resume();
    await until('connected after resume', () => first.sync.snapshot().state === '已连接');
    await first.sync.close();
    expect(first.sync.snapshot().state).toBe('未设置');
    await first.sync.connect();
    await until('connected after sign-in', () => first.sync.snapshot().state === '已连接');
    await first.sync.close();
    first.db.close();
    // The app started again on the same database: sync was on, so it queues and connects.
    const again = await deskWithSync({ name: first.name, credentials: first.credentials });
    await again.db.rooms.put(room('r2'));
    expect(await again.db.outbox.count()).toBe(1);
    await again.sync.connect();
    await until('connected after restart', () => again.sync.snapshot().state === '已连接');
  });

  it('stays paused through sign-out and restart until staff resume, and sends what queued meanwhile', async () => {
    const first = await deskWithSync();
    await first.sync.save(site(), ACCOUNT.password);
    await until('connected', () => first.sync.snapshot().state === '已连接');
    await first.sync.pause();
    await first.sync.close();
    await first.sync.connect();
    expect(first.sync.snapshot().state).toBe('已暂停');
    await first.sync.close();
    first.db.close();
    const again = await deskWithSync({ name: first.name, credentials: first.credentials });
    await again.sync.connect();
    expect(again.sync.snapshot().state).toBe('已暂停');
    await again.db.rooms.put(room('r2'));
    expect(await again.db.outbox.count()).toBe(1);
    await again.sync.resume();
    await until('sent after resume', async () => (await again.db.outbox.count()) === 0);
    await until('connected after resume', () => again.sync.snapshot().state === '已连接');
    await again.sync.close();
    await again.sync.connect();
    await until('connected at the next sign-in', () => again.sync.snapshot().state === '已连接');
  });

  it('counts the open conflicts while no engine runs, and counts one fewer once resolved', async () => {
    const { db, sync } = await deskWithSync();
    const version = (rev: string, deskId: string) => ({
      rev,
      deskId,
      actor: '李前台',
      at: 1,
      deleted: false,
      value: room('r1'),
    });
    await db.rooms.put(room('r1'));
    await db.syncConflicts.bulkAdd(
      ['c1', 'c2'].map((id) => ({
        id,
        table: 'rooms' as const,
        key: 'r1',
        versions: [version('1-a', 'desk-a'), version('1-b', 'desk-b')],
        createdAt: 1,
        resolvedAt: null,
      })),
    );
    await sync.connect();
    expect(sync.snapshot().state).toBe('未设置');
    expect(sync.snapshot().conflicts).toBe(2);
    await sync.conflicts.resolve('c1', { rev: '1-b' });
    expect(sync.snapshot().conflicts).toBe(1);
  });

  it('stops syncing when asked: the queue is kept, and later changes no longer queue', async () => {
    const { db, sync } = await deskWithSync();
    await sync.save(site(), ACCOUNT.password);
    await sync.pause();
    await db.rooms.put(room('r1'));
    await sync.stopSync();
    expect(sync.snapshot().state).toBe('未设置');
    expect((await sync.setup()).enabled).toBe(false);
    await db.rooms.put(room('r2'));
    expect(await db.outbox.count()).toBe(1);
    await sync.connect();
    expect(sync.snapshot().state).toBe('未设置');
  });

  it('sends the rows the desk held before sync was turned on', async () => {
    const { db, sync } = await deskWithSync();
    await db.rooms.bulkPut([room('before-1'), room('before-2')]);
    expect(await db.outbox.count()).toBe(0);
    await sync.save(site(), ACCOUNT.password);
    for (const key of ['before-1', 'before-2'])
      await until(`${key} at the center`, async () => (await centerDoc(`rooms:${key}`)) !== null);
    expect((await centerDoc('rooms:before-2'))?.row).toMatchObject({ name: '场地before-2' });
    await until('backlog done', () => sync.snapshot().backlog === null && sync.snapshot().queued === 0);
    expect(await db.settings.where('key').equals('syncBacklogSince').first()).toMatchObject({ value: null });
  });

  it('sends on restart the changes made while sync was stopped, and only those', async () => {
    const { db, sync } = await deskWithSync();
    await db.rooms.bulkPut([room('kept'), room('edited'), room('deleted')]);
    await sync.save(site(), ACCOUNT.password);
    for (const key of ['kept', 'edited', 'deleted'])
      await until(`${key} at the center`, async () => (await centerDoc(`rooms:${key}`)) !== null);
    await until('backlog done', () => sync.snapshot().backlog === null && sync.snapshot().queued === 0);
    const keptRev = (await centerDoc('rooms:kept'))?._rev;
    await sync.stopSync();
    // 'edited' changes while stopped: nothing queues it, so only the pass at the next start can send it.
    await db.rooms.put({ ...room('edited', '改名后的场地'), updatedAt: Date.now() + 1000 });
    await db.rooms.delete('deleted');
    expect(await db.outbox.count()).toBe(0);
    await sync.save(site(), '');
    await until(
      'the edit at the center',
      async () => (await centerDoc('rooms:edited'))?.row?.name === '改名后的场地',
    );
    await until('the deletion at the center', async () => (await centerDoc('rooms:deleted')) === null);
    expect((await centerDoc('rooms:kept'))?._rev).toBe(keptRev);
  });

  it('shows a wrong password in Chinese', async () => {
    const { sync } = await deskWithSync();
    await sync.save(site(), 'wrong-password');
    await until('refused', () => sync.snapshot().state === '出错');
    expect(sync.snapshot().error).toBe('中心账号或密码不对');
  });
});
