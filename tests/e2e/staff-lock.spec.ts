import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { AuditLogSection } from './pages/audit-log';
import { DEFAULT_ADMIN, DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { LockScreen } from './pages/lock-screen';
import { injectSeed } from './seed/seed';

const ID = makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 321 });
const PHONE = '13866661234';
const NAME = '欧阳娜娜';
const CLERK = { name: '张三', pin: '1357' };

/** One volunteer with a known name, phone and ID number (seeded: the tests are about staff, not registration). */
async function seedVolunteer(page: Page): Promise<{ id: string; no: string }> {
  await injectSeed(page);
  return page.evaluate(
    async ({ name, idNumber, phone }) => {
      const v = await window.deskSeed.volunteer({ name, idNumber, phone });
      return { id: v.id, no: v.volunteerNo };
    },
    { name: NAME, idNumber: ID, phone: PHONE },
  );
}

function staffSection(page: Page) {
  return page.getByRole('region', { name: '人员与权限' });
}

async function addClerk(app: DeskApp): Promise<void> {
  await app.goTo('设置');
  await staffSection(app.page).getByRole('button', { name: '添加工作人员' }).click();
  const dialog = app.page.getByRole('dialog', { name: '添加工作人员' });
  await dialog.getByLabel('姓名', { exact: true }).fill(CLERK.name);
  await expect(dialog.getByRole('radio', { name: '前台' })).toBeChecked();
  await dialog.getByLabel('设置 PIN', { exact: true }).fill(CLERK.pin);
  await dialog.getByLabel('再次输入 PIN', { exact: true }).fill(CLERK.pin);
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(staffSection(app.page).getByRole('row', { name: /张三 前台/ })).toBeVisible();
}

test('first run sets the 管理员; a 前台 signs in after 切换用户, is logged by name and cannot change settings or restore', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await expect(app.setupHeading).toBeVisible();
  await app.fillCenterProfile(SAMPLE_CENTER);
  await expect(page.getByText('4–8 位数字，用于登录和解锁')).toBeVisible();
  await app.fillFirstAdmin({ name: DEFAULT_ADMIN.name, pin: '12' });
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('PIN 须为4–8 位数字')).toBeVisible();
  await app.completeSetup(SAMPLE_CENTER, false);
  await expect(page.getByRole('banner')).toContainText(`当前：${DEFAULT_ADMIN.name}`);

  await addClerk(app);
  const { id, no } = await seedVolunteer(page);

  await page.getByRole('button', { name: '切换用户' }).click();
  const lock = new LockScreen(page);
  await expect(lock.heading).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_CENTER.name })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await lock.signIn(CLERK.name, CLERK.pin);
  await expect(page.getByRole('banner')).toContainText(`当前：${CLERK.name}`);

  // A write by the 前台 (revealing a phone is logged) names 张三, not the role.
  await page.goto(`/#/volunteers/${id}`);
  await expect(page.getByRole('heading', { name: `${NAME}（${no}）` })).toBeVisible();
  await expect(page.getByRole('button', { name: '显示完整证件号码' })).toBeDisabled();
  await expect(page.getByText('仅管理员可以查看完整证件号码')).toBeVisible();
  await page.getByRole('button', { name: '显示完整手机号码' }).click();
  await expect(page.getByText(PHONE)).toBeVisible();

  await app.goTo('设置');
  const audit = new AuditLogSection(page);
  await expect(audit.rows.first()).toContainText(CLERK.name);
  await expect(audit.rows.first()).toContainText('志愿者');
  await expect(audit.region).toContainText('登录');
  await expect(audit.region).toContainText('切换用户');

  // Admin-only: the staff list is not shown, settings and restore are greyed out with the reason.
  await expect(staffSection(page)).toContainText('仅管理员可以管理工作人员和权限');
  await expect(staffSection(page).getByRole('button', { name: '添加工作人员' })).toHaveCount(0);
  const backup = page.getByRole('region', { name: '备份与恢复' });
  await expect(backup).toContainText('仅管理员可以恢复备份');
  await expect(backup.getByRole('button', { name: '从备份恢复…' })).toBeDisabled();
  await expect(backup.getByRole('button', { name: '备份数据' })).toBeDisabled();
  await expect(app.field('中心名称')).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
  expect(app.errors).toEqual([]);
});

test('five wrong PINs make sign-in wait, the wait grows with each further one and survives a reload', async ({
  page,
}) => {
  await page.clock.install();
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await page.getByRole('button', { name: '切换用户' }).click();
  const lock = new LockScreen(page);
  for (let i = 1; i <= 4; i += 1) {
    await lock.tryPin(DEFAULT_ADMIN.name, '000000');
    await expect(lock.notice).toContainText(`PIN 不正确，再错 ${5 - i} 次需要等待后才能重试`);
  }
  await lock.tryPin(DEFAULT_ADMIN.name, '000000');
  // The wait counts down as it is read: 30 s, give or take what a slow machine takes to look.
  await expect(lock.notice).toContainText(/PIN 已连续输错 5 次，请等待 (30|[12]\d) 秒后再试/);
  await expect(lock.unlockButton).toBeDisabled();
  await expect(lock.pin).toBeDisabled();

  await page.clock.fastForward('00:31');
  await expect(lock.unlockButton).toBeEnabled();
  await lock.tryPin(DEFAULT_ADMIN.name, '111111');
  // Longer than the first wait ever was.
  await expect(lock.notice).toContainText(/PIN 已连续输错 6 次，请等待 (1 分钟|(3[1-9]|[45]\d) 秒)后再试/);

  // The count and the wait are stored: a reload does not give a fresh set of tries.
  await page.reload();
  await expect(lock.heading).toBeVisible();
  await expect(lock.notice).toContainText(/PIN 已连续输错 6 次，请等待 (1 分钟|\d+ 秒)后再试/);
  await expect(lock.unlockButton).toBeDisabled();

  await page.clock.fastForward('01:01');
  await lock.signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
  await app.expectScreen('今日概览');
  await app.goTo('设置');
  await expect(new AuditLogSection(page).region).toContainText('PIN 输入错误');
  expect(app.errors).toEqual([]);
});

test('idle for the set minutes, or woken from sleep, the desk locks and no personal field is left in the page', async ({
  page,
}) => {
  await page.clock.install();
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  await staffSection(page).getByLabel('无操作自动锁定（分钟）').fill('3');
  await staffSection(page).getByRole('button', { name: '保存锁定时间' }).click();
  await expect(page.getByText('自动锁定时间已保存')).toBeVisible();

  const { id, no } = await seedVolunteer(page);
  await page.goto(`/#/volunteers/${id}`);
  await expect(page.getByRole('heading', { name: `${NAME}（${no}）` })).toBeVisible();
  await page.getByRole('button', { name: '显示完整证件号码' }).click();
  await page.getByRole('button', { name: '显示完整手机号码' }).click();
  await expect(page.getByText(ID)).toBeVisible();
  await expect(page.getByText(PHONE)).toBeVisible();

  const lock = new LockScreen(page);
  await page.clock.fastForward('02:50');
  await expect(page.getByText(ID)).toBeVisible();
  await page.clock.fastForward('00:15');
  await expect(lock.heading).toBeVisible();
  const html = await page.content();
  for (const personal of [NAME, no, ID, PHONE, ID.slice(-4), '鼓楼区三坊七巷'])
    expect(html).not.toContain(personal);

  // The PC slept for an hour: timers did not run, the wall clock moved on; the desk locks when it wakes.
  await lock.signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
  await expect(page.getByRole('heading', { name: `${NAME}（${no}）` })).toBeVisible();
  // Far enough ahead that a slow machine's round trip cannot pass it (then pauseAt refuses the past),
  // well inside the 3 idle minutes.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 30_000);
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 3_600_000);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(lock.heading).toBeVisible();
  expect(await page.content()).not.toContain(NAME);
  expect(app.errors).toEqual([]);
});

test('a desk from before staff accounts asks for its first 管理员 instead of locking everyone out', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  // As a desk upgraded from a version without staff accounts: data, but no staff.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('practice-desk');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('staff', 'readwrite');
          tx.objectStore('staff').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: '设置首位管理员' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_CENTER.name })).toBeVisible();
  await app.field('管理员姓名').fill('李站长');
  await app.field('设置 PIN').fill('8642');
  await app.field('再次输入 PIN').fill('8642');
  await page.getByRole('button', { name: '设置并开始使用' }).click();
  await app.expectScreen('今日概览');
  await expect(page.getByRole('banner')).toContainText('当前：李站长');
  expect(app.errors).toEqual([]);
});
