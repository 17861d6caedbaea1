import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { makeIdNumber } from '../../shared/identity/id-card';
import { expectNoSeriousAxe } from './pages/axe';
import { DeskApp, SAMPLE_CENTER } from './pages/desk-app';
import { OverviewPage } from './pages/overview';
import { RoomsPage } from './pages/rooms';
import { VolunteersPage } from './pages/volunteers';
import { injectSeed } from './seed/seed';

let desk: DeskApp;

test.beforeAll(() => mkdirSync('test-results/overview', { recursive: true }));
test.afterEach(() => {
  expect(desk.errors).toEqual([]);
});

test('a new desk’s 今日概览 says there is nothing to do and what to start with', async ({ page }) => {
  desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, false);
  const overview = new OverviewPage(page);
  await expect(overview.todo).toContainText('暂无待办');
  await expect(overview.duty).toContainText('现在没有在岗的志愿者');
  await expect(overview.series).toContainText('没有重复预约');
  await expect(overview.figureRow('场次')).toContainText('持平');
  await expectNoSeriousAxe(page, '今日概览 · 新的前台');
  await overview.shoot('empty');
});

test('今日概览 shows a booking made and a volunteer signed in moments before', async ({ page }) => {
  // A Tuesday morning (the demo rooms open), so an evening booking today is in the future.
  await page.clock.install({ time: new Date('2027-01-12T08:30:00+08:00') });
  desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, true);
  const overview = new OverviewPage(page);

  // 快捷操作's 新建预约 (the same name as the board's button) opens the booking drawer on today.
  const rooms = new RoomsPage(page);
  await expect(overview.quickActions.getByRole('button', { name: '新建预约' })).toBeVisible();
  await rooms.book({ room: '道德讲堂', start: '20:00', end: '20:50', title: '家风家训分享会' });

  await desk.goTo('志愿者');
  const vols = new VolunteersPage(page);
  const number = await vols.register({
    name: '钱七',
    idNumber: makeIdNumber({ addressCode: '350102', birthDate: '19880315', sequence: 123 }),
    phone: '13812345678',
  });
  await page.getByRole('navigation').getByRole('link', { name: '志愿者' }).click();
  await vols.openSignIn();
  await page.getByRole('heading', { name: /正在服务/ }).click();
  await vols.scan(number);
  await expect(vols.status).toContainText('钱七');

  await desk.goTo('今日概览');
  await expect(overview.schedule.getByRole('row', { name: /家风家训分享会/ })).toContainText('道德讲堂');
  await expect(overview.duty.getByRole('link', { name: '钱七' }).first()).toBeVisible();
  await expect(overview.duty).toContainText(/今日签到（\d+ 人次）/);
  // The month table compares with last month and states the change.
  await expect(overview.figureRow('新注册志愿者')).toContainText(/[↑↓]|持平/);
  await expectNoSeriousAxe(page, '今日概览');
  await overview.shoot('morning');

  // A cold start (reload, still signed in) fills the page from the read made while the desk opened.
  await page.reload();
  await expect(overview.schedule.getByRole('row', { name: /家风家训分享会/ })).toContainText('道德讲堂');
  await expect(overview.duty.getByRole('link', { name: '钱七' }).first()).toBeVisible();
  await expect(page.getByText('正在打开数据库')).toHaveCount(0);

  await overview.duty.getByRole('link', { name: '钱七' }).first().click();
  await expect(page.getByRole('heading', { name: `钱七（${number}）` })).toBeVisible();

  await desk.goTo('今日概览');
  const pending = overview.todoLink('待审核的场地预约');
  await expect(pending).toContainText(/\d+ 项/);
  await pending.click();
  await desk.expectScreen('场地预约');
  await expect(page.getByRole('tab', { name: '预约列表' })).toHaveAttribute('aria-selected', 'true');
  // The list opens on 待审核 alone, as many rows as the count said.
  await expect(page.getByLabel('状态筛选')).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('cell', { name: '待审核', exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('cell', { name: '已确认', exact: true })).toHaveCount(0);
});

test('今日概览 lists every one of a busy day’s bookings, on a cold start as on a visit', async ({ page }) => {
  await page.clock.install({ time: new Date('2027-01-12T07:30:00+08:00') });
  desk = new DeskApp(page);
  await desk.open();
  await desk.completeSetup(SAMPLE_CENTER, true);
  await injectSeed(page);
  // More than the first frame's rows: the rest follow once it is painted, and none may be left out.
  const BUSY = 40;
  await page.evaluate(async (count) => {
    const repos = await window.deskSeed.repos();
    const rooms = await repos.places.rooms();
    let made = 0;
    // Hour by hour through every room, stepping over the demo's own bookings of the day.
    for (let slot = 0; made < count && slot < 13 * rooms.length; slot += 1) {
      const start = Date.parse('2027-01-12T08:00:00+08:00') + Math.floor(slot / rooms.length) * 3_600_000;
      const fields = {
        roomId: rooms[slot % rooms.length]?.id ?? '',
        start,
        end: start + 30 * 60_000,
        title: `社区议事第 ${made + 1} 场`,
        category: '会议' as const,
        organisationId: null,
        contactName: '林主任',
        phone: '13912345678',
        expectedAttendees: 20,
        equipment: [],
        notes: '',
        backfillReason: null,
      };
      const booked = await repos.bookings.create(fields, { id: crypto.randomUUID() }).catch(() => null);
      if (booked) made += 1;
    }
    if (made < count) throw new Error(`only ${made} bookings fit the day`);
  }, BUSY);
  const overview = new OverviewPage(page);
  const busyRows = overview.schedule.getByRole('row', { name: /社区议事第 \d+ 场/ });
  await page.reload();
  await expect(busyRows).toHaveCount(BUSY);
  await expect(
    overview.schedule.getByRole('row', { name: new RegExp(`社区议事第 ${BUSY} 场`) }),
  ).toBeVisible();
  await desk.goTo('志愿者');
  await desk.goTo('今日概览');
  await expect(busyRows).toHaveCount(BUSY);
  await expectNoSeriousAxe(page, '今日概览 · 忙碌的一天');
  await overview.shoot('busy-day');
});
