import { expect, type Locator, type Page } from '@playwright/test';
import { LockScreen } from './lock-screen';

export const SCREENS = [
  '今日概览',
  '场地预约',
  '志愿者',
  '活动记录',
  '服务单',
  '证书与感谢信',
  '评选表彰',
  '统计报表',
  '区级任务',
  '设置',
] as const;
export type ScreenName = (typeof SCREENS)[number];

export interface CenterProfileInput {
  name: string;
  level: '中心' | '所' | '站';
  address: string;
  phone: string;
}

export const SAMPLE_CENTER: CenterProfileInput = {
  name: '鼓楼区新时代文明实践中心',
  level: '中心',
  address: '福州市鼓楼区东街88号',
  phone: '0591-87654321',
};

/** The first 管理员 completeSetup creates, and signs in as when a new browser finds the desk locked. */
export const DEFAULT_ADMIN = { name: '王管理', pin: '246810' } as const;

/** The app as a user meets it: first-run setup, the navigation, and each screen's heading. */
export class DeskApp {
  /** Every console warning or error and uncaught page error seen since the page object was created. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        this.errors.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.errors.push(`pageerror: ${err.message}`));
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  get setupHeading(): Locator {
    return this.page.getByRole('heading', { name: '欢迎使用文明实践前台' });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillCenterProfile(profile: CenterProfileInput): Promise<void> {
    await this.field('中心名称').fill(profile.name);
    await this.page.getByRole('radio', { name: profile.level, exact: true }).check();
    await this.field('地址').fill(profile.address);
    await this.field('联系电话').fill(profile.phone);
  }

  get demoCheckbox(): Locator {
    return this.page.getByRole('checkbox', { name: /载入示例数据/ });
  }

  /** The first 管理员's fields on the setup form. */
  async fillFirstAdmin(admin: { name: string; pin: string } = DEFAULT_ADMIN): Promise<void> {
    await this.field('管理员姓名').fill(admin.name);
    await this.field('设置 PIN').fill(admin.pin);
    await this.field('再次输入 PIN').fill(admin.pin);
  }

  /**
   * Completes first-run setup (center profile and the first 管理员, DEFAULT_ADMIN), optionally with
   * demo data, and waits for the overview, signed in as that 管理员.
   */
  async completeSetup(profile: CenterProfileInput, withDemo: boolean): Promise<void> {
    await expect(this.setupHeading).toBeVisible();
    await this.fillCenterProfile(profile);
    await this.fillFirstAdmin();
    if (withDemo) await this.demoCheckbox.check();
    else await this.demoCheckbox.uncheck();
    await this.page.getByRole('button', { name: '开始使用' }).click();
    await this.expectScreen('今日概览');
    // The demo is written in one transaction after the overview opens: wait for it, not for the clock.
    if (withDemo)
      await expect(this.page.getByRole('group', { name: '注册志愿者' })).toContainText('200', {
        timeout: 60_000,
      });
  }

  /** The left-hand column: the center's name above the navigation. */
  get sidebar(): Locator {
    return this.page.getByRole('complementary');
  }

  navLink(screen: ScreenName): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: screen });
  }

  async goTo(screen: ScreenName): Promise<void> {
    await this.navLink(screen).click();
    await this.expectScreen(screen);
  }

  /**
   * Waits for a screen. A desk opened in a new browser (or after a long pause) starts locked: staff
   * then sign in, and so does this, as DEFAULT_ADMIN. Tests about the lock use LockScreen directly.
   */
  /** `timeout` for a screen that comes after a long step (a restore replacing every row). */
  async expectScreen(screen: ScreenName, timeout?: number): Promise<void> {
    const heading = this.page.getByRole('heading', { level: 1, name: screen });
    const lock = new LockScreen(this.page);
    await expect(heading.or(lock.heading)).toBeVisible({ timeout });
    if (await lock.heading.isVisible()) await lock.signIn(DEFAULT_ADMIN.name, DEFAULT_ADMIN.pin);
    await expect(heading).toBeVisible();
    // A screen opened for the first time loads its code first: the heading shows before its content.
    await expect(this.page.getByRole('status').filter({ hasText: /^正在打开「/ })).toHaveCount(0);
  }
}
