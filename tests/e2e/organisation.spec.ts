import { makeIdNumber } from '../../shared/identity/id-card';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { VolunteersPage } from './pages/volunteers';

test.describe('岗位 and 所/站 in 设置', () => {
  test('adds a post in 设置 and signs a volunteer in for it by keyboard', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    const vols = new VolunteersPage(page);
    await app.goTo('志愿者');
    const id = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 321 });
    const number = await vols.register({ name: '钱七', idNumber: id, phone: '13812345670' });

    await app.goTo('设置');
    const posts = page.getByRole('region', { name: '志愿服务岗位' });
    await expect(posts.getByRole('textbox', { name: '岗位 12' })).toHaveValue('疫情常态防控');
    await posts.getByRole('button', { name: '添加岗位' }).click();
    await posts.getByRole('textbox', { name: '岗位 13' }).fill('社区党建引领');
    await expect(posts.getByText('岗位“社区党建引领”重复了')).toBeVisible();
    await posts.getByRole('textbox', { name: '岗位 13' }).fill('前台引导');
    await posts.getByRole('button', { name: '保存岗位' }).click();
    await expect(page.getByText('岗位已保存，签到时可从中选择')).toBeVisible();

    await app.goTo('志愿者');
    await vols.openSignIn();
    const post = page.getByRole('combobox', { name: '岗位' });
    await post.focus();
    await page.keyboard.type('前台');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /正在服务/ }).click();
    await vols.scan(number);
    await expect(vols.status).toContainText(`钱七（${number}）已签到`);
    await expect(page.getByRole('row', { name: /钱七/ })).toContainText('前台引导岗位服务');
    expect(app.errors).toEqual([]);
  });

  test('keeps a 所 that still has a 站 under it, and saves the 站 under its 所', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await app.goTo('设置');
    const stations = page.getByRole('region', { name: '所属所/站' });
    await expect(stations.getByText(/还没有登记所\/站/)).toBeVisible();
    await stations.getByRole('button', { name: '添加所' }).click();
    await stations.getByRole('textbox', { name: '所 1 名称' }).fill('东街街道新时代文明实践所');
    await stations.getByRole('button', { name: '添加站' }).click();
    await expect(stations.getByText('请填写名称')).toHaveCount(0);
    await stations.getByRole('button', { name: '保存所/站' }).click();
    await expect(stations.getByText('请填写名称')).toBeVisible();
    await stations.getByRole('textbox', { name: '站 2 名称' }).fill('三坊七巷社区新时代文明实践站');
    await stations.getByRole('combobox', { name: '隶属' }).last().focus();
    await page.keyboard.type('东街');
    await page.keyboard.press('Enter');
    await stations.getByRole('button', { name: '删除所“东街街道新时代文明实践所”' }).click();
    await expect(stations.getByRole('alert')).toHaveText(
      '“东街街道新时代文明实践所”下还有 1 个站，请先调整或删除这些站',
    );
    await stations.getByRole('button', { name: '保存所/站' }).click();
    await expect(page.getByText('所/站已保存')).toBeVisible();
    await page.reload();
    await app.expectScreen('设置');
    await expect(stations.getByRole('textbox', { name: '站 2 名称' })).toHaveValue(
      '三坊七巷社区新时代文明实践站',
    );
    await expect(stations.getByText('东街街道新时代文明实践所').last()).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});

test.describe('志愿服务队', () => {
  test('makes a sub-team, merges a team into another after asking, and restores it with its members', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    await app.goTo('志愿者');
    await page.getByRole('tab', { name: '志愿服务队' }).click();
    const row = (name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    const sizeOf = async (name: string) => {
      const cell = row(name).getByRole('cell').last();
      await expect(cell).toHaveText(/^\d+$/);
      return Number(await cell.innerText());
    };
    const before = await sizeOf('文化文艺志愿服务队');
    const moving = await sizeOf('环境保护志愿服务队');
    expect(moving).toBeGreaterThan(0);

    await row('环境保护志愿服务队').getByRole('button', { name: '展开行' }).click();
    const parent = page.getByRole('combobox', { name: '上级队伍' });
    await parent.focus();
    await page.keyboard.type('理论');
    await page.keyboard.press('Enter');
    await expect(row('环境保护志愿服务队').getByRole('cell').nth(2)).toHaveText('理论宣讲志愿服务队');

    const into = page.getByRole('combobox', { name: '并入队伍' });
    await into.focus();
    await page.keyboard.type('文化');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '合并…' }).click();
    const confirm = page.getByRole('dialog', { name: '把“环境保护志愿服务队”并入“文化文艺志愿服务队”？' });
    await expect(confirm).toContainText(`${moving} 名队员`);
    await confirm.getByRole('button', { name: '合并' }).click();
    const retired = page.getByRole('region', { name: '已撤销的队伍' });
    await expect(retired).toContainText('环境保护志愿服务队（已并入“文化文艺志愿服务队”）');
    await expect(row('环境保护志愿服务队')).toHaveCount(0);
    await expect.poll(() => sizeOf('文化文艺志愿服务队')).toBeGreaterThan(before);

    await retired.getByRole('button', { name: '恢复' }).click();
    await expect(row('环境保护志愿服务队')).toBeVisible();
    await expect.poll(() => sizeOf('环境保护志愿服务队')).toBe(moving);
    await expect.poll(() => sizeOf('文化文艺志愿服务队')).toBe(before);
    expect(app.errors).toEqual([]);
  });
});
