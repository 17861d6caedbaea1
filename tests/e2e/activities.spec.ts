import { mkdirSync, copyFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousAxe } from './pages/axe';
import { ActivitiesPage } from './pages/activities';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { savePdf, type PdfFile } from './pages/documents';
import { quietDate, RoomsPage } from './pages/rooms';
import { PNG_1PX } from './pages/files';
import { injectSeed } from './seed/seed';

/** Screenshots at the two desk screen sizes, for looking at. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/activities', { recursive: true });
  for (const [w, h] of [
    [1366, 850],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/activities/${name}-${w}.png`, fullPage: true });
  }
}

function keepPng(pdf: PdfFile, name: string): void {
  mkdirSync('test-results/activities', { recursive: true });
  copyFileSync(pdf.png(name), `test-results/activities/${name}.png`);
}

test('turns a checked-in booking into an activity, records hours without counting a desk sign-in twice, and prints it', async ({
  page,
}) => {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, true);
  await desk.goTo('场地预约');
  const rooms = new RoomsPage(page);
  const day = quietDate(-45);
  await rooms.openDay(day);
  await rooms.startBooking({ room: '活动室', start: '09:00', end: '11:00', title: '剪纸公益课' });
  await rooms.field('补录原因').fill('当天电话预约，事后补登');
  await rooms.saveButton.click();
  await expect(rooms.drawer).toBeHidden();
  await rooms.openBlock('剪纸公益课');
  await rooms.detail.getByLabel('实到人数').fill('14');
  await rooms.detail.getByRole('button', { name: /签到$/ }).click();
  await expect(page.getByText('已签到，实到 14 人')).toBeVisible();

  await rooms.detail.getByRole('button', { name: '记为活动' }).click();
  const act = new ActivitiesPage(page);
  await act.expectHeading('剪纸公益课');
  await expect(page.getByText('活动室', { exact: true })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '参与人次' })).toContainText('14');
  const activityId = act.idFromUrl();

  // One volunteer signed in at the desk during the class (seeded as the desk's 补录 would).
  await injectSeed(page);
  const [scanned, deskSigned] = await page.evaluate(
    async ({ day }) => {
      const repos = await window.deskSeed.repos();
      const [a, b] = await repos.people.volunteersAfter(null, 2);
      if (!a || !b) throw new Error('no volunteers');
      await repos.serviceRecords.addPast(b.id, {
        activityId: null,
        bookingId: null,
        post: '前台引导',
        projectName: '中心日常值班',
        place: '中心大厅',
        serviceObject: '',
        content: '引导',
        leader: '',
        evaluation: '',
        signInAt: Date.parse(`${day}T09:10:00+08:00`),
        signOutAt: Date.parse(`${day}T10:10:00+08:00`),
        reason: '纸质签到表补录',
      });
      return [
        { name: a.name, no: a.volunteerNo, id: a.id },
        { name: b.name, no: b.volunteerNo, id: b.id },
      ];
    },
    { day },
  );
  if (!scanned || !deskSigned) throw new Error('seed failed');

  await act.scan(scanned.no);
  await expect(act.hoursOf(scanned.name)).toHaveValue('120');
  await page.getByRole('button', { name: '带入签到的志愿者' }).click();
  await expect(act.hoursOf(deskSigned.name)).toBeVisible();
  await expectNoSeriousAxe(page, '活动详情（添加志愿者）');
  await shoot(page, 'detail-adding');

  // Hours longer than the activity are refused at that row, and what was typed stays.
  await act.hoursOf(scanned.name).fill('150');
  await act.saveHours.click();
  await expect(page.getByText('服务时长不能超过活动时长（120分钟）')).toBeVisible();
  await expect(act.hoursOf(scanned.name)).toHaveValue('150');
  await act.hoursOf(scanned.name).fill('90');
  await act.saveHours.click();
  await expect(page.getByText(/已登记 2 名志愿者的服务时长，其中 1 名沿用前台签到记录/)).toBeVisible();
  await expect(act.savedRow(scanned.name)).toContainText('90 分钟');
  await expect(act.savedRow(scanned.name)).toContainText('待确认');
  await expect(act.savedRow(deskSigned.name)).toContainText('前台签到 09:10');
  await expect(act.savedRow(deskSigned.name)).toContainText('60 分钟');
  await expect(act.volunteers.getByRole('heading', { level: 2 })).toHaveText('志愿者与服务时长（2 人）');

  await page.getByRole('button', { name: '确认全部时长' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认全部时长' }).click();
  await expect(page.getByText('已确认 2 条服务时长')).toBeVisible();
  await expect(act.savedRow(scanned.name)).toContainText('已确认');
  await act.volunteers.scrollIntoViewIfNeeded();
  await shoot(page, 'detail-volunteers');

  // 活动签到表: the number of lines is chosen when printing.
  await page.getByRole('button', { name: '打印签到表' }).click();
  const dialog = page.getByRole('dialog', { name: '打印活动签到表' });
  await expect(dialog.getByLabel('签到行数')).toHaveValue('40');
  await expect(dialog).toContainText('共 2 页');
  await expectNoSeriousAxe(page, '打印活动签到表');
  await shoot(page, 'sign-sheet-dialog');
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();

  // The volunteer's profile now counts the confirmed hours of the activity, and only once for the desk one.
  await page.goto(`/#/volunteers/${scanned.id}`);
  const records = page.getByRole('region', { name: '服务记录' });
  await expect(records.getByRole('row').filter({ hasText: '剪纸公益课' })).toContainText('已确认');
  await page.goto(`/#/volunteers/${deskSigned.id}`);
  const deskRows = page.getByRole('region', { name: '服务记录' }).getByRole('row').filter({ hasText: day });
  await expect(deskRows).toHaveCount(1);
  await expect(deskRows).toContainText('中心日常值班');

  await page.goto(`/#/print/activity-sign-sheet?id=${activityId}&lines=40`);
  const sheet = await savePdf(page, 'activity-sign-sheet', 'none');
  const sheetText = sheet.text();
  expect(sheetText).toContain('活动签到表');
  expect(sheetText).toContain('剪纸公益课');
  expect(sheetText).toContain(SAMPLE_CENTER.name);
  expect(sheetText).toMatch(/序号\s+姓名\s+联系电话\s+签到时间\s+签退时间\s+签名/);
  expect(sheetText).toMatch(/\b40\b/);
  expect(sheet.info().pages).toBe(2);
  keepPng(sheet, 'activity-sign-sheet');

  await page.goto(`/#/print/activity-record?id=${activityId}`);
  const record = await savePdf(page, 'activity-record', 'none');
  const recordText = record.text();
  expect(recordText).toContain('活动记录表');
  expect(recordText).toContain('剪纸公益课');
  expect(recordText).toContain('活动室');
  expect(recordText).toMatch(/负责人/);
  expect(recordText).toMatch(/记录人/);
  expect(record.info().pages).toBe(1);
  keepPng(record, 'activity-record');
  expect(desk.errors).toEqual([]);
});

test('keeps what was typed when the end is before the start, then lists, deletes and undoes the activity', async ({
  page,
}) => {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, false);
  await desk.goTo('活动记录');
  await expect(page.getByText(/新建活动.*记为活动/)).toBeVisible();
  await expectNoSeriousAxe(page, '活动记录列表（空）');
  await page.getByRole('button', { name: '新建活动' }).click();
  const act = new ActivitiesPage(page);
  await act.field('活动名称').fill('社区读书会');
  await act.field('活动地点').fill('线上');
  await act.field('开始时间').fill('10:00');
  await act.field('结束时间').fill('09:00');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('结束时间须晚于开始时间')).toBeVisible();
  await expect(act.field('活动名称')).toHaveValue('社区读书会');
  await expect(act.field('结束时间')).toHaveValue('09:00');
  await expectNoSeriousAxe(page, '新建活动（有错误）');
  await shoot(page, 'form-error');
  await act.field('结束时间').fill('11:30');
  await page.getByRole('button', { name: '保存' }).click();
  await act.expectHeading('社区读书会');
  await expectNoSeriousAxe(page, '活动详情');

  // Photos: a non-image is refused at the field; an image is stored, and removing it asks and can be undone.
  const photoInput = page.locator('input[type="file"]');
  await photoInput.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(page.getByText('“说明.txt”不是图片，请选择 JPG 或 PNG 照片')).toBeVisible();
  await photoInput.setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG_1PX });
  await expect(page.getByRole('img', { name: '活动照片 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '活动照片（1/9）' })).toBeVisible();
  await shoot(page, 'detail');
  await page.getByRole('button', { name: '删除第 1 张照片' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('img', { name: '活动照片 1' })).toBeHidden();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('img', { name: '活动照片 1' })).toBeVisible();

  await desk.goTo('活动记录');
  await expect(page.getByRole('link', { name: '社区读书会' })).toBeVisible();
  await expect(page.getByText('本期共 1 场活动')).toBeVisible();
  await expectNoSeriousAxe(page, '活动记录列表');
  await shoot(page, 'list');
  await page.getByRole('link', { name: '社区读书会' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(/已删除活动“社区读书会”/)).toBeVisible();
  await expect(page.getByRole('link', { name: '社区读书会' })).toBeHidden();
  await page.getByRole('button', { name: '撤销' }).last().click();
  await act.expectHeading('社区读书会');
  await desk.goTo('活动记录');
  await expect(page.getByRole('link', { name: '社区读书会' })).toBeVisible();

  // Deleted again and the 撤销 message left alone: the list below brings it back.
  await page.getByRole('link', { name: '社区读书会' }).click();
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('本期共 0 场活动')).toBeVisible();
  const deleted = page.getByRole('region', { name: '已删除的活动' });
  await expect(deleted).toContainText('社区读书会');
  await expectNoSeriousAxe(page, '已删除的活动');
  await deleted.getByRole('button', { name: '恢复活动 社区读书会' }).click();
  await expect(page.getByRole('link', { name: '社区读书会' })).toBeVisible();
  await expect(page.getByText('本期共 1 场活动')).toBeVisible();
  await expect(deleted).toBeHidden();
  expect(desk.errors).toEqual([]);
});
