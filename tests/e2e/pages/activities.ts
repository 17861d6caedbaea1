import { expect, type Locator, type Page } from '@playwright/test';

/** 活动记录 as the desk uses it: the list, the form, one activity's page and its volunteers. */
export class ActivitiesPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  region(name: RegExp | string): Locator {
    return this.page.getByRole('region', { name });
  }

  get volunteers(): Locator {
    return this.region(/^志愿者与服务时长/);
  }

  /** The id in /activities/:id of the page open now. */
  idFromUrl(): string {
    const m = /activities\/([^/?#]+)/.exec(this.page.url());
    if (!m?.[1]) throw new Error(`not an activity page: ${this.page.url()}`);
    return m[1];
  }

  async scan(volunteerNo: string): Promise<void> {
    await this.field('志愿者编号').fill(volunteerNo);
    await this.field('志愿者编号').press('Enter');
  }

  hoursOf(name: string): Locator {
    return this.page.getByLabel(`${name}的服务时长（分钟）`, { exact: true });
  }

  get saveHours(): Locator {
    return this.page.getByRole('button', { name: /^保存服务时长/ });
  }

  /** A saved volunteer's row on the activity page. */
  savedRow(name: string): Locator {
    return this.volunteers.getByRole('table').first().getByRole('row').filter({ hasText: name });
  }

  async expectHeading(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }
}
