import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { VolunteersPage } from './pages/volunteers';

const adultId = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 123 });
const otherId = makeIdNumber({ addressCode: '350102', birthDate: '19920704', sequence: 77 });

async function start(page: Page): Promise<{ app: DeskApp; vols: VolunteersPage }> {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('志愿者');
  return { app, vols: new VolunteersPage(page) };
}

test.describe('志愿者 · 编辑与删除', () => {
  test('edits the phone: the profile shows the new number masked and the change in the history', async ({
    page,
  }) => {
    const { app, vols } = await start(page);
    await vols.register({ name: '张三丰', idNumber: adultId, phone: '13812345678' });
    await vols.openEdit('张三丰');
    // The stored phone stays masked in the form; 更改 opens an empty field for the new one.
    await expect(vols.field('手机号码')).toHaveValue('138****5678');
    await page.getByRole('button', { name: '更改手机号码' }).click();
    await expect(vols.field('手机号码')).toHaveValue('');
    await vols.field('手机号码').fill('1391234');
    await vols.field('社区/住址').fill('南营社区');
    await vols.save();
    await expect(page.getByText('手机号码应为11位')).toBeVisible();
    await expect(vols.field('社区/住址')).toHaveValue('南营社区');

    await vols.field('手机号码').fill('139 1234 1111');
    await vols.save();
    await expect(page.getByRole('heading', { name: '张三丰（ZYZ000001）' })).toBeVisible();
    // The profile's phone field (the history line below starts with its label instead).
    await expect(page.getByText(/^139\*{4}1111/)).toBeVisible();
    await expect(page.getByText(/^138\*{4}5678/)).toHaveCount(0);
    const history = page.getByRole('region', { name: '变更记录' });
    await expect(history).toContainText('修改志愿者信息');
    await expect(history).toContainText('手机号码：138****5678 → 139****1111');
    await expect(history).toContainText('社区/住址：（空） → 南营社区');
    expect(app.errors).toEqual([]);
  });

  test('refuses an ID number that belongs to someone else and keeps what was typed', async ({ page }) => {
    const { vols } = await start(page);
    await vols.register({ name: '李四', idNumber: adultId, phone: '13812345678' });
    await page
      .getByRole('link', { name: '返回名册' })
      .or(page.getByRole('link', { name: '志愿者' }))
      .first()
      .click();
    await vols.register({ name: '王五', idNumber: otherId, phone: '13900001111' });
    await vols.openEdit('王五');
    await vols.field('姓名').fill('王五一');
    await page.getByRole('button', { name: '更改证件号码' }).click();
    await vols.field('证件号码').fill(adultId);
    await expect(page.getByText(/该证件号码已登记：李四（ZYZ000001）/)).toBeVisible();
    await vols.save();
    await expect(vols.field('姓名')).toHaveValue('王五一');
    await expect(page.getByRole('heading', { name: /编辑志愿者/ })).toBeVisible();
  });

  test('corrects a name only with a stated reason, which the change history keeps', async ({ page }) => {
    const { app, vols } = await start(page);
    await vols.register({ name: '张三丰', idNumber: adultId, phone: '13812345678' });
    await vols.openEdit('张三丰');
    await vols.field('姓名').fill('张三峰');
    await vols.save();
    await expect(page.getByText('修改姓名或证件号码，请填写修改原因')).toBeVisible();
    await expect(vols.field('姓名')).toHaveValue('张三峰');
    await vols.field('修改原因').fill('本人申请更正，已核对身份证原件');
    await vols.save();
    await expect(page.getByRole('heading', { name: '张三峰（ZYZ000001）' })).toBeVisible();
    const history = page.getByRole('region', { name: '变更记录' });
    await expect(history).toContainText('（本人申请更正，已核对身份证原件）');
    await expect(history).toContainText('姓名：张三丰 → 张三峰');
    expect(app.errors).toEqual([]);
  });

  test('asks before discarding changes on 取消', async ({ page }) => {
    const { vols } = await start(page);
    await vols.register({ name: '赵六', idNumber: adultId, phone: '13812345678' });
    await vols.openEdit('赵六');
    await vols.field('工作单位或学校').fill('鼓楼区实验小学');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '放弃未保存的修改？' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '继续填写' }).click();
    await expect(vols.field('工作单位或学校')).toHaveValue('鼓楼区实验小学');
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page
      .getByRole('dialog', { name: '放弃未保存的修改？' })
      .getByRole('button', { name: '放弃' })
      .click();
    await expect(page.getByRole('heading', { name: '赵六（ZYZ000001）' })).toBeVisible();
    await expect(page.getByText('鼓楼区实验小学')).toHaveCount(0);
  });

  test('deletes after asking, undoes from the toast, and restores from 已删除', async ({ page }) => {
    const { app, vols } = await start(page);
    await vols.register({ name: '孙七', idNumber: adultId, phone: '13812345678' });
    await vols.deleteOnProfile('孙七');
    await expect(page.getByText('已删除 孙七。')).toBeVisible();
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByRole('heading', { name: '孙七（ZYZ000001）' })).toBeVisible();
    await expect(page.getByRole('button', { name: '编辑' })).toBeEnabled();
    // The undo's own 已恢复 message must be gone, so the one checked below is the restore's. It opened
    // under the pointer that clicked 撤销, and a hovered message stays: move the pointer off it first.
    await page.mouse.move(0, 0);
    await expect(page.getByText('已恢复 孙七')).toHaveCount(0);

    await vols.deleteOnProfile('孙七');
    await vols.search.fill('孙七');
    await expect(page.getByRole('status')).toHaveText('没有找到与“孙七”匹配的志愿者');
    await page.getByRole('tab', { name: '已删除' }).click();
    await page.getByRole('button', { name: '恢复 孙七' }).click();
    await expect(page.getByText('已恢复 孙七')).toBeVisible();
    await page.getByRole('tab', { name: '志愿者名册' }).click();
    await vols.search.fill('孙七');
    await expect(page.getByRole('link', { name: '孙七' })).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});
