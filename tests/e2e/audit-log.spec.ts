import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BackupSection } from './pages/backup-section';
import { AuditLogSection } from './pages/audit-log';
import { DEFAULT_ADMIN, DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { injectSeed } from './seed/seed';

/**
 * Behind the app's back: raw IndexedDB removes the entry numbered `seq` of the chain; returns its action.
 * Refuses the newest entry: the next write would take its number again and leave no gap to find.
 */
function deleteAuditEntry(page: Page, seq: number): Promise<string> {
  return page.evaluate(
    (n) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('practice-desk');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('auditLog', 'readwrite');
          const store = tx.objectStore('auditLog');
          const newest = store.index('seq').openCursor(null, 'prev');
          newest.onsuccess = () => {
            if (newest.result && Number(newest.result.key) > n) return;
            tx.abort();
            reject(new Error(`entry ${n} is the newest`));
          };
          const get = store.index('seq').get(n);
          get.onsuccess = () => {
            const row = get.result as { id: string; action: string };
            store.delete(row.id);
            tx.oncomplete = () => {
              open.result.close();
              resolve(row.action);
            };
          };
        };
      }),
    seq,
  );
}

test('shows who did what in Chinese, filters by kind, and reports an entry deleted behind its back', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  await page.evaluate(async () => {
    const repos = await window.deskSeed.repos();
    await repos.organisations.save(
      { name: '鼓楼区第一中学', type: '事业单位', contactName: '陈老师', phone: '13800000000', notes: '' },
      null,
    );
  });

  await app.goTo('设置');
  await app.field('中心名称').fill('鼓楼区东街文明实践所');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(app.sidebar).toContainText('鼓楼区东街文明实践所');

  const audit = new AuditLogSection(page);
  await expect(audit.rows.first()).toContainText('修改设置');
  await expect(audit.rows.first()).toContainText('设置：中心信息');
  await expect(audit.rows.first()).toContainText(DEFAULT_ADMIN.name);
  await expect(audit.region).toContainText('预约单位');
  await expect(audit.region).toContainText('测试种子');
  // Staff words only: no table names or setting keys.
  await expect(audit.region).not.toContainText(/centerProfile|organisations|settings/);

  await audit.filter('类别', '预约单位');
  await expect(audit.rows).toHaveCount(1);
  await expect(audit.rows.first()).toContainText('新建单位');
  await expect(audit.rows.first()).toContainText('测试种子');

  const intact = await audit.verify();
  await expect(intact).toContainText('操作记录校验通过');

  // Behind the app's back: raw IndexedDB removes the second entry of the chain.
  const removed = await deleteAuditEntry(page, 2);
  expect(removed).not.toBe('');

  const broken = await audit.verify();
  await expect(broken).toContainText('操作记录校验未通过');
  await expect(broken).toContainText(
    /第 1 条（\d{4}-\d{2}-\d{2} \d{2}:\d{2}，王管理：.+）之后少了 1 条记录，下一条是第 3 条/,
  );
  expect(app.errors).toEqual([]);
});

test('restores a backup whose log was cut, saying where before and keeping it in 操作记录 after', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  await app.field('中心名称').fill('鼓楼区东街文明实践所');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(app.sidebar).toContainText('鼓楼区东街文明实践所');

  // The save's own entry must be in the log before the cut: cutting the newest entry would leave no
  // gap, as the next write takes its number again.
  const audit = new AuditLogSection(page);
  await expect(audit.rows.first()).toContainText('修改设置');
  // The log was cut in the database before the backup was taken: backups are encrypted, so a cut can
  // only come in this way, and the backup carries it faithfully.
  expect(await deleteAuditEntry(page, 2)).not.toBe('');
  const backup = new BackupSection(page);
  const saved = await backup.saveBackup();
  await backup.chooseFile(await saved.path());
  await expect(backup.confirmDialog).toContainText('这份备份的操作记录校验未通过');
  await expect(backup.confirmDialog).toContainText('之后少了 1 条记录');
  const reloaded = page.waitForEvent('load');
  await backup.confirmDialog.getByRole('button', { name: '先保存当前数据，再恢复' }).click();
  await reloaded;
  await expect(app.sidebar).toContainText('鼓楼区东街文明实践所');

  await app.goTo('设置');
  await expect(audit.rows.first()).toContainText('从备份恢复');
  await expect(audit.rows.first()).toContainText('所恢复备份的操作记录校验未通过');
  await expect(await audit.verify()).toContainText('之后少了 1 条记录');
  expect(app.errors).toEqual([]);
});
