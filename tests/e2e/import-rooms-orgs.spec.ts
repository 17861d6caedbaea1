import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { downloadedRows, ImportVolunteersDialog, workbook } from './pages/import-volunteers';

/** A unit list as a center keeps it: good rows, bad ones, a repeat, a column the desk does not take. */
const UNITS = [
  ['单位名称', '单位性质', '联系人', '联系电话', '备注', '地址'],
  ['东街街道办事处', '街道', '林晓', '0591-87654321', '每月例会', '东街1号'],
  ['实验小学', '学校', '王老师', 13812345678, '', ''],
  ['仁心诊所', '医院', '陈医生', '13700001111', '', ''],
  ['红星社区', '社区', '李红', '12345', '', ''],
  ['东街街道办事处', '党政机关', '林晓', '0591-87654321', '', ''],
  ['星光科技', '企业', '', '13900001111', '', ''],
];

const ROOMS = [
  ['名称', '类型', '容纳人数', '楼层/位置', '开放时间', '管理员'],
  ['新时代讲堂', '讲堂', 120, '一楼东侧', '周一至周五 09:00-12:00、14:00-17:30', '张老师'],
  ['书画室', '活动室', '30人', '二楼', '', ''],
  ['会客室', '会议室', 10, '三楼', '看情况', ''],
  ['书画室', '活动室', 20, '二楼', '', ''],
];

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/import-rooms-orgs', { recursive: true });
  for (const [w, h] of [
    [1366, 850],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/import-rooms-orgs/${name}-${w}.png` });
  }
}

async function start(page: Page, tab: '场地' | '单位'): Promise<DeskApp> {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('场地预约');
  await page.getByRole('tab', { name: tab, exact: true }).click();
  return app;
}

test.describe('从 Excel 导入场地和单位', () => {
  test('imports the good rows of a unit list, reports the bad ones before writing, and hands back the rejected rows with their reasons', async ({
    page,
  }) => {
    const app = await start(page, '单位');
    const imp = new ImportVolunteersDialog(page, '单位', '从 Excel 导入');
    await imp.open();
    await expect(imp.dialog).toContainText('单位名称、类型、联系人、联系电话');
    await expectNoSeriousAxe(page, '导入单位：选择文件');
    await shoot(page, 'org-1-file');
    await imp.choose('单位名录.xlsx', workbook(UNITS));

    await expect(imp.dialog.getByText('导入单位：核对各列')).toBeVisible();
    await expect(imp.mappingOf('单位性质')).toBeVisible();
    await expect(imp.dialog.getByText('未导入的列：地址')).toBeVisible();
    await expectNoSeriousAxe(page, '导入单位：核对各列');
    await shoot(page, 'org-2-mapping');

    // Report: nothing written yet, every row accounted for, the good rows not held back by bad ones.
    await imp.check();
    await expect(page.getByText('还没有登记单位')).toBeVisible();
    await expect(imp.count('new')).toHaveText('2 行');
    await expect(imp.count('invalid')).toHaveText('3 行');
    await expect(imp.count('duplicate')).toHaveText('1 行');
    await expect(imp.problemRow(4)).toContainText('类型“医院”无法识别');
    await expect(imp.problemRow(5)).toContainText('请填写正确的联系电话');
    await expect(imp.problemRow(6)).toContainText('与第 2 行单位重名');
    await expect(imp.problemRow(7)).toContainText('请填写联系人');
    await expectNoSeriousAxe(page, '导入单位：检查结果');
    await shoot(page, 'org-3-report');

    await imp.dialog.getByRole('button', { name: '确认导入 2 行' }).click();
    await expect(imp.dialog.getByText('导入完成')).toBeVisible();
    await expect(imp.dialog.getByText(/新增 2 家单位；4 行未导入/)).toBeVisible();
    await expectNoSeriousAxe(page, '导入单位：完成');
    await shoot(page, 'org-4-done');

    const rejected = await downloadedRows(await imp.downloadRejected());
    expect(rejected[0]).toEqual(['单位名称', '单位性质', '联系人', '联系电话', '备注', '地址', '原因']);
    expect(rejected.slice(1).map((r) => [r[0], r[6]])).toEqual([
      ['仁心诊所', expect.stringContaining('第 4 行：类型“医院”无法识别')],
      ['红星社区', expect.stringContaining('第 5 行：请填写正确的联系电话')],
      ['东街街道办事处', '第 6 行：与第 2 行单位重名'],
      ['星光科技', '第 7 行：请填写联系人'],
    ]);

    await imp.dialog.getByRole('button', { name: '完成' }).click();
    await expect(page.getByRole('button', { name: '东街街道办事处', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '实验小学', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: '党政机关' })).toBeVisible();

    // The same file again: both units are on record, nothing to add.
    await imp.open();
    await imp.choose('单位名录.xlsx', workbook(UNITS));
    await imp.check();
    await expect(imp.count('existing')).toHaveText('2 行');
    await expect(imp.count('new')).toHaveText('0 行');
    await expect(imp.problemRow(2)).toContainText('已有名为「东街街道办事处」的单位');
    await expect(imp.problemRow(2)).toContainText('已有同名');
    await expect(imp.dialog.getByRole('button', { name: '没有可导入的行' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(imp.dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '东街街道办事处', exact: true })).toHaveCount(1);
    expect(app.errors).toEqual([]);
  });

  test('imports rooms from the keyboard alone, with the room form defaults and no repeat of a name', async ({
    page,
  }) => {
    const app = await start(page, '场地');
    const imp = new ImportVolunteersDialog(page, '场地', '从 Excel 导入');
    await page.getByRole('button', { name: '从 Excel 导入' }).focus();
    await page.keyboard.press('Enter');
    await expect(imp.dialog.getByText('导入场地：选择文件')).toBeVisible();
    await imp.choose('场地清单.xlsx', workbook(ROOMS));
    await expect(imp.dialog.getByText('导入场地：核对各列')).toBeVisible();
    await expect(imp.dialog.getByText('未导入的列：管理员')).toBeVisible();
    await expectNoSeriousAxe(page, '导入场地：核对各列');
    await shoot(page, 'room-1-mapping');
    await imp.check();
    await expect(imp.count('new')).toHaveText('2 行');
    await expect(imp.problemRow(4)).toContainText('类型“会议室”无法识别');
    await expect(imp.problemRow(4)).toContainText('开放时间“看情况”无法识别');
    await expect(imp.problemRow(5)).toContainText('与第 3 行场地重名');
    await expectNoSeriousAxe(page, '导入场地：检查结果');
    await shoot(page, 'room-2-report');
    await imp.dialog.getByRole('button', { name: '确认导入 2 行' }).focus();
    await page.keyboard.press('Enter');
    await expect(imp.dialog.getByText(/新增 2 个场地；2 行未导入/)).toBeVisible();
    await imp.dialog.getByRole('button', { name: '完成' }).focus();
    await page.keyboard.press('Enter');
    await expect(imp.dialog).toBeHidden();
    const lecture = page.getByRole('row').filter({ hasText: '新时代讲堂' });
    await expect(lecture).toContainText('120人');
    await expect(lecture).toContainText('一楼东侧');
    await expect(lecture).toContainText('周一至周五 09:00–12:00、14:00–17:30');
    // No hours in the file: the room form's usual ones.
    const painting = page.getByRole('row').filter({ hasText: '书画室' });
    await expect(painting).toContainText('30人');
    await expect(painting).toContainText('周二至周日 08:30–17:30');
    await shoot(page, 'room-3-list');
    expect(app.errors).toEqual([]);
  });
});
