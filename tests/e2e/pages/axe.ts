import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA, the level the desk is held to. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Names a screen reader would read in English, from the accessibility tree: antd icons name themselves
 * "calendar", "close"…, alone (`img "calendar"`) or inside a control's name (`button "edit 编辑"`);
 * rc-components name theirs "Increase Value".
 */
const ENGLISH_NAME = /"(?:[a-z]+-)*[a-z]+(?:"| )|"(?:[A-Za-z]+ )*[A-Za-z]*[a-z]{2,}"/;

/**
 * Runs axe over the whole page as it is now (open dialogs and drawers included) and fails on any
 * serious or critical finding, listing each as "rule (impact): target — message" under the screen's
 * label, so a failure says what and where without opening the trace. Also checks what axe's WCAG rules
 * leave out: exactly one `main` landmark, and no element named in English.
 */
export async function expectNoSeriousAxe(page: Page, label: string): Promise<void> {
  // A dialog still fading in, or a menu item fading out, has blended colours that fail contrast for a
  // few hundred milliseconds: check the page as it settles, whatever the machine's speed. Endless
  // animations (spinners) never finish and are left running.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const findings = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
      ),
    );
  expect.soft(findings, `axe findings on ${label}`).toEqual([]);
  expect.soft(await page.locator('main, [role="main"]').count(), `main landmarks on ${label}`).toBe(1);
  const tree = await page.locator('body').ariaSnapshot();
  const english = tree.split('\n').filter((line) => ENGLISH_NAME.test(line));
  expect.soft(english, `names in English on ${label}`).toEqual([]);
}
