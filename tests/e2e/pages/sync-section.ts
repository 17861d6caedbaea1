import { expect, type Locator, type Page } from '@playwright/test';

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

  /** Fills the form, saves and waits until the desk is connected. */
  async connect(form: Parameters<SyncSection['fill']>[0]): Promise<void> {
    await this.fill(form);
    await this.button('保存并连接').click();
    await expect(this.state).toHaveText('已连接', { timeout: 30_000 });
  }

  /** The stop's confirmation. */
  get stopDialog(): Locator {
    return this.page.getByRole('dialog', { name: '停止同步？' });
  }
}

const NOT_FOUND = 'error: Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Records the paths a page got 404 for. A first replication asks the center for checkpoints not written
 * yet (`_local/…`): CouchDB answers 404, and Chromium logs each as a console error.
 */
export function recordNotFound(page: Page): string[] {
  const missing: string[] = [];
  page.on('response', (r) => void (r.status() === 404 && missing.push(new URL(r.url()).pathname)));
  return missing;
}

/** The console holds no error but one 404 line per replication checkpoint the center did not have yet. */
export function expectOnlyCheckpointMisses(errors: readonly string[], missing: readonly string[]): void {
  expect(missing.filter((path) => !/^\/[^/]+\/_local\//.test(path))).toEqual([]);
  expect(errors.filter((e) => e !== NOT_FOUND)).toEqual([]);
  expect(errors.filter((e) => e === NOT_FOUND)).toHaveLength(missing.length);
}
