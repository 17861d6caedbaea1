import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '@shared/backup/backup-file';
import { generateDemoData } from '@shared/demo';
import {
  createDatabase,
  createRepos,
  LATEST_SCHEMA_VERSION,
  LoadCancelledError,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { testContext, uniqueDbName } from './helpers';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;
const profile = {
  name: '鼓楼区新时代文明实践中心',
  level: '中心' as const,
  address: '东街88号',
  phone: '0591-87654321',
};

beforeEach(async () => {
  db = createDatabase(uniqueDbName('backup'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
  await repos.settings.set('centerProfile', profile);
  await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 3, deskId: ctx.deskId }), () => undefined);
});
afterEach(() => db.close());

describe('backing up and restoring the desk', () => {
  it('restores exactly what was backed up, after later changes and on another machine', async () => {
    const backup = await repos.backup.exportAll('0.1.0');
    expect(backup.centerName).toBe(profile.name);
    const text = JSON.stringify(backup);

    await repos.settings.set('centerProfile', { ...profile, name: '改过的名字' });
    await db.volunteers.clear();

    const other = createDatabase(uniqueDbName('backup-target'));
    await openDatabase(other);
    const parsed = parseBackup(text, LATEST_SCHEMA_VERSION);
    if (!parsed.ok) throw new Error(parsed.message);
    await createRepos(other, testContext()).backup.restore(parsed.backup, () => undefined);
    expect(await createRepos(other, testContext()).settings.get('centerProfile')).toEqual(profile);
    expect(await other.volunteers.count()).toBe(200);
    other.close();

    await repos.backup.restore(parsed.backup, () => undefined);
    expect(await repos.settings.get('centerProfile')).toEqual(profile);
    expect(await db.volunteers.count()).toBe(200);
    expect((await repos.audit.recent(1))[0]?.action).toBe('从备份恢复');
  });

  it('keeps the current data untouched when a restore is cancelled', async () => {
    const backup = await repos.backup.exportAll('0.1.0');
    await repos.settings.set('centerProfile', { ...profile, name: '当前名字' });
    const controller = new AbortController();
    await expect(
      repos.backup.restore(backup, (done) => done >= 500 && controller.abort(), controller.signal),
    ).rejects.toBeInstanceOf(LoadCancelledError);
    expect((await repos.settings.get('centerProfile'))?.name).toBe('当前名字');
    expect(await db.volunteers.count()).toBe(200);
  });

  it('refuses a backup holding a table this app does not know, and changes nothing', async () => {
    const backup = await repos.backup.exportAll('0.1.0');
    await expect(
      repos.backup.restore(
        { ...backup, tables: { ...backup.tables, futureTable: [{ id: 'x' }] } },
        () => undefined,
      ),
    ).rejects.toThrow('futureTable');
    expect(await db.volunteers.count()).toBe(200);
  });
});
