import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { DocumentsPage, savePdf } from './pages/documents';

/** 92 characters, as a district office writes a 表彰事由. */
const REASON_92 =
  '在2026年度新时代文明实践志愿服务工作中，长期坚持在鼓东街道开展文明交通劝导、河道巡护和垃圾分类宣传，组织青年志愿者结对帮扶辖区孤寡老人和留守儿童，累计服务时长超过三百小时，表现突出';
/** Too long for the certificate even at its smallest size. */
const REASON_TOO_LONG = `${REASON_92}，多次受到街道和社区居民的表扬，带动身边群众积极投身志愿服务，为建设文明城市作出了重要贡献`;

/** Where a text element of the page sits, its font size, and how many lines the 荣誉称号 takes. */
async function measure(page: Page, scope: string) {
  return page.evaluate((root) => {
    const at = (id: string) => {
      const el = document.querySelector(`${root} [data-element="${id}"]`);
      if (!(el instanceof HTMLElement)) throw new Error(`no element ${id}`);
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, fontSize: parseFloat(getComputedStyle(el).fontSize) };
    };
    const title = [...document.querySelectorAll(`${root} [data-element="reason"] span`)].find(
      (s) => s.textContent === '优秀志愿者',
    );
    return { reason: at('reason'), closing: at('closing'), titleLines: title?.getClientRects().length ?? 0 };
  }, scope);
}

test('a long 表彰事由 is refused at the field before any number, and a 92-character one prints smaller above 特发此证', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, true);
  const docs = new DocumentsPage(app);
  await docs.open();
  await docs.chooseKind('荣誉证书');
  const reason = page.getByLabel('表彰事由');
  await reason.fill(REASON_TOO_LONG);
  await docs.addActivityParticipants();
  const removers = docs.recipients.getByRole('button', { name: /^移除/ });
  await expect(removers.first()).toBeVisible();
  for (let n = await removers.count(); n > 1; n -= 1) {
    await removers.last().click();
    await expect(removers).toHaveCount(n - 1);
  }
  const name = (await docs.recipients.getByRole('row').nth(1).getByRole('cell').first().innerText()).trim();

  // Said at the field and at the recipient; issuing is refused and nothing is numbered.
  await expect(page.getByText('表彰事由太长，缩小字号后仍排不下（1 份），请删减')).toBeVisible();
  await expect(docs.recipients.getByText('表彰事由过长')).toBeVisible();
  await page.getByRole('button', { name: /开具并(保存 PDF|打印)/ }).click();
  await expect(page.getByText(`${name}的荣誉证书排不下：“表彰事由”太长`)).toBeVisible();
  await expect(page.getByRole('dialog', { name: '开具与打印' })).toHaveCount(0);
  await expect(reason).toHaveValue(REASON_TOO_LONG);
  await docs.tab('登记簿与核验').click();
  await expect(page.getByText('还没有开具任何证书或感谢信')).toBeVisible();
  await docs.tab('开具').click();

  // Shortened to 92 characters: it fits, smaller than set, in the preview and on paper.
  await reason.fill(REASON_92);
  await expect(docs.recipients.getByText('齐全')).toBeVisible();
  await expect(page.getByText(/表彰事由太长/)).toHaveCount(0);
  await page.getByRole('button', { name: '预览全部' }).click();
  await expect(page.getByRole('img', { name: `${name}的预览` })).toBeVisible();
  const preview = await measure(page, '.ant-modal');
  expect(preview.reason.fontSize).toBeLessThan((20 * 96) / 72);
  await page.keyboard.press('Escape');

  const printPage = await docs.issueAndCatchPrintWindow();
  const printed = await measure(printPage, 'body');
  expect(printed.reason.fontSize).toBeLessThan((20 * 96) / 72);
  expect(printed.reason.fontSize).toBeGreaterThanOrEqual((15 * 96) / 72);
  expect(printed.reason.bottom).toBeLessThanOrEqual(printed.closing.top);
  // 优秀志愿者 stays on one line.
  expect(printed.titleLines).toBe(1);
  const pdf = await savePdf(printPage, 'honour-long-reason', 'opened');
  const text = pdf.text().replace(/\s+/g, '');
  expect(text).toContain('结对帮扶辖区孤寡老人和留守儿童');
  expect(text).toContain('特发此证');
  expect(pdf.info().pages).toBe(1);
  expect(app.errors).toEqual([]);
});
