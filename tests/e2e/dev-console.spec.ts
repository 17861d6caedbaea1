import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AuditLogSection } from './pages/audit-log';
import { DeskApp, SAMPLE_CENTER, SCREENS } from './pages/desk-app';
import { DocumentsPage } from './pages/documents';

// Runs only in the `dev-console` project, against the development build: React and antd warn only there.

/** Every console warning or error and every uncaught error, in any page of the context (popups too). */
function watchConsole(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') seen.push(`${msg.type()}: ${msg.text()}`);
  });
  context.on('weberror', (err) => seen.push(`pageerror: ${err.error().message}`));
  return seen;
}

/**
 * Waits until a dialog has stopped zooming in. A click during the zoom can press on the button and let go
 * elsewhere once it has grown, so no click reaches it: on a loaded CI machine 添加工作人员 then stayed open.
 */
async function untilSettled(dialog: Locator): Promise<void> {
  await expect
    .poll(() =>
      dialog.evaluate((el) => {
        const { opacity, transform } = getComputedStyle(el);
        const moving = el
          .getAnimations({ subtree: true })
          .some((a) => a.playState !== 'finished' && a.effect?.getTiming().iterations !== Infinity);
        return !moving && opacity === '1' && transform === 'none';
      }),
    )
    .toBe(true);
}

/** Opens a dialog or drawer with `open`, then closes it with its own 取消 (or 关闭) button. */
async function openAndCancel(page: Page, open: Locator, name: string | RegExp): Promise<void> {
  await open.click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await untilSettled(dialog);
  await dialog
    .getByRole('button', { name: /^(取\s?消|关\s?闭)$/ })
    .first()
    .click();
  await expect(dialog).toBeHidden();
}

async function clickTabs(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
}

test.describe('the development build', () => {
  test('is React’s development runtime, so the console check below can see its warnings', async ({
    page,
  }) => {
    await page.goto('/');
    // The entry and the chunks it preloads: React sits in whichever chunk the bundler shares it from.
    const urls = await page
      .locator('script[type="module"], link[rel="modulepreload"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href));
    expect(urls.length).toBeGreaterThan(0);
    const scripts = await Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
    expect(
      scripts.some((script) => script.includes('react-dom.development')),
      'the build bundles react-dom.development.js',
    ).toBe(true);
  });

  test('sets up the center, opens every screen, the main dialogs and prints a 感谢信 without a console warning or error', async ({
    page,
    context,
  }) => {
    const seen = watchConsole(context);
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    for (const screen of SCREENS) await app.goTo(screen);

    await app.goTo('场地预约');
    await clickTabs(page, ['周视图', '预约列表', '场地', '单位', '闭馆日', '使用率', '日视图']);
    await page.getByRole('button', { name: '新建预约' }).click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('form') });
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await clickTabs(page, ['场地']);
    await openAndCancel(page, page.getByRole('button', { name: '新建场地' }), /场地/);
    await clickTabs(page, ['单位']);
    await openAndCancel(page, page.getByRole('button', { name: '新建单位' }), /单位/);

    await app.goTo('志愿者');
    await clickTabs(page, ['志愿服务队', '时尚达人', '已删除', '志愿者名册']);
    const pending = page.getByRole('tab', { name: /^待确认记录/ });
    await pending.click();
    // Switch back only once the tab shows: a click on the roster tab while it is still selected does nothing.
    await expect(pending).toHaveAttribute('aria-selected', 'true');
    await clickTabs(page, ['志愿者名册']);
    await page.getByRole('row').nth(1).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: /（ZYZ\d{6}）$/ })).toBeVisible();
    await page.getByRole('button', { name: '编辑' }).click();
    await expect(page.getByRole('heading', { name: /^编辑志愿者：/ })).toBeVisible();
    await app.goTo('志愿者');
    await page.getByRole('button', { name: '登记志愿者' }).click();
    await expect(page.getByRole('heading', { name: '登记志愿者' })).toBeVisible();
    // An 11-year-old: the form asks for a guardian in an alert.
    await app.field('证件号码').fill('110105201501011239');
    await expect(page.getByText(/未成年志愿者（\d+ 岁）/)).toBeVisible();
    await app.goTo('志愿者');
    await page.getByRole('button', { name: '签到签退' }).click();
    await expect(page.getByRole('heading', { name: '签到签退' })).toBeVisible();

    const docs = new DocumentsPage(app);
    await docs.open();
    await docs.chooseKind('感谢信');
    await docs.addActivityParticipants();
    await expect(docs.recipients.getByRole('button', { name: /^移除/ }).first()).toBeVisible();
    await page.getByRole('button', { name: '预览全部' }).click();
    await expect(page.getByRole('dialog', { name: /预览/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /预览/ })).toBeHidden();
    const printPage = await docs.issueAndCatchPrintWindow();
    await printPage.close();
    await clickTabs(page, ['登记簿与核验', '模板']);

    await app.goTo('设置');
    await openAndCancel(page, page.getByRole('button', { name: '添加工作人员' }), /添加工作人员/);
    await expect(await new AuditLogSection(page).verify()).toContainText('操作记录校验通过');

    expect(seen).toEqual([]);
  });
});
