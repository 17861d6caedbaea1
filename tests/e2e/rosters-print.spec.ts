import { makeIdNumber } from '../../shared/identity/id-card';
import { dayHeading, mondayOf } from '../../renderer/src/features/rosters/week-grid';
import { addDays, dateKey } from '../../shared/time/center-time';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { expectEmbeddedChineseFonts, mmToPt } from './pages/documents';
import { RosterPrints } from './pages/roster-prints';
import { RostersPage } from './pages/rosters';
import { injectSeed } from './seed/seed';

test('prints a post’s week roster on one A4 landscape page and a shift’s sign-in sheet, names only', async ({
  page,
}) => {
  const app = new DeskApp(page);
  await app.open();
  await app.completeSetup(SAMPLE_CENTER, false);
  await injectSeed(page);
  const idNumber = makeIdNumber({ addressCode: '350102', birthDate: '19850620', sequence: 31 });
  const phone = '13800000031';
  await page.evaluate(
    async ({ idNumber, phone }) => {
      await window.deskSeed.volunteer({ name: '林小梅', idNumber, phone });
    },
    { idNumber, phone },
  );

  await app.goTo('志愿者');
  const rosters = new RostersPage(page);
  await rosters.open();
  await rosters.createPost('三坊七巷社区服务站', '每天', [
    { label: '早岗', start: '08:00', end: '10:00', needed: '2' },
    { label: '午岗', start: '14:00', end: '16:00', needed: '1' },
  ]);
  const prints = new RosterPrints(rosters);
  const today = dateKey(Date.now());
  await prints.assign(rosters.cell(dayHeading(today), '早岗'), '林小梅');
  const postName = await prints.postName();
  expect(postName).not.toBe('');
  await expectNoSeriousAxe(page, '岗位排班（含打印按钮）');

  const week = await prints.print('打印本周排班', 'roster-week');
  const text = week.text();
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(`${postName}岗位周排班表`);
  expect(flat).toContain('地点：三坊七巷社区服务站');
  expect(text).toContain(dayHeading(mondayOf(today)));
  expect(text).toContain(dayHeading(addDays(mondayOf(today), 6)));
  expect(text).toContain('林小梅');
  expect(text).toContain('缺1人');
  expect(text).toMatch(/打印时间：\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}/);
  expect(flat).toContain('第1页共1页');
  expect(text).not.toContain(phone);
  expect(text).not.toContain(idNumber.slice(-6));
  const info = week.info();
  expect(info.pages).toBe(1);
  expect(info.widthPt).toBeCloseTo(mmToPt(297), 0);
  expect(info.heightPt).toBeCloseTo(mmToPt(210), 0);
  expectEmbeddedChineseFonts(week);
  prints.keepPng(week, 'roster-week');

  // The select beside 打印签到表 starts on today's first shift, the one just rostered.
  await expect(page.getByRole('combobox', { name: '签到表班次' })).toBeVisible();
  const sheet = await prints.print('打印签到表', 'roster-sign-sheet');
  const sheetText = sheet.text();
  expect(sheetText).toContain('班次签到表');
  expect(sheetText).toMatch(/序号\s+姓名\s+签到时间\s+签退时间\s+签名/);
  expect(sheetText).toContain('林小梅');
  expect(sheetText).toMatch(/早岗\s+08:00–10:00/);
  expect(sheetText).not.toContain(phone);
  expect(sheet.info().pages).toBe(1);
  prints.keepPng(sheet, 'roster-sign-sheet');
  expect(app.errors).toEqual([]);
});
