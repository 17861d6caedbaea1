import { expect, test as base, type Page } from '@playwright/test';

/** One `window.print()` call, with the page's print readiness (`data-print-ready`) at that moment. */
export interface PrintRequest {
  ready: string | null;
}

declare global {
  interface Window {
    __deskPrintRequests?: PrintRequest[];
  }
}

/**
 * Stands in for the person at the browser's print dialog, in every page and popup of the test: each
 * `window.print()` is recorded, with the events a real dialog fires, and returns at once as if the dialog
 * was closed. Headless Chromium builds differ on what a dialog nobody can close does (156 never ends the
 * print and then refuses `page.pdf()`), so no test may depend on it.
 */
function standInForPrintDialog(): void {
  const requests: PrintRequest[] = [];
  Object.defineProperty(window, '__deskPrintRequests', { value: requests });
  window.print = () => {
    requests.push({ ready: document.documentElement.getAttribute('data-print-ready') });
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
  };
}

/** Playwright's `test` with the print-dialog stand-in installed in the browser context of every test. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(standInForPrintDialog);
    await use(context);
  },
  page: async ({ page }, use, testInfo) => {
    await use(page);
    // Leave the app before the context closes, so a backup or sentinel write the desk started in the
    // background ends with the page, not under the closing context (a close once hung for 2 minutes
    // there on a loaded CI machine). A failed test keeps its page as it was, for the screenshot.
    if (testInfo.status === testInfo.expectedStatus && !page.isClosed())
      await page.goto('about:blank', { timeout: 15_000 }).catch(() => undefined);
  },
});

/** The print dialog requests this page (since its last navigation) made. */
export function printRequests(page: Page): Promise<PrintRequest[]> {
  return page.evaluate(() => window.__deskPrintRequests ?? []);
}

/** The page opened the print dialog exactly once, and only after its pages were ready. */
export async function expectPrintedOnceWhenReady(page: Page): Promise<void> {
  await expect.poll(() => printRequests(page)).toEqual([{ ready: 'true' }]);
}

export { expect };
