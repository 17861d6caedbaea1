import type { Locator, Page } from '@playwright/test';
import type { DeskApp } from './desk-app';

/** The 评选表彰 screen: 评选, 光荣榜 and 考评办法. */
export class HonoursPage {
  readonly page: Page;

  constructor(readonly app: DeskApp) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.app.goTo('评选表彰');
  }

  tab(name: '评选' | '光荣榜' | '考评办法'): Locator {
    return this.page.getByRole('tab', { name });
  }

  get volunteers(): Locator {
    return this.page.getByRole('table', { name: '时尚达人候选' });
  }

  get teams(): Locator {
    return this.page.getByRole('table', { name: '先进集体候选' });
  }

  candidate(name: string): Locator {
    return this.volunteers.getByRole('row').filter({ hasText: name });
  }

  /** The confirmed winners of the period shown, below the candidates. */
  confirmed(periodLabel: string): Locator {
    return this.page.getByRole('region', { name: `${periodLabel}已确认的当选者` });
  }
}

/** The 服务项目 section of 设置. */
export class ProjectsSection {
  readonly region: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: '服务项目', exact: true });
    this.dialog = page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.region.getByRole('row').filter({ hasText: name });
  }
}
