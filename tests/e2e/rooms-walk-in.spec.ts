import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { RoomsPage } from './pages/rooms';

test('starts a walk-in from this minute for an hour at the first try, with no backfill reason asked', async ({
  page,
}) => {
  // A Tuesday morning. Setup runs on a moving clock; a slow machine would carry it past the minute.
  await page.clock.install({ time: new Date('2026-12-15T10:00:00+08:00') });
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, true);
  await desk.goTo('场地预约');
  const rooms = new RoomsPage(page);
  await rooms.openDay('2026-12-15');
  // Seconds past the minute, and held there: the start must still count as this minute.
  await page.clock.setFixedTime(new Date('2026-12-15T10:07:20+08:00'));

  // The demo may hold some rooms right now: take the first one the desk offers as free.
  const walkIns = rooms.board.getByRole('button', { name: /立即使用$/ });
  const count = await walkIns.count();
  expect(count).toBeGreaterThan(1);
  const taken = page.getByText('该场地现在不开放或已被占用，无法立即使用。');
  for (let i = 0; i < count; i += 1) {
    await walkIns.nth(i).click();
    await expect(rooms.field('开始时间').or(taken)).toBeVisible();
    if (await rooms.field('开始时间').isVisible()) break;
    await page.keyboard.press('Escape');
    await expect(taken).toBeHidden();
  }
  await expect(rooms.field('开始时间')).toHaveValue('10:07');
  const end = await rooms.field('结束时间').inputValue();
  // An hour, unless the room's next booking or its closing comes first.
  expect(end > '10:22' && end <= '11:07').toBe(true);
  await expect(rooms.drawer.getByLabel('补录原因')).toHaveCount(0);
  await rooms.field('活动名称').fill('临时协调会');
  await rooms.field('联系人').fill('林晓');
  await rooms.field('联系电话').fill('13812345678');
  await rooms.drawer.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText(/已开始使用（YY-\d{4}-\d{5}）/)).toBeVisible();
  await expect(rooms.drawer).toBeHidden();
  await expect(rooms.block('临时协调会')).toHaveAccessibleName(new RegExp(`10:07–${end} 临时协调会`));
  expect(desk.errors).toEqual([]);
});
