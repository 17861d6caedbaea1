import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { DEFAULT_ADMIN, DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { LockScreen } from './pages/lock-screen';
import { VolunteersPage } from './pages/volunteers';

const adultId = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 123 });

async function start(page: Page): Promise<{ app: DeskApp; vols: VolunteersPage }> {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('志愿者');
  return { app, vols: new VolunteersPage(page) };
}

test.describe('志愿者', () => {
  test('registers a walk-in with birth date and gender taken from the ID number', async ({ page }) => {
    const { app, vols } = await start(page);
    await vols.openRegistration();
    await vols.field('姓名').fill('张三丰');
    await vols.field('证件号码').fill(adultId.slice(0, 17));
    await vols.field('手机号码').click();
    await expect(page.getByText('身份证号码应为18位，当前为17位')).toBeVisible();
    await vols.field('证件号码').fill(`${adultId.slice(0, 6)} ${adultId.slice(6)}`);
    await expect(page.getByText('出生日期 1988-03-15 · 性别 男')).toBeVisible();
    await vols.fillWalkIn({ name: '张三丰', idNumber: adultId, phone: '138 1234 5678' });
    await vols.submit();
    await expect(page.getByRole('heading', { name: '张三丰（ZYZ000001）' })).toBeVisible();
    // Masked: the first 6 and last 4 characters, never the birth date or the whole number.
    const idCell = page.getByRole('cell', { name: /^居民身份证/ });
    await expect(idCell).toContainText(`${adultId.slice(0, 6)}********${adultId.slice(-4)}`);
    await expect(page.getByRole('cell', { name: /^手机号码/ })).toContainText('138****5678');
    await expect(page.locator('body')).not.toContainText(adultId);
    await expect(page.locator('body')).not.toContainText('19880315');
    expect(app.errors).toEqual([]);
  });

  test('blocks a duplicate ID number and opens the existing volunteer', async ({ page }) => {
    const { vols } = await start(page);
    await vols.register({ name: '李四', idNumber: adultId, phone: '13812345678' });
    await page
      .getByRole('link', { name: '返回名册' })
      .or(page.getByRole('navigation').getByRole('link', { name: '志愿者' }))
      .first()
      .click();
    await vols.openRegistration();
    await vols.fillWalkIn({ name: '李四四', idNumber: adultId.toLowerCase(), phone: '13900001111' });
    await expect(page.getByText(/该证件号码已登记：李四（ZYZ000001）/)).toBeVisible();
    await vols.submit();
    await expect(vols.field('姓名')).toHaveValue('李四四');
    await page.getByRole('button', { name: '打开已登记的志愿者' }).click();
    await expect(page.getByRole('heading', { name: '李四（ZYZ000001）' })).toBeVisible();
  });

  test('registers a minor only with a guardian', async ({ page }) => {
    const { vols } = await start(page);
    const minorId = makeIdNumber({ addressCode: '350102', birthDate: '20130601', sequence: 42 });
    await vols.openRegistration();
    await vols.fillWalkIn({ name: '王小明', idNumber: minorId, phone: '13712345678' });
    await vols.submit();
    await expect(page.getByText('未满18周岁，请填写监护人姓名')).toBeVisible();
    await expect(page.getByText('未满14周岁，须取得监护人同意')).toBeVisible();
    await vols.field('监护人姓名').fill('王大明');
    await vols.field('与本人关系').fill('父亲');
    await vols.field('监护人电话').fill('13612345678');
    await page.getByRole('checkbox', { name: '监护人已同意本人注册并参加志愿服务' }).check();
    await vols.submit();
    await expect(page.getByRole('heading', { name: '王小明（ZYZ000001）' })).toBeVisible();
    await expect(page.getByText(/王大明（父亲，136\*\*\*\*5678），已同意/)).toBeVisible();
  });

  test('finds a volunteer by pinyin initials', async ({ page }) => {
    const { app, vols } = await start(page);
    await vols.register({ name: '张三丰', idNumber: adultId, phone: '13812345678' });
    await app.goTo('志愿者');
    await vols.search.fill('zsf');
    await expect(page.getByRole('status')).toHaveText('找到 1 位志愿者');
    await expect(page.getByRole('link', { name: '张三丰' })).toBeVisible();
  });

  test('pages the roster to the end and back in number order', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    await app.goTo('志愿者');
    const pager = page.getByRole('navigation', { name: '名册翻页' });
    const firstNumber = page.getByRole('row').nth(1).getByRole('cell').first();
    await expect(pager).toContainText('第 1 / 10 页');
    await expect(firstNumber).toHaveText('ZYZ000001');
    await pager.getByRole('button', { name: '末页' }).click();
    await expect(pager).toContainText('第 10 / 10 页');
    await expect(firstNumber).toHaveText('ZYZ000181');
    await expect(page.getByRole('row').last()).toContainText('ZYZ000200');
    await pager.getByRole('button', { name: '上一页' }).click();
    await expect(pager).toContainText('第 9 / 10 页');
    await expect(firstNumber).toHaveText('ZYZ000161');
    await pager.getByRole('button', { name: '下一页' }).press('Enter');
    await expect(firstNumber).toHaveText('ZYZ000181');
    await expect(pager.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  test('finds a volunteer by the given name alone, after a two-character surname too', async ({ page }) => {
    const { app, vols } = await start(page);
    await vols.register({ name: '欧阳晓峰', idNumber: adultId, phone: '13812345678' });
    await app.goTo('志愿者');
    await vols.search.fill('晓峰');
    await expect(page.getByRole('status')).toHaveText('找到 1 位志愿者');
    await expect(page.getByRole('link', { name: '欧阳晓峰' })).toBeVisible();
    await vols.search.fill('xiaofeng');
    await expect(page.getByRole('link', { name: '欧阳晓峰' })).toBeVisible();
  });

  test('signs in by a card scan, signs out by the next scan and shows the confirmed hours', async ({
    page,
  }) => {
    await page.clock.install();
    const { app, vols } = await start(page);
    const number = await vols.register({ name: '赵六', idNumber: adultId, phone: '13812345678' });
    await vols.openSignIn();
    await page.getByRole('heading', { name: /正在服务/ }).click();
    await vols.scan('ZYZ999999');
    await expect(vols.status).toHaveText('未找到编号为“ZYZ999999”的志愿者，未做任何更改');
    await vols.scan(number);
    await expect(vols.status).toContainText(`赵六（${number}）已签到`);
    await expect(page.getByRole('heading', { name: '正在服务（1 人）' })).toBeVisible();
    // The card read twice at once: the second read changes nothing, and says so.
    await page.clock.fastForward(400);
    await vols.scan(number);
    await expect(vols.status).toContainText('重复扫码已忽略，未做任何更改');
    await expect(page.getByRole('heading', { name: '正在服务（1 人）' })).toBeVisible();

    await page.clock.fastForward('02:10:00');
    // Two hours untouched: the desk locked itself meanwhile.
    await new LockScreen(page).signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
    await page.getByRole('heading', { name: /正在服务/ }).click();
    await vols.scan(number);
    await expect(vols.status).toContainText(`赵六（${number}）已签退，本次计入 2 小时（已确认）`);
    await expect(page.getByRole('heading', { name: '正在服务（0 人）' })).toBeVisible();

    await page.getByRole('link', { name: '返回名册' }).click();
    await vols.search.fill(number);
    await page.getByRole('link', { name: '赵六' }).click();
    await expect(page.getByText('累计服务时长')).toBeVisible();
    await expect(page.getByRole('row', { name: /已确认/ })).toContainText('2 小时');
    expect(app.errors).toEqual([]);
  });

  test("closes last night's forgotten sign-out on its own, so 今日概览 and the sign-in page agree", async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-30T18:00:00+08:00') });
    const { app, vols } = await start(page);
    const number = await vols.register({ name: '钱七', idNumber: adultId, phone: '13812345678' });
    await vols.openSignIn();
    await page.getByRole('heading', { name: /正在服务/ }).click();
    await vols.scan(number);
    await expect(page.getByRole('heading', { name: '正在服务（1 人）' })).toBeVisible();

    await app.goTo('今日概览');
    const onDuty = page.getByRole('group', { name: '在岗志愿者' });
    await expect(onDuty).toContainText('1人');
    // Next morning, 08:30: nobody opened the sign-in page overnight.
    await page.clock.fastForward('14:30:00');
    // Overnight the desk locked itself; the morning shift signs in.
    await new LockScreen(page).signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
    await expect(onDuty).toContainText('0人');
    await app.goTo('志愿者');
    await vols.openSignIn();
    await expect(page.getByRole('heading', { name: '正在服务（0 人）' })).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});
