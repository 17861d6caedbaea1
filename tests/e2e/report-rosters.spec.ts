import { makeIdNumber } from '../../shared/identity/id-card';
import { periodContaining } from '../../shared/stats/report-periods';
import { daysBetween, dateKey } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { ReportRostersSection } from './pages/report-rosters';
import { RostersPage } from './pages/rosters';
import { injectSeed } from './seed/seed';

const PLACE = '东街社区站便民服务点';

test('统计报表 shows a post’s places filled and its attendance once the center has a rostered post', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  const rosters = new ReportRostersSection(page);

  await app.goTo('统计报表');
  await expect(rosters.emptyState).toBeVisible();

  // The post is made as the desk makes it (its form is rosters.spec.ts's subject): one shift every day
  // needing 2.
  await app.goTo('志愿者');
  const posts = new RostersPage(page);
  await posts.open();
  await posts.createPost(PLACE, '每天', [{ label: '早班', start: '08:00', end: '10:00', needed: '2' }]);

  const today = dateKey(Date.now());
  await injectSeed(page);
  // Today's roster is the setting, not the subject: 王芳 came (到岗) and 李强 did not (缺勤).
  const postName = await page.evaluate(
    async ({ today, ids }) => {
      const repos = await window.deskSeed.repos();
      const [wang, li] = [
        await window.deskSeed.volunteer({ name: '王芳', idNumber: ids[0] ?? '', phone: '13800000041' }),
        await window.deskSeed.volunteer({ name: '李强', idNumber: ids[1] ?? '', phone: '13800000042' }),
      ];
      const [post] = await repos.dutyPosts.list();
      const shiftId = post?.shifts[0]?.id;
      if (!post || !shiftId) throw new Error('seed: post missing');
      // Each assigned on its own and marked: what the report is about is the mark.
      for (const [volunteer, status] of [
        [wang, '到岗'],
        [li, '缺勤'],
      ] as const) {
        const base = { postId: post.id, shiftId, date: today, substituteFor: null };
        const [row] = await repos.rosters.assign([{ ...base, volunteerId: volunteer.id, status: '排班' }]);
        if (!row) throw new Error('seed: entry missing');
        await repos.rosters.setStatus(row.id, status);
      }
      return post.name;
    },
    {
      today,
      ids: [41, 42].map((sequence) =>
        makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence }),
      ),
    },
  );

  // This month, the screen's first period: the post runs every day, 2 places a day, from the day it was
  // set up (today) to the month's end: the days before it existed needed no one.
  const month = periodContaining('month', today);
  const needed = 2 * (daysBetween(today, month.lastDay) + 1);
  await app.goTo('今日概览');
  await app.goTo('统计报表');
  await expect(rosters.emptyState).toBeHidden();
  await expect(rosters.row('排班概况', '应排人次')).toContainText(String(needed));
  await expect(rosters.row('排班概况', '已排人次')).toContainText('1');
  await expect(rosters.row('排班概况', '到岗率')).toContainText('50');

  const post = rosters.row('各岗位排班', postName);
  await expect(post).toContainText(PLACE);
  // 岗位, 地点, 上岗班次, 应排, 已排, 完成率, 到岗, 缺勤, 请假, 到岗率, 服务时长.
  const fill = Math.round((1 / needed) * 1000) / 10;
  expect(await rosters.cells(post)).toEqual([
    postName,
    PLACE,
    String(needed / 2),
    String(needed),
    '1',
    String(fill),
    '1',
    '1',
    '0',
    '50',
    '0',
  ]);
  await expect(rosters.row('缺勤较多的志愿者', '李强')).toContainText('1');
  await expect(rosters.table('缺勤较多的志愿者').getByRole('row', { name: /王芳/ })).toHaveCount(0);
  await expectNoSeriousAxe(page, '统计报表 · 岗位排班');
});
