import { expect, test } from './fixtures';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { quietDate, RoomsPage } from './pages/rooms';

test('checks in with an attendance typed, not the expected count, and corrects it later with a reason', async ({
  page,
}) => {
  const desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, true);
  await desk.goTo('场地预约');
  const rooms = new RoomsPage(page);
  await rooms.openDay(quietDate(-24));
  await rooms.startBooking({ room: '活动室', start: '09:00', end: '10:00', title: '剪纸公益课' });
  await rooms.field('补录原因').fill('当天电话预约，事后补登');
  await rooms.saveButton.click();
  await expect(rooms.drawer).toBeHidden();
  await rooms.openBlock('剪纸公益课');

  // The expected 20 is not a count: the field starts empty and the desk must type one.
  await expect(rooms.detail.getByLabel('实到人数')).toHaveValue('');
  await rooms.detail.getByRole('button', { name: /签到$/ }).click();
  await expect(rooms.detail.getByText('请填写实到人数')).toBeVisible();
  await rooms.detail.getByLabel('实到人数').fill('14');
  await rooms.detail.getByRole('button', { name: /签到$/ }).click();
  await expect(page.getByText('已签到，实到 14 人')).toBeVisible();

  await rooms.detail.getByRole('button', { name: '更正实到人数' }).click();
  const fix = rooms.detail.getByRole('group', { name: '更正实到人数' });
  await fix.getByLabel('实到人数').fill('17');
  await fix.getByLabel('更正原因').fill('迟到的 3 人补登');
  await fix.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByText('实到人数已更正为 17 人')).toBeVisible();
  await expect(rooms.detail.getByText('17 人', { exact: true })).toBeVisible();
  const history = rooms.detail.getByRole('list', { name: '实到人数记录' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('签到，实到 14 人');
  await expect(history.nth(1)).toContainText('由 14 人更正为 17 人（迟到的 3 人补登）');
  expect(desk.errors).toEqual([]);
});
