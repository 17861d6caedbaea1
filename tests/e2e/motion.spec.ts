import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';

declare global {
  interface Window {
    __zooms?: string[];
  }
}

/** Records, from now on, how long each zoom-in of a dialog lasts (its CSS animation's duration). */
async function watchZooms(page: Page): Promise<void> {
  await page.evaluate(() => {
    const zooms: string[] = (window.__zooms = []);
    new MutationObserver((changes) => {
      for (const change of changes) {
        const el = change.target;
        if (el instanceof Element && /\bant-zoom-appear-active\b/.test(el.className.toString())) {
          zooms.push(getComputedStyle(el).animationDuration);
        }
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
}

const zooms = (page: Page) => page.evaluate(() => window.__zooms ?? []);

/** Opens 添加工作人员 and closes it again; returns how long its zoom-in lasted. */
async function addStaffZooms(page: Page): Promise<string[]> {
  const add = page.getByRole('dialog', { name: '添加工作人员' });
  await watchZooms(page);
  await page
    .getByRole('region', { name: '人员与权限' })
    .getByRole('button', { name: '添加工作人员' })
    .click();
  // Opened with the name field ready to type in, with motion or without.
  await expect(add.getByLabel('姓名', { exact: true })).toBeFocused();
  await expect.poll(() => zooms(page)).not.toEqual([]);
  const seen = await zooms(page);
  await add.getByRole('button', { name: '取消' }).click();
  await expect(add).toBeHidden();
  return seen;
}

test.use({ reducedMotion: 'no-preference' });

test('zooms dialogs open by default, and opens them at once, focus in place, when the system asks for less motion', async ({
  page,
}) => {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, false);
  await desk.goTo('设置');
  expect(await addStaffZooms(page)).toEqual(['0.3s']);
  // Turned off while the desk is open (Windows: 动画效果 off): the next dialog is there within a frame.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await addStaffZooms(page)).toEqual(['0.01s']);
  expect(desk.errors).toEqual([]);
});
