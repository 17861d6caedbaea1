import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUP_INTERVAL_MS, snapshotName } from '@shared/backup/snapshots';
import {
  createDatabase,
  createRepos,
  ensureDeskId,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  type DeskDatabase,
} from '../../renderer/src/db';
import { createAutoBackup, MAX_DEFER_MS, QUIET_FOR_MS } from '../../renderer/src/features/backup/auto-backup';
import type { Platform } from '../../renderer/src/platform/types';
import { forgetDeskKey } from '../../renderer/src/features/backup/format/desk-key';
import { backupCounts, openBackup } from '../../renderer/src/features/backup/format/stream-reader';
import { testContext, uniqueDbName } from './helpers';
import { memoryBackupPlatform } from './memory-backup-file';
import { volunteerDraft } from './volunteer-fixtures';

const volunteerInput = () => volunteerDraft(1, 1);

/** The platform's backup folder and key, in memory; `failWith` makes the next saves fail like a full disk. */
function memoryPlatform(clock: () => number) {
  const { platform, files, state } = memoryBackupPlatform(clock);
  return { platform: platform as unknown as Platform, files, state };
}

describe('automatic backups', () => {
  let db: DeskDatabase;
  let ctx: ReturnType<typeof testContext>;
  beforeEach(async () => {
    db = createDatabase(uniqueDbName('auto-backup'));
    await openDatabase(db);
    ctx = testContext();
    forgetDeskKey();
  });
  afterEach(() => db.close());

  it('keeps nothing for an empty desk, then a restorable copy once something changed', async () => {
    const repos = createRepos(db, ctx);
    const { platform, files } = memoryPlatform(ctx.now);
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await auto.check();
    expect(files.size).toBe(0);

    await repos.settings.set('lastBackupAt', 1);
    ctx.advance(1000);
    await auto.check();
    expect(auto.getState().snapshots).toHaveLength(1);
    const source = await platform.openSnapshot([...files.keys()][0] as string);
    const opened = await openBackup(source, LATEST_SCHEMA_VERSION);
    expect(opened.ok && backupCounts(opened.opened)['settings']).toBe(1);
  });

  it('takes the next copy only after a change and the interval', async () => {
    const repos = createRepos(db, ctx);
    const { platform, files } = memoryPlatform(ctx.now);
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await repos.settings.set('lastBackupAt', 1);
    ctx.advance(1000);
    await auto.check();
    ctx.advance(AUTO_BACKUP_INTERVAL_MS);
    await auto.check();
    expect(files.size).toBe(1);

    await repos.settings.set('lastBackupAt', 2);
    ctx.advance(60_000);
    await auto.check();
    expect(files.size).toBe(2);
  });

  it('says why a copy could not be kept, and clears the message once one is', async () => {
    const repos = createRepos(db, ctx);
    const { platform, state } = memoryPlatform(ctx.now);
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await repos.settings.set('lastBackupAt', 1);
    state.failWith = 'ENOSPC: no space left on device';
    await expect(auto.takeNow()).resolves.toBeNull();
    expect(auto.getState().error).toMatch(/^磁盘空间不足/);
    state.failWith = null;
    ctx.advance(1000);
    await expect(auto.takeNow()).resolves.not.toBeNull();
    expect(auto.getState()).toMatchObject({ error: null, saving: false });
  });

  it('waits for a quiet minute before a due copy, unless the last copy is two hours old', async () => {
    const repos = createRepos(db, ctx);
    const { platform, files } = memoryPlatform(ctx.now);
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await repos.settings.set('lastBackupAt', 1);
    await auto.check();
    expect(files.size).toBe(1);

    ctx.advance(1000);
    await repos.settings.set('lastBackupAt', 2);
    ctx.advance(AUTO_BACKUP_INTERVAL_MS);
    auto.noteInput();
    await auto.check();
    expect(files.size).toBe(1);
    ctx.advance(QUIET_FOR_MS);
    await auto.check();
    expect(files.size).toBe(2);

    ctx.advance(1000);
    await repos.settings.set('lastBackupAt', 3);
    ctx.advance(MAX_DEFER_MS);
    auto.noteInput();
    await auto.check();
    expect(files.size).toBe(3);
  });

  it('is not stopped by a backup dated a year ahead, and records each success in the sentinel', async () => {
    const repos = createRepos(db, ctx);
    await ensureDeskId(db, ctx.newId, ctx.now());
    const { platform, files, state } = memoryPlatform(ctx.now);
    const ahead = ctx.now() + 365 * 86_400_000;
    files.set(snapshotName(ahead), new TextEncoder().encode(JSON.stringify({ exportedAt: ahead })));
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await repos.volunteers.register(volunteerInput());
    ctx.advance(1000);
    await auto.check();
    expect(files.size).toBe(2);
    expect(state.sentinel).toMatchObject({ deskId: expect.any(String), lastBackupAt: ctx.now() });
    expect(state.sentinel?.backups[0]).toMatchObject({ at: ctx.now(), appVersion: '0.1.0' });
    expect(state.sentinel?.backups[0]?.counts.volunteers).toBe(1);

    // The next one comes after the interval, judged from the desk's own record, not the future file.
    ctx.advance(1000);
    await repos.settings.set('lastBackupAt', 1);
    ctx.advance(AUTO_BACKUP_INTERVAL_MS);
    await auto.check();
    expect(files.size).toBe(3);
    expect(auto.getState()).toMatchObject({ error: null, lastBackupAt: ctx.now() });
  });

  it('keeps the last success in the sentinel when a backup fails, and refreshes the counts on each check', async () => {
    const repos = createRepos(db, ctx);
    await ensureDeskId(db, ctx.newId, ctx.now());
    const { platform, state } = memoryPlatform(ctx.now);
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await repos.settings.set('lastBackupAt', 1);
    ctx.advance(1000);
    await auto.check();
    const success = state.sentinel?.lastBackupAt;
    expect(success).toBe(ctx.now());

    state.failWith = 'ENOSPC: no space left on device';
    ctx.advance(1000);
    await repos.volunteers.register(volunteerInput());
    ctx.advance(AUTO_BACKUP_INTERVAL_MS);
    await auto.check();
    expect(auto.getState().error).toMatch(/^磁盘空间不足/);
    expect(state.sentinel?.lastBackupAt).toBe(success);

    state.failWith = null;
    ctx.advance(1000);
    await repos.settings.set('lastBackupAt', 2);
    auto.noteInput();
    await auto.check();
    expect(state.sentinel?.counts.volunteers).toBe(1);
  });

  it('gives a copy staff ask for the data as it is now, not an earlier copy still being written', async () => {
    const repos = createRepos(db, ctx);
    const { platform, files } = memoryPlatform(ctx.now);
    // The automatic copy has read every table and is still being committed when staff save a volunteer.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reachedCommit = () => {};
    const committing = new Promise<void>((resolve) => (reachedCommit = resolve));
    const open = platform.openBackupWriter.bind(platform);
    let first = true;
    platform.openBackupWriter = async (target) => {
      const writer = await open(target);
      if (!writer || !first) return writer;
      first = false;
      return {
        ...writer,
        commit: async () => {
          reachedCommit();
          await held;
          return writer.commit();
        },
      };
    };
    const auto = createAutoBackup({ repos, platform, now: ctx.now });
    await repos.settings.set('lastBackupAt', 1);
    const automatic = auto.takeNow();
    await committing;
    await repos.volunteers.register(volunteerInput());
    ctx.advance(1000);

    const asked = auto.takeNow(true);
    release();
    const [older, saved] = await Promise.all([automatic, asked]);

    const counts = async (name: string | undefined) => {
      const opened = await openBackup(await platform.openSnapshot(name ?? ''), LATEST_SCHEMA_VERSION);
      return opened.ok ? backupCounts(opened.opened)['volunteers'] : -1;
    };
    expect(await counts(older?.name)).toBe(0);
    expect(saved?.name).not.toBe(older?.name);
    expect(await counts(saved?.name)).toBe(1);
    expect(files.size).toBe(2);
  });
});
