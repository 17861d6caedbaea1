import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, type Locator, type Page } from '@playwright/test';
import { savePdf, type PdfFile } from './documents';

/** Where the spec leaves the call-list PDFs, for a person (or pdftoppm) to look at. */
export const CALL_LIST_PDF_DIR = process.env.CALL_LIST_PDF_DIR ?? '/tmp/rosterprint';

/** 岗位排班 › 明日通话名单: the dialog, its phones, its print and its .xlsx. */
export class RosterCalls {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '上岗通话名单' });
  }

  get table(): Locator {
    return this.dialog.getByRole('table');
  }

  get showPhones(): Locator {
    return this.dialog.getByRole('button', { name: '显示完整手机号' });
  }

  get exportDialog(): Locator {
    return this.page.getByRole('dialog', { name: '导出 Excel：通话名单' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '明日通话名单' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /** The row of a volunteer in the list. */
  row(name: string): Locator {
    return this.table.getByRole('row', { name: new RegExp(name) });
  }

  /** 打印通话名单: web mode opens the print route in a window, printed here to a PDF. */
  async print(name: string): Promise<PdfFile> {
    const popup = this.page.waitForEvent('popup');
    await this.dialog.getByRole('button', { name: '打印通话名单', exact: true }).click();
    const printPage = await popup;
    const pdf = await savePdf(printPage, name, 'opened');
    await printPage.close();
    return pdf;
  }

  /** Keeps a printout as `<dir>/<name>.pdf` and returns its path. */
  keepPdf(pdf: PdfFile, name: string): string {
    mkdirSync(CALL_LIST_PDF_DIR, { recursive: true });
    const path = `${CALL_LIST_PDF_DIR}/${name}.pdf`;
    copyFileSync(pdf.path, path);
    return path;
  }

  /** 导出 Excel in the dialog, masked: returns the first sheet, dates read as dates. */
  async exportSheet(): Promise<XLSX.WorkSheet> {
    await this.dialog.getByRole('button', { name: '导出 Excel' }).click();
    await expect(this.exportDialog).toBeVisible();
    const download = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: '开始导出' }).click();
    const book = XLSX.read(readFileSync(await (await download).path()), { cellDates: true, cellNF: true });
    await this.exportDialog.getByRole('button', { name: '知道了' }).click();
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('the workbook has no sheet');
    return sheet;
  }
}
