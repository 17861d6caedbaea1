import { expect, type Page } from '@playwright/test';

/**
 * Picks an option of the focused antd select by keyboard only: ArrowDown opens the list, each further
 * ArrowDown moves to the next option (waiting for it to move, never for time), Enter takes it.
 * Clicking an option of antd's virtual list is what a mouse user does, but Playwright's scroll into
 * view re-renders the list under a busy page and detaches the option it was about to click.
 */
export async function pickByKeyboard(page: Page, option: string, max = 30): Promise<void> {
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  await page.keyboard.press('ArrowDown');
  await expect(active).toBeVisible();
  let text = await active.innerText();
  for (let i = 0; text !== option && i < max; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(active).not.toHaveText(text);
    text = await active.innerText();
  }
  expect(text).toBe(option);
  await page.keyboard.press('Enter');
}
