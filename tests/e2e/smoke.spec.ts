import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER, SCREENS } from './pages/desk-app';

test.describe('the desk on first use', () => {
  test('sets up the center with demo data, opens every screen without console errors, and keeps the data after a reload', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    await expect(app.sidebar).toContainText(SAMPLE_CENTER.name);

    for (const screen of SCREENS) await app.goTo(screen);

    await app.goTo('志愿者');
    await expect(page.getByText('共 200 名志愿者')).toBeVisible();

    await page.reload();
    await app.expectScreen('志愿者');
    await expect(page.getByText('共 200 名志愿者')).toBeVisible();
    await expect(app.sidebar).toContainText(SAMPLE_CENTER.name);
    expect(app.errors).toEqual([]);
  });

  test('moves between screens by Alt+digit and by any point of a navigation row, marking the screen shown as the current page', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await expect(app.navLink('今日概览')).toHaveAttribute('aria-current', 'page');

    await page.keyboard.press('Alt+2');
    await app.expectScreen('场地预约');
    await expect(app.navLink('场地预约')).toHaveAttribute('aria-current', 'page');
    await expect(app.navLink('今日概览')).not.toHaveAttribute('aria-current', /.*/);

    // The row's far end, over its Alt+9 hint: the whole row is the link, not only its title.
    const settings = app.navLink('设置');
    const box = await settings.boundingBox();
    expect(box?.width).toBeGreaterThan(150);
    await settings.click({ position: { x: (box?.width ?? 0) - 8, y: (box?.height ?? 0) / 2 } });
    await app.expectScreen('设置');
    await expect(settings).toHaveAttribute('aria-current', 'page');

    await app.navLink('志愿者').focus();
    await page.keyboard.press('Enter');
    await app.expectScreen('志愿者');
    await expect(app.navLink('志愿者')).toHaveAttribute('aria-current', 'page');
    expect(app.errors).toEqual([]);
  });

  test('shows ID numbers and phones masked in the volunteer list', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    await app.goTo('志愿者');
    const firstRow = page.getByRole('row').nth(1);
    await expect(firstRow).toContainText(/\d{6}\*{8}[\dX]{4}/);
    await expect(firstRow).toContainText(/1\d{2}\*{4}\d{4}/);
  });

  test('reports the rooms’ idle rate for the period, the same as the total of the per-room table', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, true);
    await app.goTo('统计报表');
    const section = page.getByRole('region', { name: '场地使用' });
    const card = section.getByRole('group', { name: '场地闲置率' });
    await expect(card).toContainText(/\d+(\.\d)?%/);
    const figure = (await card.innerText()).match(/(\d+(?:\.\d)?)%/)?.[1];
    const total = section.getByRole('row', { name: /合计/ });
    await expect(total).toContainText(`${figure}%`);
    await expect(section.getByRole('row')).toHaveCount(7 + 2);
  });

  test('loads the demo from 设置 behind a progress dialog that closes once the data is in', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await app.goTo('设置');
    await page.getByRole('button', { name: '载入示例数据' }).click();
    const dialog = page.getByRole('dialog', { name: '载入示例数据' });
    await expect(dialog).toBeVisible();
    await expect(page.getByText('示例数据已载入')).toBeVisible({ timeout: 60_000 });
    await expect(dialog).toBeHidden();
    await app.goTo('志愿者');
    await expect(page.getByText('共 200 名志愿者')).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('explains each empty screen when started without demo data', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await app.goTo('志愿者');
    await expect(page.getByText(/还没有.*志愿者/)).toBeVisible();
    await app.goTo('证书与感谢信');
    await expect(page.getByText(/还没有接收人/)).toBeVisible();
    await page.getByRole('tab', { name: '登记簿与核验' }).click();
    await expect(page.getByText('还没有开具任何证书或感谢信')).toBeVisible();
    await app.goTo('统计报表');
    await expect(page.getByText(/还没有可预约的场地/)).toBeVisible();
    expect(app.errors).toEqual([]);
  });
});

test.describe('first-run setup form', () => {
  test('shows a Chinese message at the field and keeps what was typed when the phone is wrong', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.fillCenterProfile({ ...SAMPLE_CENTER, phone: '12345' });
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByText(/请填写正确的联系电话/)).toBeVisible();
    await expect(app.field('中心名称')).toHaveValue(SAMPLE_CENTER.name);
    await expect(app.field('地址')).toHaveValue(SAMPLE_CENTER.address);
    await expect(app.field('联系电话')).toHaveValue('12345');
    await expect(app.setupHeading).toBeVisible();
  });

  test('asks for the center name when it is left empty', async ({ page }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.fillCenterProfile({ ...SAMPLE_CENTER, name: '' });
    await page.getByRole('button', { name: '开始使用' }).click();
    await expect(page.getByText('请填写中心名称')).toBeVisible();
  });
});
