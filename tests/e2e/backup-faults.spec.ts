import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { SAMPLE_CENTER } from './pages/desk-app';
import { ProfileDesks } from './pages/profile-desks';

/**
 * Makes the backup file writer stop after its first piece and wait forever, so the browser can be
 * killed in the middle of a backup rather than before or after it.
 */
async function stallBackupWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const proto = (
      globalThis as unknown as { FileSystemWritableFileStream: { prototype: { write: unknown } } }
    ).FileSystemWritableFileStream.prototype;
    const write = proto.write as (this: unknown, ...args: unknown[]) => Promise<void>;
    let pieces = 0;
    proto.write = function (this: unknown, ...args: unknown[]) {
      pieces += 1;
      if (pieces === 1) return write.apply(this, args);
      (window as unknown as { backupStalled: boolean }).backupStalled = true;
      return new Promise<void>(() => undefined);
    };
  });
}

/** Makes a restore stop reading its file once it has begun replacing the tables, and wait forever. */
async function stallRestoreAfterClearing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flags = window as unknown as { restoreStalled: boolean };
    const clear = IDBObjectStore.prototype.clear;
    IDBObjectStore.prototype.clear = function (this: IDBObjectStore) {
      flags.restoreStalled = true;
      return clear.call(this);
    };
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return flags.restoreStalled ? new Promise<ArrayBuffer>(() => undefined) : read.call(this);
    };
  });
}

const stalled = (page: Page, flag: 'backupStalled' | 'restoreStalled') =>
  page.waitForFunction((name) => (window as unknown as Record<string, boolean>)[name] === true, flag);

test.describe('killed in the middle', () => {
  let profile: string;
  let desks: ProfileDesks;
  test.beforeEach(({ baseURL }) => {
    profile = mkdtempSync(join(tmpdir(), 'desk-kill-'));
    desks = new ProfileDesks(baseURL);
  });
  test.afterEach(async () => {
    await desks.closeAll();
    rmSync(profile, { recursive: true, force: true });
  });

  test('a backup cut off by a killed browser leaves the earlier backups and the data as they were', async () => {
    const first = await desks.launch(profile);
    await first.app.completeSetup(SAMPLE_CENTER, true);
    await first.app.goTo('设置');
    const backups = new BackupSection(first.app.page);
    await expect(backups.automaticRows).toHaveCount(1);

    await stallBackupWrites(first.app.page);
    await backups.takeBackupNow();
    await stalled(first.app.page, 'backupStalled');
    desks.kill(profile);

    const second = await desks.launch(profile);
    await second.app.expectScreen('今日概览');
    await second.app.goTo('志愿者');
    await expect(second.app.page.getByText('共 200 名志愿者')).toBeVisible();
    await second.app.goTo('设置');
    const after = new BackupSection(second.app.page);
    await expect(after.automaticRows).toHaveCount(1);
    // The surviving backup still opens, checks out, and the next backup is written whole.
    await after.restoreNewestAutomatic();
    await expect(after.confirmDialog).toContainText('备份文件完整');
    await after.confirmDialog.getByRole('button', { name: '取消' }).click();
    await after.takeBackupNow();
    await expect(after.automaticRows).toHaveCount(2);
    expect(second.app.errors).toEqual([]);
  });

  test('a restore cut off by a killed browser leaves the data and the backups as they were', async () => {
    const first = await desks.launch(profile);
    await first.app.completeSetup(SAMPLE_CENTER, true);
    await first.app.goTo('设置');
    const backups = new BackupSection(first.app.page);
    await expect(backups.automaticRows).toHaveCount(1);
    await first.app.field('中心名称').fill('改名后的文明实践站');
    await first.app.page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(first.app.sidebar).toContainText('改名后的文明实践站');

    await backups.restoreNewestAutomatic();
    await expect(backups.confirmDialog).toContainText(`备份来自：${SAMPLE_CENTER.name}`);
    await stallRestoreAfterClearing(first.app.page);
    await backups.confirmDialog.getByRole('button', { name: '先保存当前数据，再恢复' }).click();
    await stalled(first.app.page, 'restoreStalled');
    desks.kill(profile);

    const second = await desks.launch(profile);
    await second.app.expectScreen('今日概览');
    await expect(second.app.sidebar).toContainText('改名后的文明实践站');
    await second.app.goTo('志愿者');
    await expect(second.app.page.getByText('共 200 名志愿者')).toBeVisible();
    await second.app.goTo('设置');
    // The copy taken just before the restore is kept too.
    await expect(new BackupSection(second.app.page).automaticRows).toHaveCount(2);
    expect(second.app.errors).toEqual([]);
  });
});
