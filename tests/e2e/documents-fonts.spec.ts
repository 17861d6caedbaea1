import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectEmbeddedChineseFonts, savePdf } from './pages/documents';

interface FirstPage {
  texts: number;
  unloaded: string[];
}

declare global {
  interface Window {
    firstPrintPage?: FirstPage;
  }
}

test('sets a batch of certificates in the bundled faces from their first frame, so no late font lays them out again', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  // At the moment the first page enters the document: is every face its text needs already loaded?
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const first = document.querySelector('.print-page');
      if (!first) return;
      observer.disconnect();
      const texts = [...first.querySelectorAll<HTMLElement>('.print-text')];
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
  await page.goto('/#/print/documents?sample=20&template=builtin:honour-a4');
  // The hash change above keeps the document; a load runs the observer from the start.
  await page.reload();
  const pdf = await savePdf(page, 'honour-sample', 'none');

  const first = await page.evaluate(() => window.firstPrintPage);
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
  expect(app.errors).toEqual([]);
});
