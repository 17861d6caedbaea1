import { dateKey } from '@shared/time/center-time';
import { replicateUp, startCenterWithSites, type CenterServer } from '../center/center-server';
import { GULOU_DISTRICT } from '../center/gulou-district';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectOnlyCheckpointMisses, recordNotFound, SyncSection } from './pages/sync-section';

let center: CenterServer;
test.beforeAll(async () => {
  center = await startCenterWithSites(GULOU_DISTRICT);
});
test.afterAll(() => center?.stop());

/** A desk set up and connected to its site's database on the stand-in center. */
async function connectedDesk(app: DeskApp, db: string, username: string, password: string, deskCode: string) {
  const missing = recordNotFound(app.page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  await new SyncSection(app.page).connect({
    url: `${center.url}/${db}`,
    deskName: '前台',
    deskCode,
    username,
    password,
  });
  await app.goTo('区级任务');
  return missing;
}

test('a task the 中心 publishes reaches the chosen 所, is claimed and completed there, and the 中心 sees it done', async ({
  page,
  browser,
}) => {
  const gulou = new DeskApp(page);
  const gulouMissing = await connectedDesk(gulou, 'center-gulou', 'gulou-qiantai', 'gulou-pw-1', 'A');
  const form = page.getByRole('form', { name: '发布任务' });
  await form.getByRole('button', { name: '发布任务' }).click();
  await expect(form).toContainText('至少选择一个所或站');
  await form.getByLabel('标题').fill('重阳节敬老活动');
  await form.getByLabel('内容').fill('走访辖区独居老人');
  await form.getByLabel('截止日期').fill(dateKey(Date.now() + 7 * 86_400_000));
  await form.getByLabel('截止日期').press('Enter');
  await form.getByRole('checkbox', { name: '东街所（所）' }).check();
  await form.getByRole('button', { name: '发布任务' }).click();
  const published = page.getByRole('region', { name: /已发布的任务/ });
  await expect(published).toContainText('重阳节敬老活动');
  await expect(published).toContainText('未领取');
  await expectNoSeriousAxe(page, '区级任务（中心）');

  // 东街所's desk, in a browser profile of its own.
  const other = await browser.newContext();
  const dongjie = new DeskApp(await other.newPage());
  const dongjieMissing = await connectedDesk(dongjie, 'suo-dongjie', 'dongjie-qiantai', 'dongjie-pw-1', 'B');
  const mine = dongjie.page.getByRole('region', { name: /我的任务/ });
  await expect(mine).toContainText('重阳节敬老活动');
  await mine.getByRole('button', { name: '领取：重阳节敬老活动' }).click();
  await mine.getByRole('button', { name: '完成：重阳节敬老活动' }).click();
  const done = dongjie.page.getByRole('dialog', { name: '完成任务：重阳节敬老活动' });
  await done.getByLabel('活动场次').fill('2');
  await done.getByLabel('服务人次').fill('45');
  await done.getByLabel(/志愿服务时长/).fill('360');
  await done.getByRole('button', { name: '报完成' }).click();
  await expect(done).toBeHidden();
  await expect(mine).toContainText('已完成');
  await expectNoSeriousAxe(dongjie.page, '区级任务（所）');
  expectOnlyCheckpointMisses(dongjie.errors, dongjieMissing);
  await other.close();

  // The server's replicator carries the 所's claim up to the district database.
  await replicateUp(center, ['suo-dongjie'], 'district-gulou', 'claims:');
  await published.getByRole('button', { name: '刷新' }).click();
  await expect(published).toContainText('已完成');
  await expect(published).toContainText('45');
  expectOnlyCheckpointMisses(gulou.errors, gulouMissing);
});
