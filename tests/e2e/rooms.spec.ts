import { expect, test } from './fixtures';
import { addDays, weekdayOf } from '../../shared/time/center-time';
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

test('creates a booking that appears on the day board', async ({ page }) => {
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(22));
  await rooms.book({ room: '理论讲堂', start: '09:00', end: '10:30', title: '民法典进社区专题讲座' });
  await expect(rooms.block('民法典进社区专题讲座')).toHaveAccessibleName(
    /09:00–10:30 民法典进社区专题讲座 已确认/,
  );
  await rooms.block('民法典进社区专题讲座').hover();
  await expect(page.getByRole('tooltip')).toHaveText('09:00–10:30 民法典进社区专题讲座（已确认）');
});

test('refuses a conflicting time and books the suggested free slot instead', async ({ page }) => {
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(23));
  await rooms.book({ room: '理论讲堂', start: '09:00', end: '10:00', title: '医保政策解读会' });
  await rooms.startBooking({ room: '理论讲堂', start: '09:30', end: '10:30', title: '防范电信网络诈骗讲座' });
  const alert = rooms.drawer.getByRole('alert').filter({ hasText: '该时间无法预约' });
  await expect(alert).toContainText(/与 YY-\d{4}-\d{5}「医保政策解读会」（09:00–10:00）时间冲突/);
  await rooms.saveButton.click();
  await expect(rooms.drawer.getByText(/时间冲突/).first()).toBeVisible();
  // 10:00 end + 15 minutes cleanup + 30 minutes setup: 10:45 is the nearest free start.
  await alert.getByRole('button', { name: '改用 10:45–11:45' }).click();
  await expect(rooms.field('开始时间')).toHaveValue('10:45');
  await rooms.saveButton.click();
  await expect(rooms.drawer).toBeHidden();
  await expect(rooms.block('防范电信网络诈骗讲座')).toHaveAccessibleName(/10:45–11:45/);
});

test('creates a weekly series with the conflicting date skipped', async ({ page }) => {
  const rooms = new RoomsPage(page);
  const first = quietDate(24);
  await rooms.openDay(addDays(first, 7));
  await rooms.book({ room: '道德讲堂', start: '09:00', end: '10:00', title: '已有活动' });
  await rooms.openDay(first);
  await rooms.startBooking({
    room: '道德讲堂',
    start: '09:00',
    end: '11:00',
    title: '道德讲堂·身边好人故事会',
  });
  await rooms.drawer.getByRole('switch', { name: '重复预约' }).click();
  const preview = rooms.drawer.getByRole('region', { name: '重复预约预览' });
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview.getByText('冲突', { exact: true })).toHaveCount(1);
  await expect(preview.getByRole('radio', { name: '跳过' })).toBeChecked();
  await rooms.saveButton.click();
  await expect(page.getByText('已创建重复预约 3 次')).toBeVisible();
  await rooms.openDay(addDays(first, 14));
  await expect(rooms.block('道德讲堂·身边好人故事会')).toBeVisible();
  await rooms.openDay(addDays(first, 7));
  await expect(rooms.block('道德讲堂·身边好人故事会')).toHaveCount(0);
});

test('cancels one occurrence of a series and keeps the others', async ({ page }) => {
  const rooms = new RoomsPage(page);
  const first = quietDate(25);
  await rooms.openDay(first);
  await rooms.startBooking({ room: '培训室', start: '14:00', end: '16:00', title: '志愿者骨干培训' });
  await rooms.drawer.getByRole('switch', { name: '重复预约' }).click();
  await expect(rooms.saveButton).toHaveText('保存 4 次预约');
  await rooms.saveButton.click();
  await expect(page.getByText('已创建重复预约 4 次')).toBeVisible();
  await rooms.openDay(addDays(first, 7));
  await rooms.openBlock('志愿者骨干培训');
  await rooms.detail.getByRole('button', { name: '取消预约' }).click();
  const dialog = page.getByRole('dialog', { name: /取消预约 YY-/ });
  await expect(dialog.getByRole('radio', { name: '仅此一次' })).toBeChecked();
  await dialog.getByLabel('取消原因').fill('讲师临时有事');
  await dialog.getByRole('button', { name: '确认取消' }).click();
  await expect(page.getByText('已取消 1 次预约')).toBeVisible();
  await expect(rooms.block('志愿者骨干培训')).toHaveAccessibleName(/已取消/);
  await rooms.openDay(addDays(first, 14));
  await expect(rooms.block('志愿者骨干培训')).toHaveAccessibleName(/已确认/);
});

test('moves a weekly series to the weekday of a changed first date', async ({ page }) => {
  const rooms = new RoomsPage(page);
  const first = quietDate(26);
  let moved = addDays(first, 1);
  while (weekdayOf(moved) === 1) moved = addDays(moved, 1);
  const dayName = (date: string) => `周${'日一二三四五六'[weekdayOf(date)]}`;
  await rooms.openDay(first);
  await rooms.startBooking({ room: '培训室', start: '14:00', end: '16:00', title: '周末书法班' });
  await rooms.drawer.getByRole('switch', { name: '重复预约' }).click();
  await expect(rooms.drawer.getByRole('checkbox', { name: dayName(first) })).toBeChecked();
  const date = rooms.drawer.getByRole('textbox', { name: '日期' });
  await date.fill(moved);
  // Enter confirms the typed date; it does not send the form with the date it had before.
  await date.press('Enter');
  await expect(rooms.drawer).toBeVisible();
  await expect(date).toHaveValue(moved);
  await expect(rooms.drawer.getByRole('checkbox', { name: dayName(moved) })).toBeChecked();
  await expect(rooms.drawer.getByRole('checkbox', { name: dayName(first) })).not.toBeChecked();
  await rooms.saveButton.click();
  await expect(page.getByText('已创建重复预约 4 次')).toBeVisible();
  await rooms.openDay(addDays(moved, 7));
  await expect(rooms.block('周末书法班')).toHaveAccessibleName(/14:00–16:00 周末书法班/);
});

test('checks in a booking with the actual attendance', async ({ page }) => {
  const rooms = new RoomsPage(page);
  // A back-filled booking 25 days ago: the group came, the desk records it now.
  await rooms.openDay(quietDate(-25));
  await rooms.startBooking({ room: '活动室', start: '09:00', end: '10:00', title: '书法公益课' });
  await rooms.field('补录原因').fill('当天电话预约，事后补登');
  await rooms.saveButton.click();
  await expect(rooms.drawer).toBeHidden();
  await rooms.openBlock('书法公益课');
  await rooms.detail.getByLabel('实到人数').fill('35');
  await rooms.detail.getByRole('button', { name: '签到' }).click();
  await expect(page.getByText('已签到，实到 35 人')).toBeVisible();
  await expect(rooms.detail.getByText('35 人', { exact: true })).toBeVisible();
  await expect(rooms.block('书法公益课')).toHaveAccessibleName(/已完成/);
});

test('creates one booking from a fast double submit', async ({ page }) => {
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(26));
  await rooms.startBooking({ room: '多功能厅', start: '14:00', end: '16:00', title: '社区文艺汇演彩排' });
  await rooms.saveButton.dblclick();
  await expect(rooms.drawer).toBeHidden();
  await expect(rooms.block('社区文艺汇演彩排')).toHaveCount(1);
  await page.getByRole('tab', { name: '预约列表' }).click();
  await page.getByLabel('搜索预约').fill('社区文艺汇演彩排');
  await page.getByLabel('搜索预约').press('Enter');
  await expect(page.getByRole('row').filter({ hasText: '社区文艺汇演彩排' })).toHaveCount(1);
});

test('closes a room over lunch and refuses a booking across the break', async ({ page }) => {
  const rooms = new RoomsPage(page);
  const date = quietDate(26);
  const day = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][weekdayOf(date)] as string;
  await page.getByRole('tab', { name: '场地', exact: true }).click();
  await page.getByRole('button', { name: '修改培训室' }).click();
  const editor = page.getByRole('dialog', { name: '修改场地：培训室' });
  // Tuesday is the demo rooms' first open day: split it at lunch, then copy it to the other days.
  await editor.getByLabel('周二关门时间', { exact: true }).fill('12:00');
  await editor.getByRole('button', { name: '周二添加时间段' }).click();
  await editor.getByRole('button', { name: '其他开放日与周二相同' }).click();
  await expect(editor.getByLabel(`${day}关门时间`, { exact: true })).toHaveValue('12:00');
  await expect(editor.getByLabel(`${day}第2段开门时间`)).toHaveValue('14:00');
  await editor.getByLabel(`${day}第2段开门时间`).fill('11:30');
  await editor.getByRole('button', { name: '保存场地' }).click();
  // Overlapping spans are refused at the field, with what was typed kept.
  await expect(editor.getByText('第2段：须晚于上一段的结束 12:00')).toBeVisible();
  await expect(editor.getByLabel(`${day}第2段开门时间`)).toHaveValue('11:30');
  await editor.getByLabel(`${day}第2段开门时间`).fill('14:00');
  await editor.getByRole('button', { name: '保存场地' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('row', { name: /培训室/ })).toContainText(
    '周二至周日 08:30–12:00、14:00–17:30',
  );

  await rooms.openDay(date);
  await rooms.startBooking({ room: '培训室', start: '11:00', end: '15:00', title: '午间读书会' });
  await expect(rooms.drawer.getByRole('alert').filter({ hasText: '该时间无法预约' })).toContainText(
    /超出开放时间：培训室当天开放 \d\d:\d\d–12:00、14:00–\d\d:\d\d/,
  );
});

test('moves a series date that falls on a closed day to the next open day', async ({ page }) => {
  const rooms = new RoomsPage(page);
  // A Sunday's nearest open day is the Saturday before (Monday is closed), so start on Tuesday–Saturday:
  // the day after the closed date is then the nearest open one.
  const first = weekdayOf(quietDate(30)) === 0 ? quietDate(32) : quietDate(30);
  const closed = addDays(first, 7);
  await page.getByRole('tab', { name: '闭馆日' }).click();
  await page.getByRole('button', { name: '新建闭馆安排' }).click();
  const dialog = page.getByRole('dialog', { name: '新建闭馆安排' });
  await dialog.getByLabel('开始日期').fill(closed);
  await dialog.getByLabel('开始日期').press('Enter');
  await expect(dialog.getByLabel('结束日期')).toHaveValue(closed);
  await dialog.getByLabel('原因').fill('消防设施检测');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await rooms.openDay(first);
  await rooms.startBooking({ room: '道德讲堂', start: '09:00', end: '10:00', title: '道德讲堂·家风故事会' });
  await rooms.drawer.getByRole('switch', { name: '重复预约' }).click();
  const preview = rooms.drawer.getByRole('region', { name: '重复预约预览' });
  await expect(preview.getByText('冲突', { exact: true })).toHaveCount(1);
  const next = addDays(closed, 1);
  const [, month, day] = next.split('-').map(Number);
  await preview.getByRole('radio', { name: new RegExp(`改到 ${month}月${day}日（周.）09:00–10:00`) }).check();
  await rooms.saveButton.click();
  await expect(page.getByText('已创建重复预约 4 次')).toBeVisible();
  await rooms.openDay(next);
  await expect(rooms.block('道德讲堂·家风故事会')).toHaveAccessibleName(/09:00–10:00/);
});
