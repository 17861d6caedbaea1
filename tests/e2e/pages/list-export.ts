import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, type Locator, type Page } from '@playwright/test';

/** 导出 Excel on a list screen: the dialog, its choice of full numbers, and the file it saves. */
export class ListExport {
  constructor(
    readonly page: Page,
    readonly list: string,
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: `导出 Excel：${this.list}` });
  }

  get fullNumbers(): Locator {
    return this.dialog.getByLabel('导出完整身份证号和手机号');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '导出 Excel' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Presses 开始导出 and returns the first sheet of the downloaded workbook, dates read as dates. */
  async start(): Promise<XLSX.WorkSheet> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: '开始导出' }).click();
    const file = await (await download).path();
    const book = XLSX.read(readFileSync(file), { cellDates: true, cellNF: true });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('the workbook has no sheet');
    return sheet;
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: '知道了' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The cell under a header (row 1) in the given data row (2 = first row after the header). */
export function cellUnder(sheet: XLSX.WorkSheet, header: string, row = 2): XLSX.CellObject | undefined {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  for (let c = range.s.c; c <= range.e.c; c += 1) {
    if (sheet[XLSX.utils.encode_cell({ r: 0, c })]?.v === header)
      return sheet[XLSX.utils.encode_cell({ r: row - 1, c })] as XLSX.CellObject | undefined;
  }
  throw new Error(`no column ${header}`);
}
