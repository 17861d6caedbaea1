import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTER, activityPeriod } from '@shared/activities/activity-list';
import type { ActivityDraft } from '@shared/activities/activity-schema';
import { generateDemoData } from '@shared/demo';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import type { BookingFields } from '../../renderer/src/db/repos/bookings';
import { activityDraft } from './activity-fixtures';
import { openTestDesk, type testContext } from './helpers';
import { FRONT_DESK, volunteerDraft } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  ({ db, repos, ctx } = await openTestDesk('activities'));
});
afterEach(() => db.close());

const DAY = '2026-11-23';
const draft = (over: Partial<ActivityDraft> = {}): ActivityDraft => activityDraft(DAY, over);

async function volunteers(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= n; i += 1)
    ids.push((await repos.volunteers.register(volunteerDraft(i, ctx.now()))).id);
  return ids;
}

const hours = (volunteerId: string, minutes = 120) => ({
  volunteerId,
  minutes,
  content: '测血压',
  evaluation: '优秀',
  leader: '王队长',
});

describe('activities from bookings', () => {
  async function checkedInBooking() {
    await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 7, deskId: ctx.deskId }), () => undefined);
    const room = (await repos.places.rooms()).find((r) => r.name === '理论讲堂');
    const org = (await repos.places.organisations())[0];
    const date = addDays(dateKey(ctx.now()), 25);
    const fields: BookingFields = {
      roomId: room?.id as string,
      start: fromDateAndMinutes(date, 540),
      end: fromDateAndMinutes(date, 600),
      title: '民法典进社区专题讲座',
      category: '法治',
      organisationId: org?.id ?? null,
      contactName: '林晓',
      phone: '13812345678',
      expectedAttendees: 60,
      equipment: [],
      notes: '',
      backfillReason: null,
    };
    const b = await repos.bookings.create(fields, { id: 'bk-1' });
    ctx.advance(b.start - ctx.now() + 10 * 60_000);
    await repos.bookings.checkIn(b.id, 48);
    return { b, room, org };
  }

  it('carries title, room, time, 单位 and 实到人数 into the activity, once', async () => {
    const { b, room, org } = await checkedInBooking();
    const a = await repos.activities.createFromBooking(b.id);
    expect(a).toMatchObject({
      title: '民法典进社区专题讲座',
      place: room?.name,
      roomId: room?.id,
      start: b.start,
      end: b.end,
      organiser: org?.name,
      participants: 48,
      bookingId: b.id,
    });
    expect((await repos.activities.ofBooking(b.id))?.id).toBe(a.id);
    await expect(repos.activities.createFromBooking(b.id)).rejects.toThrow('该预约已记为活动');
  });

  it('updates the linked activity when the booking’s 实到人数 is corrected', async () => {
    const { b } = await checkedInBooking();
    const a = await repos.activities.createFromBooking(b.id);
    await repos.bookings.correctAttendance(b.id, 52, '补登');
    expect((await repos.activities.get(a.id))?.participants).toBe(52);
  });
});

describe('volunteers and hours', () => {
  it('creates a 待确认 record carrying the activity’s fields and keeps volunteerCount', async () => {
    const [v] = await volunteers(1);
    const a = await repos.activities.create(draft());
    const [r] = await repos.activities.saveHours(a.id, [hours(v as string, 90)]);
    expect(r?.kind).toBe('created');
    const record = await db.serviceRecords.get((r as { recordId: string }).recordId);
    expect(record).toMatchObject({
      status: '待确认',
      activityId: a.id,
      projectName: '重阳敬老义诊',
      place: '社区广场',
      serviceObject: '辖区老年人',
      content: '测血压',
      evaluation: '优秀',
      leader: '王队长',
      recorder: '测试员',
      signInAt: a.start,
      signOutAt: a.start + 90 * 60_000,
      creditedMinutes: 90,
    });
    expect((await repos.activities.get(a.id))?.volunteerCount).toBe(1);
  });

  it('links a desk sign-in during the activity instead of adding hours on top', async () => {
    const [v] = await volunteers(1);
    const a = await repos.activities.create(draft());
    ctx.advance(a.start + 10 * 60_000 - ctx.now());
    const signIn = await repos.serviceRecords.signIn(v as string, FRONT_DESK);
    ctx.advance(60 * 60_000);
    await repos.serviceRecords.signOut(signIn.id);
    const [r] = await repos.activities.saveHours(a.id, [hours(v as string)]);
    expect(r).toEqual({ volunteerId: v, kind: 'linked', recordId: signIn.id });
    const rows = await db.serviceRecords
      .where('volunteerId')
      .equals(v as string)
      .toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.activityId).toBe(a.id);
    expect((await repos.activities.signedInDuring(a.id)).map((x) => x.id)).toEqual([]);
  });

  it('refuses hours longer than the activity and a second entry for the same volunteer', async () => {
    const [v] = await volunteers(1);
    const a = await repos.activities.create(draft());
    const [long] = await repos.activities.saveHours(a.id, [hours(v as string, 121)]);
    expect(long).toMatchObject({ kind: 'refused', reason: '服务时长不能超过活动时长（120分钟）' });
    await repos.activities.saveHours(a.id, [hours(v as string)]);
    const [again] = await repos.activities.saveHours(a.id, [hours(v as string)]);
    expect(again).toMatchObject({ kind: 'refused', reason: '该志愿者已在本活动中登记了服务时长' });
    expect((await repos.activities.get(a.id))?.volunteerCount).toBe(1);
  });

  it('saves 40 volunteers in one save and confirms them all', async () => {
    const ids = await volunteers(40);
    const a = await repos.activities.create(draft());
    const results = await repos.activities.saveHours(
      a.id,
      ids.map((id) => hours(id)),
    );
    expect(results.filter((r) => r.kind === 'created')).toHaveLength(40);
    expect((await repos.activities.get(a.id))?.volunteerCount).toBe(40);
    expect(await repos.activities.confirmAll(a.id)).toBe(40);
    const statuses = (await repos.activities.volunteers(a.id)).map((r) => r.record.status);
    expect(statuses).toEqual(Array.from({ length: 40 }, () => '已确认'));
  });

  it('voids the 待确认 records with the deleted activity and brings them back on restore', async () => {
    const [v, w] = await volunteers(2);
    const a = await repos.activities.create(draft());
    await repos.activities.saveHours(a.id, [hours(v as string), hours(w as string)]);
    await repos.activities.remove(a.id);
    expect((await repos.activities.get(a.id))?.deletedAt).not.toBeNull();
    expect((await repos.activities.volunteers(a.id)).map((r) => r.record.status)).toEqual(['作废', '作废']);
    await repos.activities.restore(a.id);
    expect((await repos.activities.get(a.id))?.deletedAt).toBeNull();
    expect((await repos.activities.volunteers(a.id)).map((r) => r.record.status)).toEqual([
      '待确认',
      '待确认',
    ]);
    expect((await repos.activities.history(a.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['新建活动', '删除活动', '恢复活动', '登记活动志愿者时长']),
    );
  });
});

describe('the list', () => {
  it('pages newest first by keyset and applies filters while filling a page', async () => {
    for (let i = 0; i < 25; i += 1)
      await repos.activities.create(
        draft({
          title: i % 2 ? `敬老${i}` : `读书${i}`,
          start: fromDateAndMinutes(DAY, 8 * 60 + i * 10),
          end: fromDateAndMinutes(DAY, 8 * 60 + i * 10 + 5),
        }),
      );
    const range = activityPeriod('month', DAY);
    if (!range) throw new Error('no range');
    expect(await repos.activities.countIn(range)).toBe(25);
    const first = await repos.activities.page(range, NO_FILTER, 10);
    expect(first.rows.map((r) => r.title).slice(0, 2)).toEqual(['读书24', '敬老23']);
    expect(first.hasOlder).toBe(true);
    const last = first.rows.at(-1) as { start: number; id: string };
    const second = await repos.activities.page(range, NO_FILTER, 10, last);
    expect(second.rows[0]?.title).toBe('读书14');
    const back = await repos.activities.page(range, NO_FILTER, 10, second.rows[0] ?? null, 'newer');
    expect(back.rows.map((r) => r.title)).toEqual(first.rows.map((r) => r.title));
    await repos.activities.remove(first.rows[0]?.id as string);
    expect(await repos.activities.countIn(range)).toBe(24);
    const filtered = await repos.activities.page(range, { ...NO_FILTER, text: '敬老' }, 10);
    expect(filtered.rows).toHaveLength(10);
    expect(filtered.rows.some((r) => r.title.startsWith('读书'))).toBe(false);
  });
});
