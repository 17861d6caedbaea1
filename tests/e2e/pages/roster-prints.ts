import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { savePdf, type PdfFile } from './documents';
import type { RostersPage } from './rosters';

/** Where the specs leave page 1 of each roster printout as a PNG, for a person to look at. */
export const ROSTER_PNG_DIR = process.env.ROSTER_PNG_DIR ?? '/tmp/rosterprint';

/** The week view's 打印本周排班 and 打印签到表, and rostering by mouse to have something to print. */
export class RosterPrints {
  readonly page: Page;

  constructor(readonly rosters: RostersPage) {
    this.page = rosters.page;
  }

  /** The week view's heading, `社区教育宣传（三坊七巷社区服务站）2026-12-07 至 2026-12-13`. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /至/ });
  }

  /** The post's name, as the heading shows it before the place. */
  async postName(): Promise<string> {
    return ((await this.heading.textContent()) ?? '').split('（')[0] ?? '';
  }

  /** Rosters a volunteer on a cell by double-click and search, as a person with a mouse would. */
  async assign(cell: Locator, name: string): Promise<void> {
    await cell.dblclick();
    await expect(this.rosters.assignDialog).toBeVisible();
    await this.rosters.assignDialog.getByLabel('搜索志愿者').fill(name);
    await this.page.locator('.ant-select-item-option', { hasText: name }).click();
    await this.rosters.assignDialog.getByRole('button', { name: '确定' }).click();
    await expect(this.rosters.assignDialog).toBeHidden();
    await expect(cell).toContainText(name);
  }

  /** Clicks a print button; web mode opens the print route in a window, printed here to a PDF. */
  async print(button: '打印本周排班' | '打印签到表', name: string): Promise<PdfFile> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const printPage = await popup;
    const pdf = await savePdf(printPage, name, 'opened');
    await printPage.close();
    return pdf;
  }

  /** Keeps page 1 of a printout as `<dir>/<name>.png` and returns its path. */
  keepPng(pdf: PdfFile, name: string): string {
    mkdirSync(ROSTER_PNG_DIR, { recursive: true });
    const path = `${ROSTER_PNG_DIR}/${name}.png`;
    copyFileSync(pdf.png(name), path);
    return path;
  }
}
