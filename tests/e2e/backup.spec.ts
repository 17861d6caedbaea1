import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';

test('restores a saved backup after later changes, saving the current data aside first', async ({ page }) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, true);
  await app.goTo('设置');
  const backup = new BackupSection(page);
  await expect(backup.region).toContainText('还没有另存过备份文件');

  const saved = await backup.saveBackup();
  expect(saved.suggestedFilename()).toMatch(/^文明实践前台备份-\d{8}-\d{4}\.pdbak$/);
  const file = join(mkdtempSync(join(tmpdir(), 'desk-backup-')), saved.suggestedFilename());
  await saved.saveAs(file);
  await expect(backup.region).toContainText('上次另存备份：');

  await app.field('中心名称').fill('改名后的文明实践站');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(app.sidebar).toContainText('改名后的文明实践站');

  await backup.chooseFile(file);
  await expect(backup.confirmDialog).toContainText(`备份来自：${SAMPLE_CENTER.name}`);
  await expect(backup.confirmDialog).toContainText('志愿者 200');
  // The desk starts afresh from the restored data once it is in: wait for that, not for the sidebar.
  let reloaded = page.waitForEvent('load');
  await backup.confirmDialog.getByRole('button', { name: '先保存当前数据，再恢复' }).click();
  await reloaded;

  await expect(app.sidebar).toContainText(SAMPLE_CENTER.name);
  await app.goTo('志愿者');
  await expect(page.getByText('共 200 名志愿者')).toBeVisible();

  // The data replaced by the restore was kept as the newest automatic backup: restoring it undoes the restore.
  await app.goTo('设置');
  await backup.restoreNewestAutomatic();
  await expect(backup.confirmDialog).toContainText('备份来自：改名后的文明实践站');
  reloaded = page.waitForEvent('load');
  await backup.confirmDialog.getByRole('button', { name: '先保存当前数据，再恢复' }).click();
  await reloaded;
  await expect(app.sidebar).toContainText('改名后的文明实践站');
  expect(app.errors).toEqual([]);
});

test('keeps an automatic backup of changed data without being asked', async ({ page }) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, true);
  await app.goTo('设置');
  const backup = new BackupSection(page);
  await expect(backup.automaticRows).toHaveCount(1);
  await expect(backup.automaticRows.first()).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
});

test('says why a file cannot be restored and changes nothing', async ({ page }) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  const backup = new BackupSection(page);
  await backup.chooseFile({
    name: '名单.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a":1}'),
  });
  await expect(backup.region).toContainText('“名单.json”无法恢复：这不是文明实践前台的备份文件');
  await expect(backup.confirmDialog).toBeHidden();
  await expect(app.sidebar).toContainText(SAMPLE_CENTER.name);
});
