import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeIdNumber } from '../../shared/identity/id-card';
import { dateKey } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { AuditLogSection } from './pages/audit-log';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, DEFAULT_ADMIN, SAMPLE_CENTER } from './pages/desk-app';
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import { cellUnder, ListExport } from './pages/list-export';
import { injectSeed } from './seed/seed';

const ID_NUMBER = makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 123 });
const PHONE = '13812345678';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/export-lists', { recursive: true });
  for (const [w, h] of [
    [1366, 850],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/export-lists/${name}-${w}.png` });
  }
}

async function setUp(page: Page): Promise<DeskApp> {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  return desk;
}

test('exports the roster with real date cells, text volunteer and ID numbers masked, and logs an admin’s full export', async ({
  page,
}) => {
  const desk = await setUp(page);
  const volunteerNo = await page.evaluate(
    async ({ idNumber, phone }) => {
      const v = await window.deskSeed.volunteer({
        name: '林晓岚',
        idNumber,
        birthDate: '1990-01-01',
        phone,
        politicalStatus: '中共党员',
        address: '',
      });
      return v.volunteerNo;
    },
    { idNumber: ID_NUMBER, phone: PHONE },
  );
  await desk.goTo('志愿者');
  await expect(page.getByRole('link', { name: '林晓岚' })).toBeVisible();

  const exporter = new ListExport(page, '志愿者名册');
  await exporter.open();
  await expect(exporter.dialog).toContainText('将按当前筛选条件导出 1 条记录');
  await expect(exporter.fullNumbers).not.toBeChecked();
  await expectNoSeriousAxe(page, '导出 Excel 对话框');
  await shoot(page, 'roster-export-dialog');
  const masked = await exporter.start();
  await expect(exporter.dialog).toContainText('已导出 1 条');
  await shoot(page, 'roster-export-done');

  expect(cellUnder(masked, '姓名')?.v).toBe('林晓岚');
  expect(cellUnder(masked, '志愿者编号')).toMatchObject({ t: 's', v: volunteerNo });
  expect(cellUnder(masked, '证件号码')).toMatchObject({ t: 's', v: '350102********1238' });
  expect(cellUnder(masked, '手机号')).toMatchObject({ t: 's', v: '138****5678' });
  const birth = cellUnder(masked, '出生日期');
  expect(birth?.t).toBe('d');
  expect((birth?.v as Date).toISOString().slice(0, 10)).toBe('1990-01-01');
  const registered = cellUnder(masked, '注册时间');
  expect(registered?.t).toBe('d');
  expect(registered?.z).toBe('yyyy-mm-dd hh:mm');
  expect((registered?.v as Date).toISOString().slice(0, 10)).toBe(dateKey(Date.now()));
  await exporter.close();

  await exporter.open();
  await exporter.fullNumbers.check();
  const full = await exporter.start();
  await expect(exporter.dialog).toContainText('本次导出已记入操作记录');
  expect(cellUnder(full, '证件号码')).toMatchObject({ t: 's', v: ID_NUMBER });
  expect(cellUnder(full, '手机号')).toMatchObject({ t: 's', v: PHONE });
  await exporter.close();

  await desk.goTo('设置');
  const audit = new AuditLogSection(page);
  await expect(audit.rows.first()).toContainText('导出完整身份证号和手机号');
  await expect(audit.rows.first()).toContainText(DEFAULT_ADMIN.name);
  await expect(audit.rows.first()).toContainText('数据导出');
});

test('exports the month’s activities with the date, a 23:00 start and the hours as Excel dates and numbers', async ({
  page,
}) => {
  const desk = await setUp(page);
  const today = dateKey(Date.now());
  await page.evaluate(async (day) => {
    const repos = await window.deskSeed.repos();
    await repos.activities.create({
      title: '夜读分享会',
      category: '志愿服务',
      projectId: null,
      stationId: null,
      place: '阅览室',
      start: Date.parse(`${day}T23:00:00+08:00`),
      end: Date.parse(`${day}T23:30:00+08:00`),
      organiser: '团委',
      serviceObject: '辖区居民',
      beneficiaries: 20,
      participants: 12,
      summary: '',
      content: '共读',
      evaluation: '',
      leader: '王队长',
    });
  }, today);
  await desk.goTo('活动记录');
  await expect(page.getByRole('link', { name: '夜读分享会' })).toBeVisible();

  const exporter = new ListExport(page, '活动记录');
  await exporter.open();
  await expect(exporter.fullNumbers).toHaveCount(0);
  await expectNoSeriousAxe(page, '导出活动记录对话框');
  await shoot(page, 'activities-export-dialog');
  const sheet = await exporter.start();
  await expect(exporter.dialog).toContainText('已导出 1 条');

  expect(cellUnder(sheet, '活动名称')?.v).toBe('夜读分享会');
  const date = cellUnder(sheet, '日期');
  expect(date?.t).toBe('d');
  expect((date?.v as Date).toISOString().slice(0, 10)).toBe(today);
  expect(cellUnder(sheet, '开始')).toMatchObject({ t: 'd', w: '23:00' });
  expect(cellUnder(sheet, '时长（小时）')).toMatchObject({ t: 'n', v: 0.5 });
  expect(cellUnder(sheet, '参与人次')).toMatchObject({ t: 'n', v: 12 });
  expect(desk.errors).toEqual([]);
});

test('saves a national-system preset edited by keyboard and exports the roster in its column order and date format', async ({
  page,
}) => {
  const desk = await setUp(page);
  await page.evaluate(async (idNumber) => {
    await window.deskSeed.volunteer({
      name: '林晓岚',
      idNumber,
      birthDate: '1990-01-01',
      phone: '13812345678',
      address: '',
    });
  }, ID_NUMBER);
  await desk.goTo('志愿者');
  await page.getByRole('button', { name: '全国系统导出' }).click();
  const dialog = page.getByRole('dialog', { name: '导出到全国志愿服务信息系统' });
  await dialog.getByRole('button', { name: '新建志愿者信息方案' }).click();
  await dialog.getByLabel('方案名称').fill('');
  await expect(dialog.getByText('请填写方案名称')).toBeVisible();
  await dialog.getByLabel('方案名称').fill('2026 志愿者导入模板');
  // 姓名 ahead of 志愿者编号, by keyboard alone.
  await dialog.getByRole('button', { name: '上移姓名' }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByLabel(/^第 1 列表头/).fill('志愿者姓名');
  await dialog.getByRole('button', { name: '删除性别列' }).focus();
  await page.keyboard.press('Enter');
  await expectNoSeriousAxe(page, '全国系统导出方案对话框');
  await shoot(page, 'national-preset-dialog');
  await dialog.getByRole('button', { name: '保存方案' }).click();
  await expect(dialog.getByRole('status')).toHaveText('已保存方案“2026 志愿者导入模板”');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '按此方案导出' }).click();
  const book = XLSX.read(readFileSync(await (await download).path()), { cellDates: true, cellNF: true });
  await expect(dialog.getByRole('status')).toHaveText('已导出 1 条');
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('no sheet');
  const [header] = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
  expect(header?.slice(0, 4)).toEqual(['志愿者姓名', '志愿者编号', '证件类型', '证件号码']);
  expect(cellUnder(sheet, '证件号码')).toMatchObject({ t: 's', v: '350102********1238' });
  expect(cellUnder(sheet, '出生日期')).toMatchObject({ t: 'd', w: '1990-01-01' });

  // The preset is stored: it is offered again after the dialog is closed and reopened.
  await dialog.getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: '全国系统导出' }).click();
  await dialog.getByLabel('导出方案').click();
  await expect(page.locator('.ant-select-item-option', { hasText: '2026 志愿者导入模板' })).toBeVisible();
  expect(desk.errors).toEqual([]);
});

test('offers 导出 Excel on the order list and the document register, with their headers in the file', async ({
  page,
}) => {
  const desk = await setUp(page);
  await desk.goTo('服务单');
  await page.getByRole('tab', { name: '全部服务单' }).click();
  const orders = new ListExport(page, '服务单');
  await orders.open();
  await expect(orders.fullNumbers).toBeVisible();
  await shoot(page, 'orders-export-dialog');
  const orderSheet = await orders.start();
  await expect(orders.dialog).toContainText('已导出 0 条');
  const [orderHeader] = XLSX.utils.sheet_to_json<string[]>(orderSheet, { header: 1 });
  expect(orderHeader?.slice(0, 4)).toEqual(['服务单号', '点单时间', '居民', '联系电话']);
  await orders.close();

  await desk.goTo('证书与感谢信');
  await page.getByRole('tab', { name: '登记簿与核验' }).click();
  const register = new ListExport(page, '开具登记簿');
  await register.open();
  await expect(register.fullNumbers).toHaveCount(0);
  await expectNoSeriousAxe(page, '导出开具登记簿对话框');
  await shoot(page, 'register-export-dialog');
  const registerSheet = await register.start();
  const [registerHeader] = XLSX.utils.sheet_to_json<string[]>(registerSheet, { header: 1 });
  expect(registerHeader?.slice(0, 4)).toEqual(['编号', '文书类别', '接收人', '开具日期']);
  expect(desk.errors).toEqual([]);
});
