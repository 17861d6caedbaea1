import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { DocumentsPage, expectEmbeddedChineseFonts, mmToPt, savePdf, type PdfFile } from './pages/documents';

const A4_PORTRAIT = { w: 595.28, h: 841.89 };

/** Keeps a PNG of page 1 in test-results, for looking at what was printed. */
function keepPng(pdf: PdfFile, name: string): void {
  mkdirSync('test-results/documents', { recursive: true });
  copyFileSync(pdf.png(name), `test-results/documents/${name}.png`);
}

async function setUpIssuer(app: DeskApp): Promise<void> {
  await app.goTo('设置');
  await app.page.getByLabel('负责人', { exact: true }).fill('王建国');
  await app.page.getByLabel('经办人', { exact: true }).fill('林晓');
  await app.page.getByRole('button', { name: '保存出具信息' }).click();
  await expect(app.page.getByText('出具信息已保存')).toBeVisible();
}

/** The recipient, hours and number the register shows for the newest document. */
async function newestEntry(page: Page): Promise<{ number: string; name: string }> {
  const row = page.getByRole('table', { name: '开具登记簿' }).getByRole('row').nth(1);
  const cells = row.getByRole('cell');
  return { number: (await cells.nth(1).innerText()).trim(), name: (await cells.nth(3).innerText()).trim() };
}

test.describe('certificates and letters', () => {
  test.beforeEach(async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
  });

  test('issues a 荣誉证书 to one recipient: A4 landscape PDF with name, number and embedded fonts', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    const docs = new DocumentsPage(app);
    await docs.open();
    await docs.chooseKind('荣誉证书');
    await page.getByLabel('表彰事由').fill('在2026年度新时代文明实践志愿服务工作中表现突出');
    await docs.addActivityParticipants();
    await expect(docs.recipients.getByRole('row')).not.toHaveCount(1);
    // Keep only the first recipient to make a single-page job.
    const removers = docs.recipients.getByRole('button', { name: /^移除/ });
    await expect(removers.first()).toBeVisible();
    for (let n = await removers.count(); n > 1; n -= 1) {
      await removers.last().click();
      await expect(removers).toHaveCount(n - 1);
    }
    await expect(docs.recipients.getByText('齐全')).toBeVisible();

    const printPage = await docs.issueAndCatchPrintWindow();
    const pdf = await savePdf(printPage, 'honour', 'opened');
    await docs.tab('登记簿与核验').click();
    const entry = await newestEntry(page);
    expect(entry.number).toMatch(/^RY-\d{4}-00001$/);

    const text = pdf.text();
    expect(text).toContain(entry.name);
    expect(text).toContain(entry.number);
    expect(text).toContain('特发此证');
    expect(pdf.info()).toMatchObject({ pages: 1 });
    expect(pdf.info().widthPt).toBeCloseTo(A4_PORTRAIT.h, 0);
    expect(pdf.info().heightPt).toBeCloseTo(A4_PORTRAIT.w, 0);
    expectEmbeddedChineseFonts(pdf);
    keepPng(pdf, 'honour');

    // 套打: only the variable text, moved by the offset in millimetres. Opened by hand, it never prints itself.
    const url = printPage.url().replace('autoprint=1', '');
    const stockPage = await page.context().newPage();
    await stockPage.goto(`${url}&stock=1`);
    const plain = await savePdf(stockPage, 'honour-stock', 'none');
    await stockPage.goto(`${url}&stock=1&offsetX=5&offsetY=3`);
    const shifted = await savePdf(stockPage, 'honour-shifted', 'none');
    expect(plain.text()).not.toContain('特发此证');
    expect(plain.text()).toContain(entry.number);
    const before = plain.wordBox(entry.number);
    const after = shifted.wordBox(entry.number);
    expect(before).not.toBeNull();
    expect((after?.x ?? 0) - (before?.x ?? 0)).toBeCloseTo(mmToPt(5), 0);
    expect((after?.y ?? 0) - (before?.y ?? 0)).toBeCloseTo(mmToPt(3), 0);
    keepPng(plain, 'honour-stock');

    // The register checks a presented number.
    await page.getByLabel('核验编号').fill(entry.number.toLowerCase());
    await page.getByRole('button', { name: '核验' }).click();
    await expect(page.getByText(`${entry.number} 是本中心开具的有效文书`)).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('issues 志愿服务记录证明 with the confirmed hours and the issuer named by the 2015 rules', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await setUpIssuer(app);
    const docs = new DocumentsPage(app);
    await docs.open();
    await docs.chooseKind('志愿服务记录证明');
    await docs.addActivityParticipants();
    const first = docs.recipients.getByRole('row').nth(1);
    await expect(first).toContainText('小时');
    const hours = /([\d.]+) 小时/.exec(await first.innerText())?.[1] ?? '';
    const count = await docs.recipients.getByRole('button', { name: /^移除/ }).count();
    expect(count).toBeGreaterThan(0);

    const printPage = await docs.issueAndCatchPrintWindow();
    const pdf = await savePdf(printPage, 'proof', 'opened');
    const text = pdf.text();
    expect(hours).not.toBe('');
    // The paragraph wraps where the page ends a line: read it as one line of text.
    expect(text.replace(/\s+/g, '')).toContain(`累计志愿服务时长${hours}小时`);
    expect(text).toMatch(/ZM-\d{4}-00001/);
    expect(text).toContain('王建国');
    expect(text).toContain('林晓');
    expect(text).toContain(SAMPLE_CENTER.name);
    expect(pdf.info().pages).toBe(count);
    expect(pdf.info().widthPt).toBeCloseTo(A4_PORTRAIT.w, 0);
    expectEmbeddedChineseFonts(pdf);
    keepPng(pdf, 'proof');
    expect(app.errors).toEqual([]);
  });

  test('issues a batch of 感谢信, one page each, numbered in sequence', async ({ page }) => {
    const app = new DeskApp(page);
    const docs = new DocumentsPage(app);
    await docs.open();
    await docs.chooseKind('感谢信');
    await docs.addActivityParticipants();
    await expect(docs.recipients.getByRole('button', { name: /^移除/ }).first()).toBeVisible();
    const count = await docs.recipients.getByRole('button', { name: /^移除/ }).count();
    expect(count).toBeGreaterThan(1);
    const printPage = await docs.issueAndCatchPrintWindow();
    const pdf = await savePdf(printPage, 'letters', 'opened');
    const text = pdf.text();
    expect(pdf.info().pages).toBe(count);
    expect(text).toContain('此致');
    expect(text).toContain('敬礼');
    expect(text).toMatch(/GX-\d{4}-00001/);
    expect(text).toMatch(new RegExp(`GX-\\d{4}-${String(count).padStart(5, '0')}`));
    const flat = text.replace(/\s+/g, '');
    expect(flat).toMatch(/累计服务\d+次、志愿服务时长[\d.]+小时/);
    // The center's name already says 新时代文明实践: the letter does not say it again in that clause.
    expect(flat).toContain(`${SAMPLE_CENTER.name}组织的志愿服务活动`);
    expectEmbeddedChineseFonts(pdf);
    keepPng(pdf, 'letter');
    expect(app.errors).toEqual([]);
  });

  test('prints a booking slip and the daily room sheet from the booking records', async ({ page }) => {
    const booking = await page.evaluate(
      () =>
        new Promise<{ id: string; number: string; title: string; start: number }>((resolve, reject) => {
          const open = indexedDB.open('practice-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('bookings').objectStore('bookings').getAll(undefined, 50);
            req.onsuccess = () => {
              const rows = req.result as {
                id: string;
                number: string;
                title: string;
                start: number;
                status: string;
              }[];
              const b = rows.find((r) => r.status !== '已取消') ?? rows[0];
              open.result.close();
              if (b) resolve(b);
              else reject(new Error('no bookings'));
            };
          };
        }),
    );
    await page.goto(`/#/print/booking-slip?ids=${booking.id}`);
    const slip = await savePdf(page, 'slip', 'none');
    const text = slip.text();
    expect(text).toContain('场地使用确认单');
    expect(text).toContain(booking.number);
    expect(text).toContain(booking.title.slice(0, 6));
    expect(text).toMatch(/1\d{2}\*{4}\d{4}/);
    expect(text).toContain('使用须知');
    expect(slip.info()).toMatchObject({ pages: 1 });
    expectEmbeddedChineseFonts(slip);
    keepPng(slip, 'booking-slip');

    const day = new Date(booking.start + 8 * 3600_000).toISOString().slice(0, 10);
    await page.goto(`/#/print/daily-sheet?date=${day}`);
    const sheet = await savePdf(page, 'sheet', 'none');
    expect(sheet.text()).toContain('每日场地安排表');
    expect(sheet.text()).toContain(booking.title.slice(0, 6));
    expect(sheet.info().widthPt).toBeCloseTo(A4_PORTRAIT.w, 0);
    keepPng(sheet, 'daily-sheet');
  });
});
