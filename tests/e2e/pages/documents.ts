import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectPrintedOnceWhenReady, printRequests } from '../fixtures';
import type { DeskApp } from './desk-app';

/** A PDF written to disk and read back with poppler-utils, as an auditor would. */
export class PdfFile {
  constructor(readonly path: string) {}

  text(): string {
    return execFileSync('pdftotext', ['-layout', this.path, '-'], { encoding: 'utf8' });
  }

  info(): { pages: number; widthPt: number; heightPt: number } {
    const out = execFileSync('pdfinfo', [this.path], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
    return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
  }

  /** Every font with whether it is embedded. */
  fonts(): { name: string; embedded: boolean }[] {
    const lines = execFileSync('pdffonts', [this.path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    return lines.map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [encoding…] emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
    });
  }

  /** Top-left corner (pt) of the first word containing `text`, from `pdftotext -bbox`. */
  wordBox(text: string): { x: number; y: number } | null {
    const html = execFileSync('pdftotext', ['-bbox', this.path, '-'], { encoding: 'utf8' });
    for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
      if ((m[3] ?? '').includes(text)) return { x: Number(m[1]), y: Number(m[2]) };
    }
    return null;
  }

  /** Renders page 1 to a PNG next to the PDF (for looking at it) and returns its path. */
  png(prefix: string): string {
    const base = this.path.replace(/\.pdf$/, `-${prefix}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', this.path, base]);
    return `${base}.png`;
  }
}

/** Text is drawn only in embedded fonts, and the Chinese in the bundled ones (never the OS's). */
export function expectEmbeddedChineseFonts(pdf: PdfFile): void {
  const fonts = pdf.fonts();
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  expect(fonts.some((f) => /Noto|LXGW|WenKai/i.test(f.name))).toBe(true);
}

const MM_TO_PT = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * MM_TO_PT;

/** The 证书与感谢信 screen: issue, register, templates, and the print route. */
export class DocumentsPage {
  constructor(
    readonly app: DeskApp,
    readonly page: Page = app.page,
  ) {}

  async open(): Promise<void> {
    await this.app.goTo('证书与感谢信');
  }

  tab(name: '开具' | '登记簿与核验' | '模板'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Button-style radios hide their input; people click the label. */
  radioLabel(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true }).locator('xpath=ancestor::label[1]');
  }

  async chooseKind(kind: '感谢信' | '荣誉证书' | '志愿服务记录证明'): Promise<void> {
    await this.radioLabel(kind).click();
  }

  /** Adds every participant of the most recent activity that had volunteers. */
  async addActivityParticipants(): Promise<void> {
    await this.radioLabel('活动参与者').click();
    await this.page.getByRole('combobox', { name: '活动' }).click();
    await this.page.locator('.ant-select-item-option').first().click();
    await this.page.getByRole('button', { name: '加入全部参与者' }).click();
  }

  get recipients(): Locator {
    return this.page.getByRole('table', { name: '接收人' });
  }

  /** Issues with the current settings; web mode opens the print route in a new window. */
  async issueAndCatchPrintWindow(): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: /开具并(保存 PDF|打印)/ }).click();
    const printPage = await popup;
    await expect(printPage.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
    await expect(this.page.getByText(/份已登记/)).toBeVisible();
    await this.page
      .getByRole('dialog', { name: '开具与打印' })
      .getByRole('button', { name: '关闭', exact: true })
      .last()
      .click();
    return printPage;
  }
}

/**
 * Prints a loaded print-route page to a PDF file, the way Electron's printToPDF does. `dialog` says what
 * the page itself must have done: web mode's print window (`opened`) asks for the print dialog exactly
 * once, after its pages were ready; a print route opened by hand (`none`) never asks.
 */
export async function savePdf(printPage: Page, name: string, dialog: 'opened' | 'none'): Promise<PdfFile> {
  await expect(printPage.locator('html')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
  if (dialog === 'opened') await expectPrintedOnceWhenReady(printPage);
  const dir = mkdtempSync(join(tmpdir(), 'desk-pdf-'));
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await printPage.pdf({ preferCSSPageSize: true, printBackground: true }));
  // Read after the PDF too: a second request would print every page twice.
  expect(await printRequests(printPage)).toEqual(dialog === 'opened' ? [{ ready: 'true' }] : []);
  return new PdfFile(path);
}
