import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { DEFAULT_ADMIN, DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { LockScreen } from './pages/lock-screen';
import { VolunteersPage } from './pages/volunteers';

const adultId = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 123 });

test('sets the real sign-out time of a forgotten sign-out, with a reason, and credits the time served', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-30T09:00:00+08:00') });
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('志愿者');
  const vols = new VolunteersPage(page);
  const number = await vols.register({ name: '孙八', idNumber: adultId, phone: '13812345678' });
  await vols.openSignIn();
  await page.getByRole('heading', { name: /正在服务/ }).click();
  await vols.scan(number);
  await expect(page.getByRole('heading', { name: '正在服务（1 人）' })).toBeVisible();

  // The next morning: the sign-out was forgotten and the clock closed it at the 8-hour limit.
  await page.clock.fastForward('24:00:00');
  await new LockScreen(page).signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
  await app.goTo('志愿者');
  await page.getByRole('tab', { name: /待确认记录/ }).click();
  const row = page.getByRole('row').filter({ hasText: '孙八' });
  await expect(row).toContainText('自动签退待核实');
  await expect(row).toContainText('8 小时');
  await row.getByRole('button', { name: '改签退时间' }).click();
  const dialog = page.getByRole('dialog', { name: '更正签退时间' });
  await dialog.getByLabel('签退时间').fill('12:30');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请填写更正原因');
  await dialog.getByLabel('更正原因').fill('本人来电确认中午离开');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('签退时间已改为 12:30，时长已重新计算')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '孙八' })).toHaveCount(0);

  await page.getByRole('tab', { name: '名册' }).click();
  await vols.search.fill(number);
  await page.getByRole('link', { name: '孙八' }).click();
  const record = page.getByRole('row').filter({ hasText: '09:00–12:30' });
  await expect(record).toContainText('已确认');
  await expect(record).not.toContainText('8 小时');
  expect(app.errors).toEqual([]);
});
