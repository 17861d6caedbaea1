import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { downloadedRows, ImportVolunteersDialog, workbook } from './pages/import-volunteers';

const id = (birthDate: string, sequence: number) =>
  makeIdNumber({ addressCode: '350102', birthDate, sequence });
const ID_ZHANG = id('19900101', 11);
const ID_LI = id('19851231', 12);
const ID_WANG = id('19920505', 13);
const ID_QIAN = id('19790203', 14);
/** A check character off by one: the kind of typo the ID check catches. */
const ID_BAD = `${ID_ZHANG.slice(0, 17)}${ID_ZHANG.endsWith('1') ? '2' : '1'}`;

/** A roll as centers keep it: good rows, bad ones, a repeat, a column the desk does not know. */
const ROLL = [
  ['姓名', '性别', '身份证号', '手机号', '注册时间', '鞋码'],
  ['张三', '男', ID_ZHANG, '13812345678', '2024/3/5', '42'],
  ['李四', '女', ID_LI, 13912345678, 45000, '37'],
  ['王五', '男', Number(ID_WANG), '13700001111', '', ''],
  ['赵六', '男', ID_BAD, '13600001111', '', ''],
  ['钱七', '女', ID_QIAN, '12345', '', ''],
  ['张三', '男', ID_ZHANG, '13812345678', '', ''],
];

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/import-volunteers', { recursive: true });
  for (const [w, h] of [
    [1366, 850],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/import-volunteers/${name}-${w}.png` });
  }
}

async function start(page: Page): Promise<{ app: DeskApp; imp: ImportVolunteersDialog }> {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('志愿者');
  return { app, imp: new ImportVolunteersDialog(page) };
}

test.describe('导入志愿者', () => {
  test('imports the good rows of a roll, reports the bad ones before writing, and hands back the rejected rows with their reasons', async ({
    page,
  }) => {
    const { app, imp } = await start(page);
    await imp.open();
    await expectNoSeriousAxe(page, '导入志愿者：选择文件');
    await shoot(page, '1-file');
    await imp.choose('志愿者名册.xlsx', workbook(ROLL));

    // Mapping: recognised headers, the unknown one left out and listed.
    await expect(imp.dialog.getByText('导入志愿者：核对各列')).toBeVisible();
    await expect(imp.mappingOf('身份证号')).toBeVisible();
    await expect(imp.dialog).toContainText(`${ID_ZHANG.slice(0, 6)}********${ID_ZHANG.slice(-4)}`);
    await expect(imp.dialog).not.toContainText(ID_ZHANG);
    await expect(imp.dialog.getByText('未导入的列：鞋码')).toBeVisible();
    await expect(imp.mappingOf('鞋码')).toBeVisible();
    // The mapping can be changed, and the change is remembered for the next import.
    await imp.mappingOf('鞋码').fill('备注');
    await page.keyboard.press('Enter');
    await expect(imp.dialog.getByText('未导入的列：鞋码')).toHaveCount(0);
    await expectNoSeriousAxe(page, '导入志愿者：核对各列');
    await shoot(page, '2-mapping');

    // Report: nothing written yet, every row accounted for, valid rows not held back by bad ones.
    await imp.check();
    await expect(page.getByText('共 0 名志愿者')).toBeVisible();
    await expect(imp.count('new')).toHaveText('2 行');
    await expect(imp.count('invalid')).toHaveText('3 行');
    await expect(imp.count('duplicate')).toHaveText('1 行');
    await expect(imp.problemRow(4)).toContainText('身份证号被 Excel 存成了数字，末几位可能已丢失');
    await expect(imp.problemRow(5)).toContainText('证件号码有误：校验位错误');
    await expect(imp.problemRow(6)).toContainText('手机号码有误：手机号码应为11位，当前为5位');
    await expect(imp.problemRow(7)).toContainText('与第 2 行证件号码重复');
    await expectNoSeriousAxe(page, '导入志愿者：检查结果');
    await shoot(page, '3-report');

    await imp.dialog.getByRole('button', { name: '确认导入 2 行' }).click();
    await expect(imp.dialog.getByText('导入完成')).toBeVisible();
    await expect(imp.dialog.getByText(/新增 2 名志愿者；4 行未导入/)).toBeVisible();
    await expectNoSeriousAxe(page, '导入志愿者：完成');
    await shoot(page, '4-done');

    const rejected = await downloadedRows(await imp.downloadRejected());
    expect(rejected[0]).toEqual(['姓名', '性别', '身份证号', '手机号', '注册时间', '鞋码', '原因']);
    expect(rejected.slice(1).map((r) => [r[0], r[6]])).toEqual([
      ['王五', expect.stringContaining('第 4 行：身份证号被 Excel 存成了数字')],
      ['赵六', expect.stringContaining('第 5 行：证件号码有误')],
      ['钱七', expect.stringContaining('第 6 行：手机号码有误')],
      ['张三', '第 7 行：与第 2 行证件号码重复'],
    ]);

    await imp.dialog.getByRole('button', { name: '完成' }).click();
    await expect(page.getByText('共 2 名志愿者')).toBeVisible();
    await expect(page.getByRole('cell', { name: '张三', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: '李四', exact: true })).toBeVisible();

    // The same file again: everyone is already registered, nothing to add.
    await imp.open();
    await imp.choose('志愿者名册.xlsx', workbook(ROLL));
    await expect(imp.dialog.getByText('未导入的列：鞋码')).toHaveCount(0);
    await imp.check();
    await expect(imp.count('existing')).toHaveText('2 行');
    await expect(imp.count('new')).toHaveText('0 行');
    await expect(imp.problemRow(2)).toContainText('已登记：张三（ZYZ000001）');
    await expect(imp.dialog.getByRole('button', { name: '没有可导入的行' })).toBeDisabled();
    await imp.dialog
      .getByRole('button', { name: 'Close' })
      .or(imp.dialog.getByRole('button', { name: '关闭' }))
      .first()
      .click();
    await expect(page.getByText('共 2 名志愿者')).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('refuses a file that is not a spreadsheet and a header with merged cells, importing nothing', async ({
    page,
  }) => {
    const { imp } = await start(page);
    await imp.open();
    await imp.choose('照片.xlsx', Buffer.from('这不是表格'));
    await expect(imp.dialog.getByRole('alert')).toHaveText(
      '无法导入：这不是 Excel 表格文件，请选择 .xlsx、.xls 或 .csv 文件',
    );
    const merged = workbook(
      [
        ['基本信息', null, '手机号'],
        ['张三', ID_ZHANG, '13812345678'],
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }],
    );
    await imp.choose('合并表头.xlsx', merged);
    await expect(imp.dialog.getByRole('alert')).toContainText('表头有合并单元格（A1:B1）');
    await expectNoSeriousAxe(page, '导入志愿者：无法导入');
    await shoot(page, '5-refused');
  });
});
