import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingSeries, Organisation, ServiceOrder, Volunteer } from '@shared/model';
import { dateKey, dayStartOf } from '@shared/time/center-time';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { loadOverview, overviewRanges } from '../../renderer/src/features/overview/load-overview';
import { booking } from '../unit/booking-fixture';
import { orderRow } from './order-fixtures';
import { openTestDesk, type testContext } from './helpers';
import { FRONT_DESK, volunteerDraft } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  ({ db, repos, ctx } = await openTestDesk('overview'));
});
afterEach(() => db.close());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const order = (id: string, over: Partial<ServiceOrder>) => orderRow(id, ctx.now() - 3 * DAY, over);

describe('今日概览 reads', () => {
  it('counts a sign-in left open since yesterday as forgotten, and only today’s open ones as on duty', async () => {
    const [a, b, c] = await Promise.all(
      [1, 2, 3].map((n) => repos.volunteers.register(volunteerDraft(n, ctx.now()))),
    );
    if (!a || !b || !c) throw new Error('registered');
    await repos.serviceRecords.signIn(a.id, FRONT_DESK);
    ctx.advance(DAY);
    const todayStart = dayStartOf(ctx.now());
    await repos.serviceRecords.signIn(b.id, FRONT_DESK);
    ctx.advance(HOUR);
    await repos.serviceRecords.signIn(c.id, FRONT_DESK);
    const cOpen = await repos.serviceRecords.onDuty();
    const cRecord = cOpen.find((r) => r.volunteerId === c.id);
    if (!cRecord) throw new Error('c is on duty');
    ctx.advance(HOUR);
    await repos.serviceRecords.signOut(cRecord.id);

    const today = await repos.overview.today(todayStart, todayStart + DAY);
    expect(today.onDutyCount).toBe(1);
    expect(today.onDuty.map((l) => l.volunteer?.name)).toEqual([b.name]);
    expect(today.signInCount).toBe(2);
    expect(today.latest.map((l) => l.volunteer?.name)).toEqual([c.name, b.name]);

    const todo = await repos.overview.todo(todayStart, ctx.now());
    expect(todo.forgottenSignOuts).toBe(1);
  });

  it('lists those on duty newest first, counting each one, and leaves deleted sign-ins out of today', async () => {
    const todayStart = dayStartOf(ctx.now());
    const people: Volunteer[] = [];
    for (const n of [1, 2, 3]) {
      const v = await repos.volunteers.register(volunteerDraft(n, ctx.now()));
      await repos.serviceRecords.signIn(v.id, FRONT_DESK);
      people.push(v);
      ctx.advance(60_000);
    }
    const open = await repos.serviceRecords.onDuty();
    const gone = open.find((r) => r.volunteerId === people[1]?.id);
    if (!gone) throw new Error('the second is on duty');
    await db.serviceRecords.update(gone.id, { deletedAt: ctx.now() });

    const today = await repos.overview.today(todayStart, todayStart + DAY);
    const names = [people[2]?.name, people[0]?.name];
    expect(today.onDuty.map((l) => l.volunteer?.name)).toEqual(names);
    expect(today.onDutyCount).toBe(2);
    expect(today.signInCount).toBe(2);
    expect(today.latest.map((l) => l.volunteer?.name)).toEqual(names);
  });

  it('counts 待确认 hours, 待审核 bookings, open, overdue (waiting or in service) and 待回访 orders, leaving out deleted rows', async () => {
    const now = ctx.now();
    const v = await repos.volunteers.register(volunteerDraft(9, now));
    await repos.serviceRecords.addPast(v.id, {
      ...FRONT_DESK,
      signInAt: now - 5 * DAY,
      signOutAt: now - 5 * DAY + 2 * HOUR,
      evaluation: '',
      reason: '补录纸质签到表',
    });
    await db.bookings.bulkAdd([
      booking(540, 600, { id: 'p1', status: '待审核' }),
      booking(600, 660, { id: 'p2', status: '待审核' }),
      booking(660, 720, { id: 'p3', status: '待审核', deletedAt: now }),
      booking(720, 780, { id: 'ok', status: '已确认' }),
    ]);
    await db.serviceOrders.bulkAdd([
      order('1', { status: '待接单', dispatchedAt: now - 2 * DAY, dueAt: now - HOUR }),
      order('2', { status: '服务中', dispatchedAt: now - 2 * DAY, dueAt: now + DAY }),
      order('3', { status: '待审单' }),
      order('4', { status: '待派单' }),
      order('5', { status: '待回访', completedAt: now - DAY }),
      order('6', { status: '待审单', deletedAt: now }),
      order('7', { status: '服务中', dueAt: now - DAY, deletedAt: now }),
      order('8', { status: '服务中', dispatchedAt: now - 3 * DAY, dueAt: now - 2 * HOUR }),
    ]);

    const todo = await repos.overview.todo(dayStartOf(now), now);
    expect(todo).toEqual({
      pendingBookings: 2,
      pendingRecords: 1,
      forgottenSignOuts: 0,
      openOrders: 2,
      // One overdue while waiting to be taken, one while being served.
      overdueOrders: 2,
      followUps: 1,
    });
  });

  it('names the organisations of today’s bookings, and no others', async () => {
    const now = ctx.now();
    const org = (id: string, name: string, deletedAt: number | null = null): Organisation => ({
      id,
      createdAt: now,
      updatedAt: now,
      deletedAt,
      deskId: 'd',
      name,
      type: '党政机关',
      contactName: '',
      phone: '',
      notes: '',
      noShowCount: 0,
    });
    await db.organisations.bulkAdd([
      org('o1', '鼓楼区图书馆'),
      org('o2', '东街社区居委会'),
      org('o3', '已撤销的协会', now),
    ]);
    const today = (n: number, organisationId: string | null) => ({
      start: dayStartOf(now) + (9 + n) * HOUR,
      end: dayStartOf(now) + (9 + n) * HOUR + HOUR / 2,
      organisationId,
    });
    await db.bookings.bulkAdd([
      booking(0, 60, { id: 'today-o1', ...today(0, 'o1') }),
      booking(0, 60, { id: 'today-o3', ...today(1, 'o3') }),
      booking(0, 60, { id: 'today-none', ...today(2, null) }),
      booking(0, 60, {
        id: 'later-o2',
        start: now + 3 * DAY,
        end: now + 3 * DAY + HOUR,
        organisationId: 'o2',
      }),
    ]);
    const data = await loadOverview(repos, overviewRanges(dateKey(now)));
    expect(data.bookings.map((b) => b.id).sort()).toEqual(['today-none', 'today-o1', 'today-o3']);
    expect([...data.organisations].map(([id, o]) => [id, o.name])).toEqual([['o1', '鼓楼区图书馆']]);
  });

  it('shows each series’ next date within two weeks, past a cancelled one and one-off bookings, with the series’ title', async () => {
    const now = ctx.now();
    const at = (days: number) => ({ start: now + days * DAY, end: now + days * DAY + HOUR });
    const series: BookingSeries = {
      id: 's1',
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      deskId: 'd',
      roomId: 'r1',
      rrule: 'FREQ=WEEKLY',
      dtstart: now + DAY,
      durationMinutes: 60,
      title: '每周书法课',
    };
    await db.bookingSeries.add(series);
    await db.bookings.bulkAdd([
      booking(0, 60, { id: 'past', seriesId: 's1', ...at(-6) }),
      booking(0, 60, { id: 'cancelled', seriesId: 's1', status: '已取消', ...at(1) }),
      booking(0, 60, { id: 'one-off', seriesId: null, ...at(2) }),
      booking(0, 60, { id: 'next', seriesId: 's1', ...at(8) }),
      booking(0, 60, { id: 'far', seriesId: 's2', ...at(20) }),
    ]);
    const lines = await repos.overview.nextSeries(now);
    expect(lines.map((l) => [l.booking.id, l.series?.title])).toEqual([['next', '每周书法课']]);
  });

  it('gives this month’s new volunteers and completed orders apart from last month’s, leaving out the deleted', async () => {
    const now = ctx.now();
    await repos.volunteers.register(volunteerDraft(1, now));
    await repos.volunteers.register(volunteerDraft(2, now));
    const leaving = await repos.volunteers.register(volunteerDraft(3, now));
    await repos.volunteers.remove(leaving.id);
    await db.serviceOrders.bulkAdd([
      order('1', { status: '已办结', completedAt: now - HOUR }),
      order('2', { status: '已办结', completedAt: now - 40 * DAY }),
    ]);
    const monthStart = Date.UTC(2026, 9, 31, 16); // 2026-11-01 00:00 in China
    const lastMonthStart = Date.UTC(2026, 8, 30, 16);
    const current = await repos.overview.keyFigures(monthStart, monthStart + 30 * DAY);
    const previous = await repos.overview.keyFigures(lastMonthStart, monthStart);
    expect(current).toMatchObject({ newVolunteers: 2, ordersCompleted: 1 });
    expect(previous).toMatchObject({ newVolunteers: 0, ordersCompleted: 1 });
  });
});
