import { expect, test } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { DEFAULT_ADMIN, DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { LockScreen } from './pages/lock-screen';

/** Makes every automatic backup fail the way a full disk does; the rest of the origin storage works. */
function failAutomaticBackups(): void {
  const original = FileSystemDirectoryHandle.prototype.getFileHandle;
  FileSystemDirectoryHandle.prototype.getFileHandle = function (name, options) {
    if (name.startsWith('自动备份') && options?.create) {
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    return original.call(this, name, options);
  };
}

const alertOn = (app: DeskApp) => app.page.getByRole('main').getByRole('alert');

test('今日概览 warns, with a link to 设置 → 备份与恢复, when the last automatic backup failed', async ({
  page,
}) => {
  await page.addInitScript(failAutomaticBackups);
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  const alert = alertOn(app);
  await expect(alert).toContainText('自动备份失败');
  await expect(alert).toContainText('还没有成功的自动备份');
  await alert.getByRole('link', { name: '前往「设置 → 备份与恢复」' }).click();
  await app.expectScreen('设置');
  await expect(new BackupSection(page).region).toBeInViewport();
  expect(app.errors).toEqual([]);
});

test('今日概览 warns when the data changed and no automatic backup succeeded for over two hours', async ({
  page,
}) => {
  await page.clock.install();
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  const backups = new BackupSection(page);
  await expect(backups.automaticRows).toHaveCount(1);
  await app.field('中心名称').fill('改名后的文明实践站');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(app.sidebar).toContainText('改名后的文明实践站');
  // The next check sees the change (the half-hour interval has not passed, so no copy yet).
  await page.clock.runFor(5 * 60_000);
  await app.goTo('今日概览');
  await expect(alertOn(app)).toHaveCount(0);

  // The PC slept for three hours: no check ran, nothing was copied.
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 3 * 3_600_000);
  // Woken after three hours idle, the desk locks first.
  const lock = new LockScreen(page);
  await expect(lock.heading).toBeVisible();
  await lock.signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
  await app.goTo('场地预约');
  await app.goTo('今日概览');
  await expect(alertOn(app)).toContainText('已超过 2 小时没有成功的自动备份');
  await expect(alertOn(app)).toContainText('上次成功的自动备份在');
  expect(app.errors).toEqual([]);
});
