import { readFileSync } from 'node:fs';
import { read, utils } from '@e965/xlsx';
import { describeReportPeriod, periodContaining, shiftPeriod } from '../../shared/stats/report-periods';
import { addDays, dateKey, fromDateAndMinutes } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { savePdf } from './pages/documents';
import { injectSeed } from './seed/seed';

const EAST = '东街街道新时代文明实践所';
const SOUTH = '南门兜社区新时代文明实践站';

test('reports last month for one 所/站 against the month before, prints it on A4 and exports it', async ({
  page,
}, testInfo) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);

  const month = shiftPeriod(periodContaining('month', dateKey(Date.now())), -1);
  const before = shiftPeriod(month, -1);
  const at = (first: string, days: number) => fromDateAndMinutes(addDays(first, days), 9 * 60);
  // East: two activities last month (37 + 100 参与, 51 + 200 受益), one the month before; south: one.
  const activities = [
    {
      station: 'east',
      start: at(month.firstDay, 2),
      participants: 37,
      beneficiaries: 51,
      category: '理论宣讲',
    },
    {
      station: 'east',
      start: at(month.firstDay, 20),
      participants: 100,
      beneficiaries: 200,
      category: '志愿服务',
    },
    {
      station: 'south',
      start: at(month.firstDay, 5),
      participants: 9,
      beneficiaries: 9,
      category: '志愿服务',
    },
    {
      station: 'east',
      start: at(before.firstDay, 3),
      participants: 5,
      beneficiaries: 5,
      category: '志愿服务',
    },
  ];
  await injectSeed(page);
  await page.evaluate(
    async ({ activities, names }) => {
      const repos = await window.deskSeed.repos();
      await repos.settings.set('stations', [
        { id: 'east', name: names[0] ?? '', level: '所', parentId: null },
        { id: 'south', name: names[1] ?? '', level: '站', parentId: 'east' },
      ]);
      for (const a of activities)
        await repos.activities.create({
          title: '文明实践活动',
          category: a.category as '志愿服务',
          projectId: null,
          stationId: a.station,
          place: '社区广场',
          start: a.start,
          end: a.start + 7_200_000,
          organiser: '文明实践所',
          serviceObject: '辖区居民',
          beneficiaries: a.beneficiaries,
          participants: a.participants,
          summary: '',
          content: '宣讲',
          evaluation: '优秀',
          leader: '王队长',
        });
    },
    { activities, names: [EAST, SOUTH] },
  );

  await app.goTo('统计报表');
  await page.getByRole('button', { name: '上一期' }).click();
  await expect(page.getByText(describeReportPeriod(month), { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: '统计范围' }).click();
  await page.locator('.ant-select-item-option', { hasText: EAST }).click();

  const figures = page.getByRole('region', { name: '主要指标' });
  const row = (label: string) => figures.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row('活动场次')).toContainText('2');
  await expect(row('活动场次')).toContainText('↑ 100%');
  await expect(row('参与人次')).toContainText('137');
  await expect(row('受益人次')).toContainText('251');
  // Center-only figures are not offered for a 所/站.
  await expect(figures.getByRole('row', { name: /开具证书/ })).toHaveCount(0);
  const byCategory = page.getByRole('region', { name: '按类别' });
  await expect(byCategory.getByRole('row', { name: /理论宣讲/ })).toContainText('37');
  await expect(page.getByRole('img', { name: /活动场次按类别柱状图：.*理论宣讲 1 场/ })).toBeVisible();
  await expectNoSeriousAxe(page, '统计报表 · 所/站');

  for (const size of [
    { width: 1366, height: 850 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`report-${size.width}.png`) });
    await page.getByRole('region', { name: '按类别' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`report-${size.width}-charts.png`) });
    await page.getByRole('region', { name: '统计周期与范围' }).scrollIntoViewIfNeeded();
  }

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: '打印报表', exact: true }).click();
  const pdf = await savePdf(await popup, 'report-a4', 'opened');
  const text = pdf.text().replace(/\s+/g, '');
  expect(text).toContain(SAMPLE_CENTER.name);
  expect(text).toContain('统计报表');
  expect(text).toContain(`统计周期：${describeReportPeriod(month)}`);
  expect(text).toContain(`统计范围：${EAST}`);
  expect(text).toContain('参与人次人次137');
  expect(text).toContain('受益人次人次251');
  expect(text).toContain('↑100%');
  const { widthPt, heightPt } = pdf.info();
  expect(widthPt).toBeCloseTo(595, 0);
  expect(heightPt).toBeCloseTo(842, 0);
  await testInfo.attach('report-a4', { path: pdf.png('report'), contentType: 'image/png' });
  await testInfo.attach('report-a4-pdf', { path: pdf.path, contentType: 'application/pdf' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const book = read(readFileSync(await (await download).path()));
  expect(book.SheetNames).toEqual(['主要指标', '按类别', '按项目', '场地使用']);
  const sheet = book.Sheets['主要指标'];
  if (!sheet) throw new Error('no 主要指标 sheet');
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  expect(rows.find((r) => r[0] === '参与人次')?.[2]).toBe(137);
});

test('says at the field when a custom range ends before it starts, keeping what was typed', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await app.goTo('统计报表');
  await page.getByText('自定义', { exact: true }).click();
  await expect(page.getByRole('radio', { name: '自定义' })).toBeChecked();
  await page.getByLabel('开始日期').fill('2026-11-10');
  await page.getByLabel('结束日期').fill('2026-11-09');
  await expect(page.getByText(/^结束日期不能早于开始日期/)).toBeVisible();
  await expect(page.getByLabel('结束日期')).toHaveValue('2026-11-09');
  await page.getByLabel('结束日期').fill('2026-11-20');
  await expect(page.getByText(/^结束日期不能早于开始日期/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: '主要指标' })).toBeVisible();
  await expectNoSeriousAxe(page, '统计报表 · 自定义');
});
