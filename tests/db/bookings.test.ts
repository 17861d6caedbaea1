import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import type { BookingFields } from '../../renderer/src/db/repos/bookings';
import { BookingRefusedError } from '../../renderer/src/db/repos/booking-tx';
import {
  createDatabase,
  createRepos,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { testContext, uniqueDbName } from './helpers';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;
let roomId: string;
let orgId: string;
/** 25 days after the test clock: past the demo bookings, a Thursday. */
let DAY: string;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('bookings'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
  await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 7, deskId: ctx.deskId }), () => undefined);
  const rooms = await repos.places.rooms();
  roomId = rooms.find((r) => r.name === '理论讲堂')?.id as string;
  orgId = (await repos.places.organisations())[0]?.id as string;
  DAY = addDays(dateKey(ctx.now()), 25);
});
afterEach(() => db.close());

function fields(from: number, to: number, date = DAY): BookingFields {
  return {
    roomId,
    start: fromDateAndMinutes(date, from),
    end: fromDateAndMinutes(date, to),
    title: '民法典进社区专题讲座',
    category: '法治',
    organisationId: orgId,
    contactName: '林晓',
    phone: '13812345678',
    expectedAttendees: 60,
    equipment: [],
    notes: '',
    backfillReason: null,
  };
}

describe('saving bookings', () => {
  it('lets exactly one of two concurrent overlapping saves succeed', async () => {
    const results = await Promise.allSettled([
      repos.bookings.create(fields(540, 660), { id: 'a' }),
      repos.bookings.create(fields(600, 720), { id: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(BookingRefusedError);
    const day = await repos.places.search({ fromDate: DAY, toDate: DAY, roomId });
    expect(day).toHaveLength(1);
  });

  it('creates one booking from a double submit of the same form', async () => {
    const [a, b] = await Promise.all([
      repos.bookings.create(fields(540, 660), { id: 'same' }),
      repos.bookings.create(fields(540, 660), { id: 'same' }),
    ]);
    expect(a.number).toBe(b.number);
    expect(await repos.places.search({ fromDate: DAY, toDate: DAY, roomId })).toHaveLength(1);
  });

  it('returns the first booking when the same form is saved again after its times changed', async () => {
    const first = await repos.bookings.create(fields(540, 660), { id: 'again' });
    const second = await repos.bookings.create(fields(900, 960, addDays(DAY, 7)), { id: 'again' });
    expect(second.number).toBe(first.number);
    expect(second.start).toBe(first.start);
    expect(await repos.places.search({ fromDate: DAY, toDate: addDays(DAY, 7), roomId })).toHaveLength(1);
  });

  it('numbers bookings after the highest existing number of the year, in the same transaction', async () => {
    const year = dateKey(ctx.now()).slice(0, 4);
    const top = await db.bookings.where('number').between(`YY-${year}-`, `YY-${year}-\uffff`).last();
    const first = await repos.bookings.create(fields(540, 600), { id: 'n1' });
    const second = await repos.bookings.create(fields(720, 780), { id: 'n2' });
    const n = Number(top?.number.slice(-5));
    expect(first.number).toBe(`YY-${year}-${String(n + 1).padStart(5, '0')}`);
    expect(second.number).toBe(`YY-${year}-${String(n + 2).padStart(5, '0')}`);
    expect((await db.counters.where('key').equals(`YY-${year}`).first())?.last).toBe(n + 2);
  });

  it("refuses a booking inside another one's buffers and audits successful saves", async () => {
    await repos.bookings.create(fields(540, 600), { id: 'x' });
    // 理论讲堂: 15 minutes cleanup + 30 setup, so 10:00 end means 10:45 at the earliest.
    await expect(repos.bookings.create(fields(640, 700), { id: 'y' })).rejects.toThrow(/时间冲突/);
    await expect(repos.bookings.create(fields(645, 700), { id: 'z' })).resolves.toMatchObject({
      status: '已确认',
    });
    const audit = await repos.audit.recent(5);
    expect(audit.filter((e) => e.action === '新建预约')).toHaveLength(2);
  });

  it('offers the nearest free slot and larger free rooms on a conflict', async () => {
    await repos.bookings.create(fields(540, 600), { id: 'x' });
    const advice = await repos.places.advise(
      {
        id: null,
        roomId,
        start: fromDateAndMinutes(DAY, 570),
        end: fromDateAndMinutes(DAY, 630),
        expectedAttendees: 100,
      },
      ctx.now(),
    );
    expect(advice.problems[0]?.kind).toBe('overlap');
    expect(advice.slot).toEqual({ start: fromDateAndMinutes(DAY, 645), end: fromDateAndMinutes(DAY, 705) });
    // 理论讲堂 is the booked room; of the others only 多功能厅 (200) and 户外场地 (300) seat 100.
    expect(advice.rooms.map((r) => r.name)).toEqual(['多功能厅', '户外场地']);
    expect(advice.rooms.every((r) => r.capacity >= 100)).toBe(true);
  });
});

describe('repeating bookings', () => {
  const weekly = {
    freq: 'WEEKLY' as const,
    interval: 1,
    weekdays: [] as number[],
    monthly: null,
    until: null,
    count: 4,
  };

  it('previews each date, then saves the series without the skipped one', async () => {
    const rule = { ...weekly, weekdays: [new Date(`${DAY}T00:00:00Z`).getUTCDay()] };
    await repos.bookings.create(fields(540, 600, addDays(DAY, 7)), { id: 'blocker' });
    const preview = await repos.places.preview({ ...fields(540, 660), expectedAttendees: 60 }, rule, 104);
    expect(preview.map((p) => p.problems.length > 0)).toEqual([false, true, false, false]);
    const ok = preview.filter((p) => p.problems.length === 0);
    const rows = await repos.bookings.createSeries(fields(540, 660), rule, ok, { id: 'series-1' });
    expect(rows).toHaveLength(3);
    const series = await repos.places.series('series-1');
    expect(series?.series.rrule).toBe(
      `FREQ=WEEKLY;BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][rule.weekdays[0] as number]};COUNT=4`,
    );
  });

  it('cancels one occurrence, then this and following, and can undo a cancellation', async () => {
    const rule = { ...weekly, weekdays: [new Date(`${DAY}T00:00:00Z`).getUTCDay()] };
    const preview = await repos.places.preview({ ...fields(540, 660), expectedAttendees: 60 }, rule, 104);
    const rows = await repos.bookings.createSeries(fields(540, 660), rule, preview, { id: 's' });
    const undo = await repos.bookings.cancel(rows[1]?.id as string, '场地另有安排', 'this');
    let occ = (await repos.places.series('s'))?.occurrences ?? [];
    expect(occ.map((b) => b.status)).toEqual(['已确认', '已取消', '已确认', '已确认']);
    await repos.bookings.restoreCancelled(undo);
    await repos.bookings.cancel(rows[2]?.id as string, '活动结束', 'following');
    occ = (await repos.places.series('s'))?.occurrences ?? [];
    expect(occ.map((b) => b.status)).toEqual(['已确认', '已确认', '已取消', '已取消']);
    expect((await repos.places.series('s'))?.series.rrule).toMatch(/UNTIL=/);
  });

  it('moves all open occurrences when the whole series is edited', async () => {
    const rule = { ...weekly, weekdays: [new Date(`${DAY}T00:00:00Z`).getUTCDay()] };
    const preview = await repos.places.preview({ ...fields(540, 660), expectedAttendees: 60 }, rule, 104);
    const rows = await repos.bookings.createSeries(fields(540, 660), rule, preview, { id: 's' });
    await repos.bookings.update(
      rows[1]?.id as string,
      { ...fields(840, 960, addDays(DAY, 7)), title: '改期讲座' },
      'all',
    );
    const occ = (await repos.places.series('s'))?.occurrences ?? [];
    expect(occ.map((b) => [dateKey(b.start), b.title])).toEqual(
      rows.map((r) => [dateKey(r.start), '改期讲座']),
    );
    expect(occ).toHaveLength(4);
    // 09:00–11:00 became 14:00–16:00 on every date (both spans last 120 minutes).
    expect(occ.map((b) => b.start)).toEqual(rows.map((r) => fromDateAndMinutes(dateKey(r.start), 840)));
    expect(occ.map((b) => b.end - b.start)).toEqual(Array(4).fill(120 * 60_000));
  });
});

describe('check-in and the clock', () => {
  it('records attendance, and marks unattended bookings 未到场 against the organisation', async () => {
    const a = await repos.bookings.create(fields(540, 600), { id: 'a' });
    const b = await repos.bookings.create(fields(720, 780), { id: 'b' });
    const before = (await db.organisations.get(orgId))?.noShowCount ?? 0;
    ctx.advance(a.start - ctx.now() + 10 * 60_000);
    const checked = await repos.bookings.checkIn(a.id, 48);
    expect(checked).toMatchObject({ status: '已签到', actualAttendees: 48 });
    ctx.advance(b.start - ctx.now() + 31 * 60_000);
    expect(await repos.bookings.sweep()).toBeGreaterThanOrEqual(2);
    expect((await repos.places.booking(a.id))?.status).toBe('已完成');
    expect((await repos.places.booking(b.id))?.status).toBe('未到场');
    expect((await db.organisations.get(orgId))?.noShowCount).toBe(before + 1);
    await repos.bookings.checkIn(b.id, 20);
    expect((await db.organisations.get(orgId))?.noShowCount).toBe(before);
  });

  it('corrects 实到人数 after check-in with a reason, keeping every count in the history', async () => {
    const a = await repos.bookings.create(fields(540, 600), { id: 'a' });
    await expect(repos.bookings.correctAttendance(a.id, 30, '补登')).rejects.toThrow('尚未签到');
    ctx.advance(a.start - ctx.now() + 10 * 60_000);
    await repos.bookings.checkIn(a.id, 28);
    await expect(repos.bookings.correctAttendance(a.id, 33, '  ')).rejects.toThrow('请填写更正原因');
    ctx.advance(60 * 60_000);
    const row = await repos.bookings.correctAttendance(a.id, 33, '迟到的 5 人补登');
    expect(row.actualAttendees).toBe(33);
    expect((await repos.places.booking(a.id))?.actualAttendees).toBe(33);
    const history = await repos.bookings.attendanceHistory(a.id);
    expect(history.map((h) => [h.action, h.before, h.after, h.reason, h.actor])).toEqual([
      ['预约签到', '已确认', { actualAttendees: 28 }, null, '测试员'],
      ['更正实到人数', { actualAttendees: 28 }, { actualAttendees: 33 }, '迟到的 5 人补登', '测试员'],
    ]);
  });
});
