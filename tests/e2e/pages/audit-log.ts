import type { Locator, Page } from '@playwright/test';

/** 设置 → 操作记录: the filters, the table of entries and the chain check. */
export class AuditLogSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: '操作记录' });
  }

  get rows(): Locator {
    return this.region.locator('tbody tr.ant-table-row');
  }

  /** Picks an option of one of the filter selects (操作人, 类别). */
  async filter(label: '操作人' | '类别', option: string): Promise<void> {
    await this.region.getByLabel(label, { exact: true }).click();
    // antd lists options in a popup whose role="option" nodes are only an accessibility shadow.
    await this.page.locator('.ant-select-item-option', { hasText: option }).click();
  }

  async verify(): Promise<Locator> {
    await this.region.getByRole('button', { name: '校验操作记录' }).click();
    return this.region.getByRole('status');
  }
}
