import { makeIdNumber } from '../../shared/identity/id-card';
import { dayHeading, mondayOf } from '../../renderer/src/features/rosters/week-grid';
import { dateKey, weekdayOf } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { RostersPage } from './pages/rosters';
import { injectSeed } from './seed/seed';

test.describe('岗位排班', () => {
  test('creates a post with two daily shifts and rosters a volunteer on today by keyboard only', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    // The volunteer is what the roster is about only as a name to find.
    await injectSeed(page);
    await page.evaluate(
      async (idNumber) => {
        await window.deskSeed.volunteer({ name: '林小梅', idNumber, phone: '13800000021' });
      },
      makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence: 21 }),
    );

    await app.goTo('志愿者');
    const rosters = new RostersPage(page);
    await rosters.open();
    await expect(page.getByText('还没有排班岗位')).toBeVisible();

    await rosters.createPost('三坊七巷社区服务站', '每天', [
      { label: '早岗', start: '08:00', end: '10:00', needed: '2' },
      { label: '午岗', start: '14:00', end: '16:00', needed: '1' },
    ]);
    await expect(rosters.grid).toBeVisible();
    await expect(rosters.todayGaps.getByRole('listitem')).toHaveCount(2);
    await expectNoSeriousAxe(page, '岗位排班');

    // Keyboard only: Tab from the last control above the grid (the sign sheet's print menu) enters the
    // grid at its first cell, arrows reach today's 早岗.
    const today = dateKey(Date.now());
    await page.getByRole('button', { name: '打印签到表的更多方式' }).focus();
    await page.keyboard.press('Tab');
    await expect(rosters.cell(dayHeading(mondayOf(today)), '早岗')).toBeFocused();
    for (let i = 0; i < (weekdayOf(today) + 6) % 7; i++) await page.keyboard.press('ArrowRight');
    const cell = rosters.cell(dayHeading(today), '早岗');
    await expect(cell).toBeFocused();
    await expect(cell).toHaveAccessibleName(/已排 0\/2，缺岗/);
    await page.keyboard.press('Enter');

    await expect(rosters.assignDialog).toBeVisible();
    await expect(rosters.assignDialog.getByLabel('搜索志愿者')).toBeFocused();
    await page.keyboard.type('林小梅');
    await expect(page.locator('.ant-select-item-option', { hasText: '林小梅' })).toBeVisible();
    await page.keyboard.press('Enter');
    // Scanned once the choice is made and its list has closed: scanned while the list was still leaving
    // (its closing motion), axe met the picker's unnamed helper listbox (rc-select's, CI 2026-12-07).
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expectNoSeriousAxe(page, '安排志愿者');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(rosters.assignDialog.getByRole('button', { name: '确定' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rosters.assignDialog).toBeHidden();

    await expect(cell).toContainText('林小梅');
    await expect(cell).toContainText('1/2');
    await expect(cell).toContainText('缺1人');
    await expect(cell).toHaveAccessibleName(/已排 1\/2，缺岗/);
    await expect(rosters.todayGaps).toContainText('已排 1/2');
    expect(app.errors).toEqual([]);
  });
});
