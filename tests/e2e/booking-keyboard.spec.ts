import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { quietDate, RoomsPage } from './pages/rooms';

let desk: DeskApp;

test.beforeEach(async ({ page }) => {
  desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, true);
  await desk.goTo('场地预约');
});

test.afterEach(() => {
  expect(desk.errors).toEqual([]);
});

test.describe('on a 1280×720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('keeps 保存预约 and the conflict alert on screen without scrolling', async ({ page }) => {
    const rooms = new RoomsPage(page);
    await rooms.openDay(quietDate(27));
    await rooms.book({ room: '理论讲堂', start: '09:00', end: '10:00', title: '医保政策解读会' });
    await rooms.startBooking({
      room: '理论讲堂',
      start: '09:30',
      end: '10:30',
      title: '防范电信网络诈骗讲座',
    });
    await rooms.field('备注').fill('需要话筒两只');
    const alert = rooms.drawer.getByRole('alert').filter({ hasText: '该时间无法预约' });
    await expect(rooms.saveButton).toBeInViewport({ ratio: 1 });
    await rooms.saveButton.click();
    await expect(rooms.drawer.getByText(/时间冲突/).first()).toBeVisible();
    await expect(alert).toBeInViewport();
    await expect(alert.getByRole('button', { name: /^改用 / }).first()).toBeInViewport({ ratio: 1 });
    await expect(rooms.saveButton).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test('fills and saves a booking by keyboard alone, starting in the first field', async ({ page }) => {
  const rooms = new RoomsPage(page);
  const date = quietDate(28);
  await rooms.openDay(date);
  await page.getByRole('button', { name: '新建预约' }).click();
  await expect(rooms.field('场地')).toBeFocused();
  await page.keyboard.type('理论');
  // Enter chooses the highlighted option: on a loaded machine the filtered list can still be on its way.
  await expect(page.getByRole('option', { name: /^理论/ }).first()).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(rooms.drawer.getByTitle(/^理论/).first()).toBeAttached();
  // Tab on a list still open chooses its option and stays, as a user would see: go on once it has closed.
  await expect(rooms.field('场地')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(rooms.field('日期')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(rooms.field('开始时间')).toBeFocused();
  await page.keyboard.type('09:10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10:40');
  // The 时段 presets are not Tab stops: Tab goes on to the activity and the typed times stay.
  await page.keyboard.press('Tab');
  await expect(rooms.field('活动名称')).toBeFocused();
  await expect(rooms.field('开始时间')).toHaveValue('09:10');
  await page.keyboard.type('社区合唱排练');
  await page.keyboard.press('Tab');
  await expect(rooms.field('活动类别')).toBeFocused();
  await page.keyboard.type('文化');
  await page.keyboard.press('Enter');
  await expect(rooms.drawer.getByTitle('文化文艺')).toBeVisible();
  await rooms.field('联系人').focus();
  await page.keyboard.type('林晓');
  await page.keyboard.press('Tab');
  await page.keyboard.type('13812345678');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/预约 YY-\d{4}-\d{5} 已保存/)).toBeVisible();
  await expect(rooms.block('社区合唱排练')).toHaveAccessibleName(/09:10–10:40 社区合唱排练/);
});

test('asks before a 时段 preset replaces typed times, and keeps them on 保留', async ({ page }) => {
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(29));
  await rooms.startBooking({ room: '理论讲堂', start: '09:10', end: '10:40', title: '读书分享会' });
  await rooms.drawer.getByRole('button', { name: /^下午/ }).click();
  const ask = page.getByRole('dialog').filter({ hasText: '将被替换' });
  await expect(ask).toContainText('已填写的时间 09:10–10:40 将被替换');
  await ask.getByRole('button', { name: '保留已填写的时间' }).click();
  await expect(rooms.field('开始时间')).toHaveValue('09:10');
  await expect(rooms.field('结束时间')).toHaveValue('10:40');
  await rooms.drawer.getByRole('button', { name: /^下午/ }).click();
  await ask.getByRole('button', { name: '替换' }).click();
  await expect(rooms.field('开始时间')).toHaveValue('14:00');
  await expect(rooms.field('结束时间')).toHaveValue('17:30');
});

test('keeps an over-long pasted title and says at the field how long it may be', async ({ page }) => {
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(30));
  await rooms.startBooking({ room: '理论讲堂', start: '09:00', end: '10:00', title: '' });
  const long = `${'新时代文明实践中心'.repeat(7)}讲座`; // 65 characters
  await rooms.field('活动名称').focus();
  await page.keyboard.insertText(long);
  await expect(rooms.field('活动名称')).toHaveValue(long);
  await expect(rooms.drawer.getByText('最多60字，已超5字')).toBeVisible();
  await rooms.saveButton.click();
  await expect(rooms.drawer.getByText('活动名称不能超过60个字')).toBeVisible();
  await expect(rooms.field('活动名称')).toHaveValue(long);
  await expect(rooms.drawer).toBeVisible();
});

test('shows a focused field in blue and an invalid one in red, so the two never look alike', async ({
  page,
}) => {
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(31));
  await rooms.startBooking({ room: '理论讲堂', start: '09:00', end: '10:00', title: '' });
  await rooms.saveButton.click();
  await expect(rooms.drawer.getByText('请填写活动名称')).toBeVisible();
  const border = (label: string) =>
    rooms
      .field(label)
      // The visible border is the affix wrapper's when the field shows a length hint.
      .evaluate((el) => getComputedStyle(el.closest('.ant-input-affix-wrapper') ?? el).borderTopColor);
  await rooms.field('联系人').focus();
  await expect.poll(() => border('联系人')).toBe('rgb(22, 119, 255)');
  // #cf1322: the error red darkened to 5.9:1 on white for WCAG AA text contrast.
  await expect.poll(() => border('活动名称')).toBe('rgb(207, 19, 34)');
});
