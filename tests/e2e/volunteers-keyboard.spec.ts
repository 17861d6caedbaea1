import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { VolunteersPage } from './pages/volunteers';

const adultId = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 123 });
const otherId = makeIdNumber({ addressCode: '350102', birthDate: '19900808', sequence: 456 });

let app: DeskApp;
let vols: VolunteersPage;

test.beforeEach(async ({ page }) => {
  app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('志愿者');
  vols = new VolunteersPage(page);
});

test.afterEach(() => {
  expect(app.errors).toEqual([]);
});

test('tabbing through the empty registration form flags nothing until the first 登记', async ({ page }) => {
  await vols.openRegistration();
  await vols.field('姓名').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByText('请填写姓名')).toHaveCount(0);
  await expect(page.locator('.ant-form-item-has-error')).toHaveCount(0);
  // A wrong value is still flagged as soon as the field is left.
  await vols.field('证件号码').fill(adultId.slice(0, 17));
  await vols.field('手机号码').focus();
  await expect(page.getByText('身份证号码应为18位，当前为17位')).toBeVisible();
  await expect(page.getByText('请填写姓名')).toHaveCount(0);
  await vols.submit();
  await expect(page.getByText('请填写姓名')).toBeVisible();
});

test('Enter on a name that finds one volunteer signs that volunteer in', async ({ page }) => {
  const number = await vols.register({ name: '欧阳晓峰', idNumber: adultId, phone: '13812345678' });
  await vols.openSignIn();
  const input = vols.field('扫码或输入志愿者编号');
  await input.fill('欧阳晓峰');
  await input.press('Enter');
  await expect(vols.status).toContainText(`欧阳晓峰（${number}）已签到`);
  await expect(page.getByRole('heading', { name: '正在服务（1 人）' })).toBeVisible();
});

test('a card scanned as 签到签退 opens signs that volunteer in, not refused while the page loads', async ({
  page,
}) => {
  const number = await vols.register({ name: '孙八', idNumber: adultId, phone: '13812345678' });
  await vols.openSignInScanning(number);
  await expect(vols.status).toContainText(`孙八（${number}）已签到`);
  await expect(page.getByRole('heading', { name: '正在服务（1 人）' })).toBeVisible();
  await expect(page.getByText('请先选择签到事项')).toHaveCount(0);
});

/** Registers 孙八 and 周九 and opens 签到签退; returns their numbers. */
async function twoAtSignIn(): Promise<[string, string]> {
  const first = await vols.register({ name: '孙八', idNumber: adultId, phone: '13812345678' });
  await app.goTo('志愿者');
  const second = await vols.register({ name: '周九', idNumber: otherId, phone: '13900001111' });
  await vols.openSignIn();
  return [first, second];
}

test('a card read at typing pace while a 签退 button has focus signs that volunteer in and nobody out', async ({
  page,
}) => {
  const [first, second] = await twoAtSignIn();
  const input = vols.field('扫码或输入志愿者编号');
  await input.fill(first);
  await input.press('Enter');
  await expect(vols.status).toContainText(`孙八（${first}）已签到`);
  // A scanner the PC stalled more than once: its keys arrive as a person's would. They are real key
  // presses, so the Enter would also press the focused button if the page let it.
  await page.getByRole('button', { name: '签退 孙八' }).focus();
  await page.keyboard.type(second, { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(vols.status).toContainText(`周九（${second}）已签到`);
  await expect(page.getByRole('heading', { name: '正在服务（2 人）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '签退 孙八' })).toBeVisible();
});

test('cards read while focus is still in the 签到事项 picker sign in for the 岗位 just chosen', async ({
  page,
}) => {
  const [number, other] = await twoAtSignIn();
  const post = page.getByRole('combobox', { name: '岗位' });
  await post.focus();
  await page.keyboard.type('疫情');
  await page.keyboard.press('Enter');
  await expect(post).toBeFocused();
  // Read at typing pace (a stalled scanner) into the 岗位 search box.
  await page.keyboard.type(number, { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(vols.status).toContainText(`孙八（${number}）已签到`);
  await expect(page.getByRole('row', { name: /孙八/ })).toContainText('疫情常态防控岗位服务');
  // The code went into the picker's search box: it is gone from there, and the 岗位 stays chosen.
  await expect(post).toHaveValue('');
  await expect(vols.field('扫码或输入志愿者编号')).toBeFocused();
  await expect(page.getByText('疫情常态防控', { exact: true })).toBeVisible();
  // A scanner's burst with focus on the 签到事项 radios.
  await page.getByRole('radio', { name: '岗位' }).focus();
  await vols.scan(other);
  await expect(vols.status).toContainText(`周九（${other}）已签到`);
  await expect(page.getByRole('row', { name: /周九/ })).toContainText('疫情常态防控岗位服务');
});
