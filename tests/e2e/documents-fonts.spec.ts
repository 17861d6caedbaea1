import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectEmbeddedChineseFonts, savePdf, type PdfFile } from './pages/documents';

interface FirstPage {
  texts: number;
  unloaded: string[];
}

declare global {
  interface Window {
    firstPrintPage?: FirstPage;
  }
}

/**
 * Prints `count` sample pages of `template` through the print route, noting at the moment the first page
 * enters the document whether every face its text needs (each text box, table cell and footer) has loaded.
 */
async function printSample(
  page: Page,
  template: string,
  count: number,
): Promise<{ first?: FirstPage; pdf: PdfFile }> {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const first = document.querySelector('.print-page');
      if (!first) return;
      observer.disconnect();
      const texts = [
        ...first.querySelectorAll<HTMLElement>('.print-text, .print-records th, .print-records td'),
      ];
      window.firstPrintPage = {
        texts: texts.length,
        unloaded: texts
          .filter((el) => {
            const style = getComputedStyle(el);
            return !document.fonts.check(`${style.fontWeight} 16px ${style.fontFamily}`, el.textContent);
          })
          .map((el) => el.textContent),
      };
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/#/print/documents?sample=${count}&template=${template}`);
  // The hash change above keeps the document; a load runs the observer from the start.
  await page.reload();
  const pdf = await savePdf(page, template.replace(':', '-'), 'none');
  expect(app.errors).toEqual([]);
  return { first: await page.evaluate(() => window.firstPrintPage), pdf };
}

test('sets a batch of certificates in the bundled faces from their first frame, so no late font lays them out again', async ({
  page,
}) => {
  const { first, pdf } = await printSample(page, 'builtin:honour-a4', 20);
  expect(first?.texts).toBeGreaterThan(3);
  expect(first?.unloaded).toEqual([]);
  // Only the bundled files: a face that may resolve to an installed font prints other glyphs on another desk.
  const systemSources = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSFontFaceRule)
      .map((rule) => rule.style.getPropertyValue('src'))
      .filter((src) => src.includes('local(')),
  );
  expect(systemSources).toEqual([]);
  expect(pdf.info().pages).toBe(20);
  expect(pdf.text()).toContain('荣誉证书');
  expectEmbeddedChineseFonts(pdf);
});

test('sets a 志愿服务记录证明, its detail table and page footer included, in the bundled faces from its first frame', async ({
  page,
}) => {
  const { first, pdf } = await printSample(page, 'builtin:proof', 3);
  expect(first?.texts).toBeGreaterThan(10);
  expect(first?.unloaded).toEqual([]);
  expect(pdf.text()).toContain('第1页共1页');
  expectEmbeddedChineseFonts(pdf);
});
