import type { Locator, Page } from '@playwright/test';
import { pickByKeyboard } from './select-keyboard';

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
    await this.region.getByLabel(label, { exact: true }).focus();
    await pickByKeyboard(this.page, option);
  }

  async verify(): Promise<Locator> {
    await this.region.getByRole('button', { name: '校验操作记录' }).click();
    return this.region.getByRole('status');
  }
}
