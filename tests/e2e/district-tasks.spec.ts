import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';

/*
 * 区级任务 on a desk with no center: the screen is in the menu and on Alt+0, and says where to connect.
 * The publish → claim → complete flow between two desks is district-tasks-flow.spec.ts.
 */
test('区级任务 without a center says to connect one in 设置 → 同步, and takes the desk there', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);

  await app.goTo('区级任务');
  await expect(page.getByText('在 设置 → 同步 中连接中心后，这里显示中心下发的任务')).toBeVisible();
  await expectNoSeriousAxe(page, '区级任务');

  await page.getByRole('button', { name: '前往设置' }).click();
  await app.expectScreen('设置');

  await page.keyboard.press('Alt+0');
  await app.expectScreen('区级任务');
});
