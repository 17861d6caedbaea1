import { makeIdNumber } from '../../shared/identity/id-card';
import { dayHeading } from '../../renderer/src/features/rosters/week-grid';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { RosterMovePage } from './pages/roster-move';
import { injectSeed } from './seed/seed';

// A Monday with no holiday in its week, so every day of the 每天 post runs; 09:00 in Beijing.
const MONDAY = '2026-12-14';
const TUESDAY = '2026-12-15';

/**
 * A 每天 post with 早班 and 午班, and 王芳 rostered on the given dates' 早班: the roster is the setting,
 * put in place through the app's repositories (rostering by hand is rosters.spec.ts's subject).
 */
async function rosterWang(page: Page, dates: string[]): Promise<{ app: DeskApp; rosters: RosterMovePage }> {
  await page.clock.install({ time: new Date(`${MONDAY}T09:00:00+08:00`) });
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  await page.evaluate(
    (idNumber) => window.deskSeed.volunteer({ name: '王芳', idNumber, phone: '13800000041' }),
    makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence: 41 }),
  );
  await app.goTo('志愿者');
  const rosters = new RosterMovePage(page);
  await rosters.open();
  await rosters.createPost('东街社区站便民服务点', '每天', [
    { label: '早班', start: '08:00', end: '10:00', needed: '2' },
    { label: '午班', start: '14:00', end: '16:00', needed: '1' },
  ]);
  await page.evaluate(async (dates) => {
    const repos = await window.deskSeed.repos();
    const [post] = await repos.dutyPosts.list();
    const [wang] = await repos.people.searchVolunteers('王芳', 1);
    const shiftId = post?.shifts.find((s) => s.label === '早班')?.id;
    if (!post || !shiftId || !wang) throw new Error('seed: post or volunteer missing');
    await repos.rosters.assign(
      dates.map((date) => ({
        postId: post.id,
        shiftId,
        date,
        volunteerId: wang.id,
        status: '排班' as const,
        substituteFor: null,
      })),
    );
  }, dates);
  for (const date of dates) await expect(rosters.cell(dayHeading(date), '早班')).toContainText('王芳');
  return { app, rosters };
}

test.describe('岗位排班 调到… by keyboard', () => {
  test('moves a rostered volunteer to another day by keyboard only, and 撤销 puts them back', async ({
    page,
  }) => {
    const { app, rosters } = await rosterWang(page, [MONDAY]);
    const monday = rosters.cell(dayHeading(MONDAY), '早班');
    const tuesday = rosters.cell(dayHeading(TUESDAY), '早班');

    // Tab from the last control above the grid enters it at Monday's 早班, then on to 王芳's 调到….
    await page.getByRole('button', { name: '打印签到表的更多方式' }).focus();
    await page.keyboard.press('Tab');
    await expect(monday).toBeFocused();
    await rosters.tabTo(rosters.moveButton(monday, '王芳'));
    await page.keyboard.press('Enter');

    const dialog = rosters.moveDialog('王芳');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('调到哪一天')).toBeFocused();
    await expect(rosters.chosen(dialog, '调到哪一天')).toContainText(dayHeading(MONDAY));
    await expectNoSeriousAxe(page, '调到…');
    await rosters.pickByKeyboard(dayHeading(TUESDAY));
    await expect(rosters.chosen(dialog, '调到哪一天')).toContainText(dayHeading(TUESDAY));
    // The shift stays 早班 and says how Tuesday's 早班 is staffed before the move.
    await expect(rosters.chosen(dialog, '班次')).toContainText('早班 08:00–10:00（已排 0/2，缺岗）');
    await rosters.tabTo(dialog.getByRole('button', { name: '确定' }));
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    await expect(tuesday).toContainText('王芳');
    await expect(monday).not.toContainText('王芳');
    await expect(monday).toHaveAccessibleName(/已排 0\/2，缺岗/);
    // Focus lands on the person where they now are, so the next key goes on from there.
    await expect(rosters.moveButton(tuesday, '王芳')).toBeFocused();

    await page.getByRole('button', { name: '撤销' }).click();
    await expect(monday).toContainText('王芳');
    await expect(tuesday).not.toContainText('王芳');
    await expect(page.getByText(`已将 王芳 移回 ${dayHeading(MONDAY)}`)).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('a move onto a shift the person already has is refused at the field, the choice kept; Escape cancels', async ({
    page,
  }) => {
    const { app, rosters } = await rosterWang(page, [MONDAY, TUESDAY]);
    const monday = rosters.cell(dayHeading(MONDAY), '早班');
    const tuesday = rosters.cell(dayHeading(TUESDAY), '早班');

    const button = rosters.moveButton(monday, '王芳');
    await page.getByRole('button', { name: '打印签到表的更多方式' }).focus();
    await page.keyboard.press('Tab');
    await rosters.tabTo(button);
    await page.keyboard.press('Enter');
    const dialog = rosters.moveDialog('王芳');
    await expect(dialog.getByLabel('调到哪一天')).toBeFocused();
    await rosters.pickByKeyboard(dayHeading(TUESDAY));
    await rosters.tabTo(dialog.getByRole('button', { name: '确定' }));
    await page.keyboard.press('Enter');

    // The repository's own clash message, at the shift field; nothing moved and nothing chosen is lost.
    await expect(dialog.getByRole('alert')).toContainText('该志愿者已排在这一班（早班）');
    await expect(dialog.getByLabel('班次')).toHaveAttribute('aria-invalid', 'true');
    await expect(rosters.chosen(dialog, '调到哪一天')).toContainText(dayHeading(TUESDAY));
    await expect(rosters.chosen(dialog, '班次')).toContainText('早班');
    await expect(monday).toContainText('王芳');
    await expectNoSeriousAxe(page, '调到… 有冲突');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await expect(monday).toContainText('王芳');
    await expect(tuesday.getByText('王芳')).toHaveCount(1);
    expect(app.errors).toEqual([]);
  });
});
