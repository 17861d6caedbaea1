import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, type Locator, type Page } from '@playwright/test';

/** 全国系统导出 on the roster: the dialog, its scope choice, its 导出记录 and the files it saves. */
export class NationalExport {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '导出到全国志愿服务信息系统' });
  }

  get status(): Locator {
    return this.dialog.getByRole('status');
  }

  get changedOnly(): Locator {
    return this.dialog.getByRole('radio', { name: /^仅导出新增或变更的/ });
  }

  get exportButton(): Locator {
    return this.dialog.getByRole('button', { name: '按此方案导出' });
  }

  /** The 导出记录 list, newest first. */
  get runs(): Locator {
    return this.dialog.getByRole('region', { name: /导出记录/ }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '全国系统导出' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async choosePreset(name: string): Promise<void> {
    await this.dialog.getByLabel('导出方案').click();
    await this.page.locator('.ant-select-item-option', { hasText: name }).click();
  }

  /** Clicks `button` and returns the rows of the downloaded workbook's first sheet (header first). */
  async download(button: Locator): Promise<unknown[][]> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const book = XLSX.read(readFileSync(await (await download).path()), { cellDates: true });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('the workbook has no sheet');
    return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  }
}
