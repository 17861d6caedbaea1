import type { Locator, Page } from '@playwright/test';

/** 设置 → 同步. */
export class SyncSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: '同步', exact: true });
  }

  field(label: '中心地址' | '本机名称' | '本机代号' | '账号' | '密码'): Locator {
    return this.region.getByLabel(label, { exact: true });
  }

  /** The state tag (未设置, 连接中, 已连接…). */
  get state(): Locator {
    return this.region.getByTestId('sync-state');
  }

  button(name: '保存并连接' | '暂停同步' | '继续同步' | '停止同步'): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  async fill(form: {
    url: string;
    deskName: string;
    deskCode: string;
    username: string;
    password: string;
  }): Promise<void> {
    await this.field('中心地址').fill(form.url);
    await this.field('本机名称').fill(form.deskName);
    await this.field('本机代号').fill(form.deskCode);
    await this.field('账号').fill(form.username);
    await this.field('密码').fill(form.password);
  }

  /** The stop's confirmation. */
  get stopDialog(): Locator {
    return this.page.getByRole('dialog', { name: '停止同步？' });
  }
}
