import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Builds an .xlsx in memory, as a center's roll would be saved from Excel. */
export function workbook(rows: unknown[][], merges: XLSX.Range[] = []): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length > 0) sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '志愿者名册');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The rows of a downloaded .xlsx's first sheet, every cell as text. */
export async function downloadedRows(download: Download): Promise<string[][]> {
  const book = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
  const name = book.SheetNames[0] ?? '';
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error('downloaded workbook has no sheet');
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
}

/**
 * The 导入志愿者 dialog, opened from the roster's toolbar; with another noun and button, the same steps
 * for 场地 and 单位 (「从 Excel 导入」).
 */
export class ImportVolunteersDialog {
  readonly dialog: Locator;
  constructor(
    readonly page: Page,
    readonly noun = '志愿者',
    readonly openButton = '导入',
  ) {
    this.dialog = page.getByRole('dialog', { name: new RegExp(`^导入${noun}`) });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: this.openButton, exact: true }).click();
    await expect(this.dialog.getByText(`导入${this.noun}：选择文件`)).toBeVisible();
  }

  async choose(name: string, buffer: Buffer): Promise<void> {
    await this.dialog.getByLabel('选择表格文件', { exact: true }).setInputFiles({
      name,
      mimeType: 'application/octet-stream',
      buffer,
    });
  }

  mappingOf(header: string): Locator {
    return this.dialog.getByLabel(`“${header}”导入为`);
  }

  async check(): Promise<void> {
    await this.dialog.getByRole('button', { name: '检查数据' }).click();
    await expect(this.dialog.getByText(`导入${this.noun}：检查结果`)).toBeVisible();
  }

  count(outcome: 'new' | 'existing' | 'duplicate' | 'invalid'): Locator {
    return this.dialog.locator(`[data-outcome="${outcome}"]`);
  }

  problemRow(rowNumber: number): Locator {
    return this.dialog
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  async downloadRejected(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: /^下载未导入的行/ }).click();
    return download;
  }
}
