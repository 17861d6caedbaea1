import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_DRAFT } from './order-fixtures';
import { openTestDesk } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

type Desk = Awaited<ReturnType<typeof openTestDesk>>;
let desk: Desk | null = null;
afterEach(() => {
  desk?.db.close();
  desk = null;
});

const DAY = 86_400_000;
const draft = ORDER_DRAFT;

async function open() {
  desk = await openTestDesk('orders');
  return desk;
}

async function auditOf(d: Desk, id: string) {
  return d.db.auditLog.where('[entity+entityId]').equals(['serviceOrders', id]).toArray();
}

async function dispatched(d: Desk) {
  const o = await d.repos.orders.create(draft);
  await d.repos.orders.act(o.id, { type: '受理' });
  return d.repos.orders.act(o.id, {
    type: '派单',
    to: { teamId: 't-1', volunteerIds: [] },
    dueAt: d.ctx.now() + DAY,
  });
}

describe('orders repository', () => {
  it('numbers orders FW{year}-{00001} in sequence and starts them 待审单', async () => {
    const d = await open();
    const a = await d.repos.orders.create(draft);
    const b = await d.repos.orders.create(draft);
    expect([a.number, b.number]).toEqual(['FW2026-00001', 'FW2026-00002']);
    expect(a.status).toBe('待审单');
    expect(a.history).toMatchObject([{ event: '点单', to: '待审单', by: '测试员' }]);
  });

  it('writes history and audit for every step through the loop', async () => {
    const d = await open();
    const v = await d.repos.volunteers.register(volunteerDraft(1, d.ctx.now()));
    const o = await dispatched(d);
    await d.repos.orders.act(o.id, { type: '接单' });
    d.ctx.advance(60_000);
    await d.repos.orders.complete(o.id, {
      completedAt: d.ctx.now(),
      summary: '更换了水龙头',
      volunteers: [{ volunteerId: v.id, minutes: 60 }],
      asActivity: false,
      photos: [],
    });
    const done = await d.repos.orders.act(o.id, { type: '评单', rating: 5, comment: '很好' });
    expect(done.status).toBe('已办结');
    expect(done.history.map((h) => `${h.event}:${h.to}`)).toEqual([
      '点单:待审单',
      '受理:待派单',
      '派单:待接单',
      '接单:服务中',
      '完成:待评单',
      '评单:已办结',
    ]);
    const actions = (await auditOf(d, o.id)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        '服务单点单',
        '服务单受理',
        '服务单派单',
        '服务单接单',
        '服务单完成',
        '服务单评单',
      ]),
    );
  });

  it('keeps the 不受理 reason for the resident calling back by phone', async () => {
    const d = await open();
    const o = await d.repos.orders.create(draft);
    await d.repos.orders.act(o.id, { type: '不受理', reason: '不在服务范围' });
    const found = await d.repos.orders.byPhone('13812345678');
    expect(found).toMatchObject([{ status: '不受理', refusedReason: '不在服务范围' }]);
  });

  it('restores a cancelled order to where it was, with its team, keeping the cancellation in the history', async () => {
    const d = await open();
    const o = await dispatched(d);
    const cancelled = await d.repos.orders.act(o.id, { type: '取消', reason: '误操作' });
    expect(cancelled.status).toBe('已取消');
    const back = await d.repos.orders.act(o.id, { type: '恢复', previous: '待接单' });
    expect(back).toMatchObject({ status: '待接单', cancelReason: '', assignee: { teamId: 't-1' } });
    expect(back.history.slice(-2).map((h) => [h.event, h.to, h.note])).toEqual([
      ['取消', '已取消', '误操作'],
      ['恢复', '待接单', '恢复为“待接单”'],
    ]);
    expect((await auditOf(d, o.id)).map((e) => e.action).slice(-2)).toEqual(['服务单取消', '服务单恢复']);
    await expect(d.repos.orders.act(o.id, { type: '恢复', previous: '待接单' })).rejects.toThrow(
      '“待接单”的服务单不能恢复',
    );
  });

  it('returns an order refused at 接单 to 待派单 with its reason', async () => {
    const d = await open();
    const o = await dispatched(d);
    const back = await d.repos.orders.act(o.id, { type: '拒单', reason: '队员都不在' });
    expect(back.status).toBe('待派单');
    expect(back.assignee).toBeNull();
    expect(back.history.at(-1)).toMatchObject({
      event: '拒单',
      from: '待接单',
      to: '待派单',
      note: '队员都不在',
    });
  });

  it('returns an overdue order to 待派单 with the reason kept', async () => {
    const d = await open();
    const o = await dispatched(d);
    d.ctx.advance(2 * DAY);
    const back = await d.repos.orders.act(o.id, { type: '超时未接单' });
    expect(back.status).toBe('待派单');
    expect(back.history.at(-1)?.note).toBe('超过完成期限仍未接单');
  });

  it('makes 待确认 records carrying the orderId on completion, and an activity when asked', async () => {
    const d = await open();
    const a = await d.repos.volunteers.register(volunteerDraft(1, d.ctx.now()));
    const b = await d.repos.volunteers.register(volunteerDraft(2, d.ctx.now()));
    const o = await dispatched(d);
    await d.repos.orders.act(o.id, { type: '接单' });
    const done = await d.repos.orders.complete(o.id, {
      completedAt: d.ctx.now(),
      summary: '更换了水龙头',
      volunteers: [
        { volunteerId: a.id, minutes: 90 },
        { volunteerId: b.id, minutes: 30 },
      ],
      asActivity: true,
      photos: [],
    });
    const records = await d.repos.orders.recordsOf(o.id);
    expect(records).toHaveLength(2);
    expect(records.every((r) => r.status === '待确认' && r.orderId === o.id)).toBe(true);
    expect(records.map((r) => r.creditedMinutes).sort()).toEqual([30, 90]);
    expect(records[0]).toMatchObject({ place: draft.address, serviceObject: '张阿姨', recorder: '测试员' });
    const activity = await d.db.activities.get(done.activityId ?? '');
    expect(activity).toMatchObject({ orderId: o.id, volunteerCount: 2 });
  });

  it('keeps the 结项 photos once, owned by the activity and shown on the order too', async () => {
    const d = await open();
    const v = await d.repos.volunteers.register(volunteerDraft(1, d.ctx.now()));
    const o = await dispatched(d);
    await d.repos.orders.act(o.id, { type: '接单' });
    const photo = { dataUrl: 'data:image/jpeg;base64,AA==', width: 1, height: 1, bytes: 1, caption: '' };
    const done = await d.repos.orders.complete(o.id, {
      completedAt: d.ctx.now(),
      summary: '修好了',
      volunteers: [{ volunteerId: v.id, minutes: 30 }],
      asActivity: true,
      photos: [photo, { ...photo, caption: '完工后' }],
    });
    expect(done.photoIds).toHaveLength(2);
    const stored = await d.repos.photos.byIds(done.photoIds);
    expect(stored.map((p) => [p.caption, p.ownerId])).toEqual([
      ['', done.activityId],
      ['完工后', done.activityId],
    ]);
    expect((await d.db.activities.get(done.activityId ?? ''))?.photoIds).toEqual(done.photoIds);
    expect(await d.db.photos.count()).toBe(2);
  });

  it('refuses a 10th 结项 photo and writes nothing', async () => {
    const d = await open();
    const v = await d.repos.volunteers.register(volunteerDraft(1, d.ctx.now()));
    const o = await dispatched(d);
    await d.repos.orders.act(o.id, { type: '接单' });
    const photo = { dataUrl: 'data:image/jpeg;base64,AA==', width: 1, height: 1, bytes: 1, caption: '' };
    await expect(
      d.repos.orders.complete(o.id, {
        completedAt: d.ctx.now(),
        summary: '修好了',
        volunteers: [{ volunteerId: v.id, minutes: 30 }],
        asActivity: false,
        photos: Array.from({ length: 10 }, () => photo),
      }),
    ).rejects.toThrow('每个服务单最多 9 张照片');
    expect(await d.db.photos.count()).toBe(0);
    expect((await d.repos.orders.get(o.id))?.status).toBe('服务中');
  });

  it('refuses a completion without a volunteer', async () => {
    const d = await open();
    const o = await dispatched(d);
    await d.repos.orders.act(o.id, { type: '接单' });
    await expect(
      d.repos.orders.complete(o.id, {
        completedAt: d.ctx.now(),
        summary: 'x',
        volunteers: [],
        asActivity: false,
        photos: [],
      }),
    ).rejects.toThrow('请至少选择一名参与服务的志愿者');
    expect(await d.repos.orders.recordsOf(o.id)).toEqual([]);
  });

  it('keeps a low rating at 待回访 until an admin records the call, refusing a non-admin', async () => {
    const d = await open();
    const v = await d.repos.volunteers.register(volunteerDraft(1, d.ctx.now()));
    const o = await dispatched(d);
    await d.repos.orders.act(o.id, { type: '接单' });
    await d.repos.orders.complete(o.id, {
      completedAt: d.ctx.now(),
      summary: '修好了',
      volunteers: [{ volunteerId: v.id, minutes: 30 }],
      asActivity: false,
      photos: [],
    });
    const low = await d.repos.orders.act(o.id, { type: '评单', rating: 2, comment: '迟到了' });
    expect(low.status).toBe('待回访');
    await expect(d.repos.orders.act(o.id, { type: '回访', note: '已致歉' }, false)).rejects.toThrow(
      '回访结果须由管理员登记',
    );
    expect((await d.repos.orders.get(o.id))?.status).toBe('待回访');
    const closed = await d.repos.orders.act(o.id, { type: '回访', note: '已致歉' }, true);
    expect(closed.status).toBe('已办结');
    expect(closed.followUpNote).toBe('已致歉');
  });

  it('counts and lists each board column newest first, and pages the list by keyset', async () => {
    const d = await open();
    for (let i = 0; i < 5; i += 1) {
      await d.repos.orders.create({ ...draft, requester: `居民${i}` });
      d.ctx.advance(1000);
    }
    const board = await d.repos.orders.board();
    const pending = board.find((c) => c.status === '待审单');
    expect(pending?.count).toBe(5);
    expect(pending?.cards[0]?.requester).toBe('居民4');
    const first = await d.repos.orders.list({ limit: 3 });
    const second = await d.repos.orders.list({ limit: 3, after: first.next });
    expect([...first.rows, ...second.rows].map((o) => o.requester)).toEqual([
      '居民4',
      '居民3',
      '居民2',
      '居民1',
      '居民0',
    ]);
  });

  it('suggests a volunteer whose 特长 fits, with the reason', async () => {
    const d = await open();
    const team = await d.repos.teams.create('维修服务队', '');
    await d.repos.volunteers.register(
      volunteerDraft(1, d.ctx.now(), { name: '王强', skills: ['水电维修'], teamIds: [team.id] }),
    );
    await d.repos.volunteers.register(volunteerDraft(2, d.ctx.now(), { name: '李梅', teamIds: [team.id] }));
    const o = await d.repos.orders.create(draft);
    const s = await d.repos.orders.suggestions(o.id, null);
    expect(s[0]?.name).toBe('王强');
    expect(s[0]?.reasons).toContain('特长：水电维修');
  });
});
