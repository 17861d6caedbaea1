import { makeIdNumber } from '../../shared/identity/id-card';
import { dayHeading } from '../../renderer/src/features/rosters/week-grid';
import { dateKey } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { RosterAttendancePage } from './pages/roster-attendance';
import { VolunteersPage } from './pages/volunteers';
import { injectSeed } from './seed/seed';

test.describe('岗位排班 attendance', () => {
  test('marks one rostered volunteer 请假 with a substitute, the other 到岗, and the figures follow', async ({
    page,
  }) => {
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await injectSeed(page);
    const today = dateKey(Date.now());
    // The volunteers are the setting, not the subject: seeded through the app's repositories.
    await page.evaluate(
      async (ids) => {
        for (const [i, name] of ['王芳', '李强', '张伟'].entries())
          await window.deskSeed.volunteer({ name, idNumber: ids[i] ?? '', phone: `1380000003${i}` });
      },
      [31, 32, 33].map((sequence) =>
        makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence }),
      ),
    );

    await app.goTo('志愿者');
    const rosters = new RosterAttendancePage(page);
    await rosters.open();
    await rosters.createPost('东街社区站便民服务点', '每天', [
      { label: '早班', start: '08:00', end: '10:00', needed: '2' },
    ]);
    // Rostering by hand is rosters.spec.ts's subject; here the two are put on today's shift directly.
    await page.evaluate(async (today) => {
      const repos = await window.deskSeed.repos();
      const [post] = await repos.dutyPosts.list();
      const found = await repos.people.searchVolunteers('王芳', 1);
      const others = await repos.people.searchVolunteers('李强', 1);
      const shiftId = post?.shifts[0]?.id;
      const [wang, li] = [found[0], others[0]];
      if (!post || !shiftId || !wang || !li) throw new Error('seed: post or volunteers missing');
      await repos.rosters.assign(
        [wang.id, li.id].map((volunteerId) => ({
          postId: post.id,
          shiftId,
          date: today,
          volunteerId,
          status: '排班' as const,
          substituteFor: null,
        })),
      );
    }, today);
    const cell = rosters.cell(dayHeading(today), '早班');
    await expect(cell).toContainText('王芳');
    await expect(rosters.figure('已排人次')).toHaveText('2/14');
    await expect(rosters.figure('班次排满')).toHaveText('1/7');
    await expect(rosters.figure('到岗率')).toHaveText('暂无');

    await rosters.choose(cell, '王芳', '请假');
    await expect(cell).toContainText('请假');
    await expect(rosters.figure('已排人次')).toHaveText('1/14');
    await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();

    await rosters.choose(cell, '王芳', '替班…');
    const dialog = rosters.substituteDialog('王芳');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('搜索替班志愿者')).toBeFocused();
    await page.keyboard.type('张伟');
    await expect(page.locator('.ant-select-item-option', { hasText: '张伟' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expectNoSeriousAxe(page, '安排替班');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(cell).toContainText('替 王芳');
    await expect(rosters.figure('已排人次')).toHaveText('2/14');
    await expect(rosters.figure('班次排满')).toHaveText('1/7');

    await rosters.choose(cell, '李强', '到岗');
    await expect(cell).toContainText('到岗');
    await expect(rosters.figure('到岗率')).toHaveText('100%');
    await expect(rosters.figure('缺勤')).toHaveText('0 人次');
    await expectNoSeriousAxe(page, '排班统计');
    expect(app.errors).toEqual([]);
  });

  test('a card scanned at 签到签退 during a rostered shift says which shift it matched, and the grid shows 到岗', async ({
    page,
  }) => {
    // 08:30 in Beijing, inside the 08:00–10:00 shift however long the setup takes on a slow machine.
    const today = '2026-12-14';
    await page.clock.install({ time: new Date(`${today}T08:30:00+08:00`) });
    const app = new DeskApp(page);
    await app.open();
    await app.completeSetup(SAMPLE_CENTER, false);
    await injectSeed(page);
    const volunteerNo = await page.evaluate(
      async (idNumber) =>
        (await window.deskSeed.volunteer({ name: '王芳', idNumber, phone: '13800000031' })).volunteerNo,
      makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence: 31 }),
    );
    await app.goTo('志愿者');
    const rosters = new RosterAttendancePage(page);
    await rosters.open();
    await rosters.createPost('东街社区站便民服务点', '每天', [
      { label: '早班', start: '08:00', end: '10:00', needed: '1' },
    ]);
    const postName = await page.evaluate(async (today) => {
      const repos = await window.deskSeed.repos();
      const [post] = await repos.dutyPosts.list();
      const [wang] = await repos.people.searchVolunteers('王芳', 1);
      const shiftId = post?.shifts[0]?.id;
      if (!post || !shiftId || !wang) throw new Error('seed: post or volunteer missing');
      await repos.rosters.assign([
        { postId: post.id, shiftId, date: today, volunteerId: wang.id, status: '排班', substituteFor: null },
      ]);
      return post.name;
    }, today);

    const volunteers = new VolunteersPage(page);
    await volunteers.openSignIn();
    await page.getByRole('combobox', { name: '岗位' }).focus();
    await page.keyboard.type(postName);
    await page.keyboard.press('Enter');
    // As organisation.spec does: the card reader's burst is caught by the page, not typed into the box.
    await page.getByRole('heading', { name: /正在服务/ }).click();
    await volunteers.scan(volunteerNo);
    await expect(volunteers.status).toContainText(
      `对应排班：${postName}（东街社区站便民服务点）早班 08:00–10:00，已记为到岗`,
    );

    await app.goTo('志愿者');
    await rosters.open();
    const cell = rosters.cell(dayHeading(today), '早班');
    await expect(cell).toContainText('王芳');
    await expect(cell).toContainText('到岗');
    expect(app.errors).toEqual([]);
  });
});
