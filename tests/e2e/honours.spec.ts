import { periodOf, shiftPeriod } from '../../shared/recognition/periods';
import { addDays, dateKey, fromDateAndMinutes } from '../../shared/time/center-time';
import { FRONT_DESK, volunteerDraft } from '../db/volunteer-fixtures';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { savePdf } from './pages/documents';
import { HonoursPage, ProjectsSection } from './pages/honours';
import { injectSeed } from './seed/seed';

test('adds, edits, deletes with 撤销 and restores a 服务项目 in 设置, with a bad input at its field', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('设置');
  const projects = new ProjectsSection(page);
  await expect(projects.region.getByText(/还没有服务项目/)).toBeVisible();

  await projects.region.getByRole('button', { name: '添加服务项目' }).click();
  const form = page.getByRole('dialog', { name: '添加服务项目' });
  await form.getByLabel('开始日期').fill('2026-05-01');
  await form.getByLabel('开始日期').press('Enter');
  await form.getByLabel('结束日期').fill('2026-04-01');
  await form.getByLabel('结束日期').press('Enter');
  await form.getByRole('button', { name: '保存项目' }).click();
  await expect(form.getByText('请填写项目名称')).toBeVisible();
  await expect(form.getByText('结束日期不能早于开始日期')).toBeVisible();
  await expectNoSeriousAxe(page, '添加服务项目');
  await form.getByLabel('项目名称').fill('四点半课堂');
  await form.getByRole('switch', { name: '品牌项目' }).click();
  await form.getByLabel('项目类别').fill('助学辅导');
  // Enter in the date field both takes the date and saves, as in any form.
  await form.getByLabel('结束日期').fill('2026-12-31');
  await form.getByLabel('结束日期').press('Enter');
  await expect(form).toBeHidden();
  await expect(projects.region).toContainText('共 1 个服务项目，其中品牌项目 1 个');
  await expect(projects.row('四点半课堂')).toContainText('2026-05-01 至 2026-12-31');

  await projects.region.getByRole('button', { name: '修改四点半课堂' }).click();
  const edit = page.getByRole('dialog', { name: '修改服务项目：四点半课堂' });
  await edit.getByLabel('项目名称').fill('四点半课堂（暑期）');
  await edit.getByRole('button', { name: '保存项目' }).click();
  await expect(edit).toBeHidden();
  await expect(projects.row('四点半课堂（暑期）')).toContainText('助学辅导');

  await projects.region.getByRole('button', { name: '删除四点半课堂（暑期）' }).click();
  const ask = page.getByRole('dialog', { name: '删除服务项目“四点半课堂（暑期）”？' });
  await expectNoSeriousAxe(page, '删除服务项目');
  await ask.getByRole('button', { name: '删除' }).click();
  await expect(projects.region).toContainText('共 0 个服务项目');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(projects.row('四点半课堂（暑期）')).toBeVisible();

  await projects.region.getByRole('button', { name: '删除四点半课堂（暑期）' }).click();
  await page
    .getByRole('dialog', { name: /删除服务项目/ })
    .getByRole('button', { name: '删除' })
    .click();
  await expect(projects.region).toContainText('共 0 个服务项目');
  await projects.region.getByRole('button', { name: /已删除/ }).click();
  await expectNoSeriousAxe(page, '设置 · 服务项目');
  await projects.region.getByRole('button', { name: '恢复四点半课堂（暑期）' }).click();
  await expect(projects.region).toContainText('共 1 个服务项目，其中品牌项目 1 个');
  expect(app.errors).toEqual([]);
});

test('ranks last month’s volunteers with their breakdown, confirms two, shows them on 光荣榜 and prints their 荣誉证书', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  const last = shiftPeriod(periodOf('月', dateKey(Date.now())), -1);
  const day = addDays(last.start, 9);
  const sessions = [
    { name: '林晓梅', hours: [3, 2] },
    { name: '陈志强', hours: [4] },
    { name: '王芳', hours: [1] },
  ].map((v, i) => ({
    draft: volunteerDraft(i + 1, Date.now(), { name: v.name }),
    times: v.hours.map((h, j) => ({
      signInAt: fromDateAndMinutes(addDays(day, j), 9 * 60),
      signOutAt: fromDateAndMinutes(addDays(day, j), (9 + h) * 60),
    })),
  }));
  await injectSeed(page);
  await page.evaluate(
    async ({ sessions, target }) => {
      const repos = await window.deskSeed.repos();
      const team = await repos.teams.create('银龄服务队', '');
      for (const s of sessions) {
        const v = await repos.volunteers.register({ ...s.draft, teamIds: [team.id] });
        for (const t of s.times) {
          const r = await repos.serviceRecords.addPast(v.id, {
            ...target,
            ...t,
            evaluation: '',
            reason: '补录',
          });
          await repos.serviceRecords.confirm(r.id);
        }
      }
    },
    { sessions, target: FRONT_DESK },
  );

  const honours = new HonoursPage(app);
  await honours.open();
  await expect(page.getByText('考评办法 说明')).toBeVisible();
  await page.getByRole('button', { name: '上一期' }).click();
  await expect(page.getByText(last.label, { exact: true })).toBeVisible();
  const rows = honours.volunteers.getByRole('row');
  // 5 h × 2 = 10, 4 h × 2 = 8, 1 h × 2 = 2 under the default 考评办法.
  await expect(rows.nth(1)).toContainText('林晓梅');
  await expect(rows.nth(1)).toContainText('服务时长 5小时 10分');
  await expect(rows.nth(2)).toContainText('陈志强');
  await expect(rows.nth(3)).toContainText('王芳');
  await expect(honours.teams.getByRole('row').filter({ hasText: '银龄服务队' })).toContainText('20');
  await expectNoSeriousAxe(page, '评选表彰 · 评选');

  await honours.volunteers.getByRole('checkbox', { name: '选择林晓梅' }).check();
  await honours.volunteers.getByRole('checkbox', { name: '选择陈志强' }).check();
  await page.getByLabel('评选理由').fill('服务时长多，群众评价好');
  await page.getByRole('button', { name: '确认评选结果' }).click();
  const ask = page.getByRole('dialog', { name: `确认${last.label}评选结果？` });
  await expect(ask).toContainText('林晓梅、陈志强');
  await expectNoSeriousAxe(page, '确认评选结果');
  await ask.getByRole('button', { name: '确认评选结果' }).click();
  await expect(ask).toBeHidden();
  const confirmed = honours.confirmed(last.label);
  await expect(confirmed).toContainText('月度时尚达人 · 林晓梅 · 10分');
  await expect(confirmed).toContainText('月度时尚达人 · 陈志强 · 8分');
  await expect(honours.candidate('林晓梅').getByRole('checkbox')).toBeDisabled();

  await honours.tab('光荣榜').click();
  const roll = page.getByRole('region', { name: `${last.label}月度评选` });
  await expect(roll).toContainText('林晓梅');
  await expect(roll).toContainText('陈志强');
  await expect(roll).not.toContainText('王芳');
  await expectNoSeriousAxe(page, '评选表彰 · 光荣榜');

  await honours.tab('评选').click();
  await confirmed.getByRole('button', { name: '发放荣誉证书' }).click();
  const issue = page.getByRole('dialog', { name: `发放荣誉证书：${last.label}` });
  await expect(issue).toContainText('林晓梅 · 月度时尚达人 · 待发证书');
  await expectNoSeriousAxe(page, '发放荣誉证书');
  const popup = page.waitForEvent('popup');
  await issue.getByRole('button', { name: '开具并打印 2 份' }).click();
  const pdf = await savePdf(await popup, 'honours', 'opened');
  const text = pdf.text().replace(/\s+/g, '');
  expect(text).toContain('林晓梅同志');
  expect(text).toContain('陈志强同志');
  expect(text).toContain(
    `在${last.label}志愿服务考评中积分10分，服务时长多，群众评价好，被评为“月度时尚达人”`,
  );
  expect(text).toContain(SAMPLE_CENTER.name);
  const progress = page.getByRole('dialog', { name: '开具与打印' });
  await expect(progress).toContainText('份已登记');
  await progress.getByRole('button', { name: '关闭', exact: true }).last().click();
  await expect(confirmed).toContainText('陈志强 · 8分 · 服务时长 4小时 8分 · 已发证书');

  await honours.tab('考评办法').click();
  const hour = page.getByLabel('每小时服务时长（分）');
  await hour.fill('-1');
  await page.getByRole('button', { name: '保存考评办法' }).click();
  await expect(page.getByText('每小时积分不能为负数')).toBeVisible();
  await expectNoSeriousAxe(page, '评选表彰 · 考评办法');
  expect(app.errors).toEqual([]);
});
