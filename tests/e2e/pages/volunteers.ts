import { expect, type Locator, type Page } from '@playwright/test';

/** A walk-in as typed at the desk. */
export interface WalkIn {
  name: string;
  idNumber: string;
  phone: string;
  guardian?: { name: string; relation: string; phone: string };
}

/** The 志愿者 screen: roster search, registration, profile and sign-in. */
export class VolunteersPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async openRegistration(): Promise<void> {
    await this.page.getByRole('button', { name: '登记志愿者' }).click();
    await expect(this.page.getByRole('heading', { name: '登记志愿者' })).toBeVisible();
  }

  async fillWalkIn(person: WalkIn): Promise<void> {
    await this.field('姓名').fill(person.name);
    await this.field('证件号码').fill(person.idNumber);
    await this.field('手机号码').fill(person.phone);
    if (person.guardian) {
      await this.field('监护人姓名').fill(person.guardian.name);
      await this.field('与本人关系').fill(person.guardian.relation);
      await this.field('监护人电话').fill(person.guardian.phone);
    }
    await this.page.getByRole('checkbox', { name: /本人已阅读个人信息处理告知/ }).check();
    await this.page.getByRole('checkbox', { name: /单独同意收集证件号码/ }).check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '登记', exact: true }).click();
  }

  /** Registers and waits for the new profile; returns the allocated volunteer number. */
  async register(person: WalkIn): Promise<string> {
    await this.openRegistration();
    await this.fillWalkIn(person);
    await this.submit();
    const heading = this.page.getByRole('heading', { name: new RegExp(`^${person.name}（ZYZ\\d{6}）$`) });
    await expect(heading).toBeVisible();
    const text = (await heading.textContent()) ?? '';
    return /ZYZ\d{6}/.exec(text)?.[0] ?? '';
  }

  /** From a profile (heading "name（ZYZ…）"), opens the edit form. */
  async openEdit(name: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: new RegExp(`^${name}（ZYZ\\d{6}）$`) }),
    ).toBeVisible();
    await this.page.getByRole('button', { name: '编辑' }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(`^编辑志愿者：${name}`) })).toBeVisible();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存修改' }).click();
  }

  /** From a profile, deletes the volunteer and confirms; lands on the roster. */
  async deleteOnProfile(name: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: new RegExp(`^${name}（ZYZ\\d{6}）$`) }),
    ).toBeVisible();
    await this.page.getByRole('button', { name: '删除' }).click();
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`删除志愿者 ${name}`) });
    await dialog.getByRole('button', { name: '删除' }).click();
    await expect(this.search).toBeVisible();
  }

  get search(): Locator {
    return this.field('搜索志愿者');
  }

  async openSignIn(): Promise<void> {
    await this.page.getByRole('button', { name: '签到签退' }).click();
    await expect(this.page.getByRole('heading', { name: '签到签退' })).toBeVisible();
  }

  /**
   * A keyboard-wedge scanner: its keys arrive in one burst 4 ms apart, then Enter. Each key carries that
   * time stamp, as the page tells a scanner from a person by the gaps: Playwright's typing, and even one
   * task on a loaded machine (the OS can pause the page for over 50 ms), left gaps read as typing.
   */
  async scan(code: string): Promise<void> {
    await this.sendScan(code, false);
  }

  /**
   * Opens 签到签退 with a card scanned the moment its title is in the page, before the page has read what
   * it signs people in for: a scanner fired just as the desk opened the page.
   */
  async openSignInScanning(code: string): Promise<void> {
    await this.sendScan(code, true);
    await this.page.getByRole('button', { name: '签到签退' }).click();
    await expect(this.page.getByRole('heading', { name: '签到签退' })).toBeVisible();
  }

  /** The scan's burst, now to the focused element or, `whenOpened`, to the page once 签到签退 shows. */
  private async sendScan(code: string, whenOpened: boolean): Promise<void> {
    await this.page.evaluate(
      ({ keys, whenOpened }) => {
        const send = (target: EventTarget) => {
          const start = performance.now();
          keys.forEach((key, i) => {
            const event = new KeyboardEvent('keydown', { key, bubbles: true });
            Object.defineProperty(event, 'timeStamp', { value: start + i * 4 });
            target.dispatchEvent(event);
          });
        };
        if (!whenOpened) {
          send(document.activeElement ?? document.body);
          return;
        }
        const opened = () => [...document.querySelectorAll('h2')].some((h) => h.textContent === '签到签退');
        new MutationObserver((_, observer) => {
          if (!opened()) return;
          observer.disconnect();
          send(document.body);
        }).observe(document.body, { childList: true, subtree: true });
      },
      { keys: [...code, 'Enter'], whenOpened },
    );
  }

  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /已签到|已签退|未找到/ });
  }
}
