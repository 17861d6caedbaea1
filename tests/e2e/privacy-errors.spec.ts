import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { VolunteersPage } from './pages/volunteers';
import { injectSeed } from './seed/seed';

const ID = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 321 });
const OTHER_ID = makeIdNumber({ addressCode: '350102', birthDate: '19920704', sequence: 77 });
const HOUR = 3600_000;

/** Two volunteers with confirmed hours this month (seeded: the test is about erasure, not sign-in). */
async function seedVolunteers(page: Page): Promise<{ id: string; no: string }> {
  await injectSeed(page);
  return page.evaluate(
    async ({ id, otherId, hour }) => {
      const repos = await window.deskSeed.repos();
      const v = await window.deskSeed.volunteer({ name: '欧阳娜娜', idNumber: id, phone: '13866661234' });
      const w = await window.deskSeed.volunteer({ name: '陈明', idNumber: otherId, phone: '13800000005' });
      // Early today: inside this month's period whatever the day.
      const start = new Date();
      start.setHours(0, 5, 0, 0);
      for (const [who, hours] of [
        [v.id, 3],
        [w.id, 2],
      ] as const) {
        const r = await repos.serviceRecords.addPast(who, {
          activityId: null,
          bookingId: null,
          post: null,
          projectName: '文明实践中心日常值班',
          place: '中心大厅',
          serviceObject: '来访群众',
          content: '咨询引导',
          leader: '',
          evaluation: '',
          signInAt: start.getTime(),
          signOutAt: start.getTime() + hours * hour,
          reason: '补录',
        });
        await repos.serviceRecords.confirm(r.id);
      }
      return { id: v.id, no: v.volunteerNo };
    },
    { id: ID, otherId: OTHER_ID, hour: HOUR },
  );
}

async function reportFigures(app: DeskApp): Promise<string[]> {
  await app.goTo('统计报表');
  const names = ['志愿服务人次', '志愿服务时长（小时）', '参与志愿者'];
  const cards = names.map((n) => app.page.getByRole('group', { name: n }));
  for (const card of cards) await expect(card).toContainText(/\d/);
  return Promise.all(cards.map((c) => c.innerText()));
}

test.describe('个人信息注销与出错时的页面', () => {
  test('anonymises a volunteer after two confirmations; the statistics stay the same', async ({ page }) => {
    const app = new DeskApp(page);
    const vols = new VolunteersPage(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    const { id, no } = await seedVolunteers(page);
    const before = await reportFigures(app);
    expect(before[1]).toContain('5');

    await page.goto(`/#/volunteers/${id}`);
    await expect(page.getByRole('heading', { name: `欧阳娜娜（${no}）` })).toBeVisible();
    await page.getByRole('button', { name: '注销并匿名化' }).click();
    const first = page.getByRole('dialog', { name: /注销并匿名化 欧阳娜娜/ });
    await expect(first).toContainText('此操作不能撤销');
    await first.getByRole('button', { name: '继续' }).click();
    const second = page.getByRole('dialog', { name: '再次确认：注销并匿名化' });
    const go = second.getByRole('button', { name: '注销并清除个人信息' });
    await expect(go).toBeDisabled();
    await second.getByLabel('志愿者编号').fill('ZYZ999999');
    await expect(go).toBeDisabled();
    await second.getByLabel('志愿者编号').fill(no.toLowerCase());
    await go.click();

    await expect(page.getByRole('heading', { name: `已注销志愿者 ${no}`, exact: true })).toBeVisible();
    await expect(page.getByText('138****1234')).toHaveCount(0);
    await expect(page.getByText(/已于 .* 注销，个人信息已清除/)).toBeVisible();
    await expect(page.getByText('欧阳娜娜')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '显示完整证件号码' })).toHaveCount(0);
    await expect(page.getByText('累计服务时长')).toBeVisible();
    await expect(page.getByRole('region', { name: '变更记录' })).toContainText('注销并匿名化志愿者');

    await app.goTo('志愿者');
    await vols.search.fill('欧阳娜娜');
    await expect(page.getByText('没有找到与“欧阳娜娜”匹配的志愿者')).toBeVisible();
    await vols.search.fill('1234');
    await expect(page.getByText('没有找到与“1234”匹配的志愿者')).toBeVisible();

    expect(await reportFigures(app)).toEqual(before);
    expect(app.errors).toEqual([]);
  });

  test('a screen that fails to render shows a Chinese message; the other screens stay usable', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    const { id } = await seedVolunteers(page);
    // A row damaged behind the app's back (a field of the wrong kind) makes the profile throw.
    await page.evaluate(
      (vid) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('practice-desk');
          open.onerror = () => reject(new Error('open'));
          open.onsuccess = () => {
            const tx = open.result.transaction('volunteers', 'readwrite');
            const store = tx.objectStore('volunteers');
            const get = store.get(vid);
            get.onsuccess = () => store.put({ ...get.result, skills: null });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      id,
    );
    await page.goto(`/#/volunteers/${id}`);
    await expect(page.getByText('「志愿者」页面出现错误，没有能显示')).toBeVisible();
    await expect(page.getByText('已保存的数据没有受影响')).toBeVisible();
    await expect(page.getByText(/Cannot read|TypeError|null/)).toHaveCount(0);
    await page.getByRole('button', { name: '重新加载此页面' }).click();
    await expect(page.getByText('「志愿者」页面出现错误，没有能显示')).toBeVisible();

    await app.goTo('统计报表');
    await expect(page.getByRole('group', { name: '志愿服务时长（小时）' })).toContainText('5');
    await app.goTo('志愿者');
    await expect(new VolunteersPage(page).search).toBeVisible();
    await expect(page.getByRole('link', { name: '陈明' })).toBeVisible();
    // The failure was logged for whoever reads the log.
    expect(app.errors.some((e) => e.includes('「志愿者」页面出错'))).toBe(true);
  });
});
