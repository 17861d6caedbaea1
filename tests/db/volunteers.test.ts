import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import {
  createDatabase,
  createRepos,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { DuplicateIdNumberError, type VolunteerDraft } from '../../renderer/src/db/repos/volunteers';
import { testContext, uniqueDbName } from './helpers';
import { FRONT_DESK, volunteerDraft } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;
const HOUR = 3600_000;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('volunteers'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

function person(n: number, over: Partial<VolunteerDraft> = {}): VolunteerDraft {
  return volunteerDraft(n, ctx.now(), over);
}

const desk = FRONT_DESK;

describe('registering volunteers', () => {
  it('allocates sequential numbers in the same transaction as the insert', async () => {
    const a = await repos.volunteers.register(person(1));
    const b = await repos.volunteers.register(person(2));
    expect([a.volunteerNo, b.volunteerNo]).toEqual(['ZYZ000001', 'ZYZ000002']);
    expect(await repos.volunteers.count()).toBe(2);
  });

  it('continues after the numbers demo data brought with it', async () => {
    await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 7, deskId: ctx.deskId }), () => undefined);
    const v = await repos.volunteers.register(person(3));
    expect(v.volunteerNo).toBe('ZYZ000201');
    expect(await repos.volunteers.count()).toBe(201);
  });

  it('keeps the live count from a demo load on, so no screen counts the table', async () => {
    await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 7, deskId: ctx.deskId }), () => undefined);
    const row = await db.counters.where('key').equals('volunteers.live').first();
    expect(row?.last).toBe(200);
    await repos.volunteers.register(person(1));
    expect(await repos.volunteers.count()).toBe(201);
  });

  it('counts live volunteers without a counter row, leaving out the deleted', async () => {
    await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 7, deskId: ctx.deskId }), () => undefined);
    // As a desk restored from a backup made before the row existed.
    await db.counters.where('key').equals('volunteers.live').delete();
    const first = await db.volunteers.orderBy('volunteerNo').first();
    if (!first) throw new Error('demo has volunteers');
    await db.volunteers.update(first.id, { deletedAt: ctx.now() });
    expect(await repos.volunteers.count()).toBe(199);
  });

  it('blocks the same ID number typed differently and writes nothing', async () => {
    const first = await repos.volunteers.register(person(1));
    const again = person(5, {
      idNumber: ` ${first.idNumber.slice(0, 6)} ${first.idNumber.slice(6).toLowerCase()}`,
    });
    const error = await repos.volunteers.register(again).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateIdNumberError);
    expect((error as DuplicateIdNumberError).existing.id).toBe(first.id);
    expect(await db.volunteers.count()).toBe(1);
    expect(await repos.volunteers.count()).toBe(1);
  });

  it('lets only one of two racing registrations of the same ID through', async () => {
    const results = await Promise.allSettled([
      repos.volunteers.register(person(1)),
      repos.volunteers.register(person(1, { name: '另一人' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.volunteers.count()).toBe(1);
  });

  it('warns about the same phone or the same name and birth date', async () => {
    await repos.volunteers.register(person(1));
    const check = await repos.volunteers.checkDuplicates({ ...person(9), phone: '13800000001' });
    expect(check.blocking).toBeNull();
    expect(check.warnings.map((w) => w.reason)).toEqual(['手机号码相同']);
  });

  it('finds a volunteer by pinyin initials and full pinyin', async () => {
    const v = await repos.volunteers.register(person(1, { name: '张三丰' }));
    expect((await repos.volunteers.search('zsf')).map((x) => x.id)).toEqual([v.id]);
    expect((await repos.volunteers.search('zhangsanf')).map((x) => x.id)).toEqual([v.id]);
  });

  it('logs a reveal of the full ID number', async () => {
    const v = await repos.volunteers.register(person(1));
    expect(await repos.volunteers.reveal(v.id, 'idNumber')).toBe(v.idNumber);
    expect((await repos.volunteers.history(v.id)).map((e) => e.action)).toContain('查看完整证件号码');
  });
});

describe('text as stored', () => {
  it('stores names without direction controls, whichever path wrote them', async () => {
    const v = await repos.volunteers.register(
      person(1, { name: '\u202e林晓梅', workUnit: '福州第十九中学\u202c' }),
    );
    const stored = await db.volunteers.get(v.id);
    expect(stored?.name).toBe('林晓梅');
    expect(stored?.workUnit).toBe('福州第十九中学');
    expect((await repos.volunteers.search('林晓梅')).map((x) => x.id)).toEqual([v.id]);
  });
});

describe('signing in and out', () => {
  it('signs in by number, then out, crediting confirmed hours under the rules', async () => {
    const v = await repos.volunteers.register(person(1));
    const first = await repos.serviceRecords.toggleByNumber(v.volunteerNo.toLowerCase(), desk);
    expect(first.kind).toBe('signedIn');
    expect((await repos.serviceRecords.onDuty()).map((r) => r.volunteerId)).toEqual([v.id]);
    ctx.advance(3 * HOUR + 20 * 60_000);
    const second = await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk);
    if (second.kind !== 'signedOut') throw new Error('expected a sign-out');
    expect(second.record).toMatchObject({ status: '已确认', creditedMinutes: 180, recorder: '测试员' });
    expect(second.record.rules?.roundingStepMinutes).toBe(30);
    expect(await repos.serviceRecords.onDuty()).toEqual([]);
    expect((await repos.serviceRecords.totals(v.id, 0)).total).toBe(180);
  });

  it('ignores a second scan of the same card within the guard, in either direction', async () => {
    const v = await repos.volunteers.register(person(1));
    expect((await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk)).kind).toBe('signedIn');
    ctx.advance(400);
    const again = await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk);
    expect(again).toMatchObject({ kind: 'repeat', guardSeconds: 60, record: { status: '服务中' } });
    expect((await repos.serviceRecords.onDuty()).map((r) => r.volunteerId)).toEqual([v.id]);

    ctx.advance(2 * HOUR);
    expect((await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk)).kind).toBe('signedOut');
    ctx.advance(5_000);
    expect((await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk)).kind).toBe('repeat');
    expect(await repos.serviceRecords.onDuty()).toEqual([]);
    expect(await repos.serviceRecords.recordsOf(v.id)).toHaveLength(1);

    ctx.advance(60_000);
    expect((await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk)).kind).toBe('signedIn');
  });

  it('says an unknown code is unknown and changes nothing', async () => {
    const before = await db.serviceRecords.count();
    expect(await repos.serviceRecords.toggleByNumber('ZYZ999999', desk)).toEqual({
      kind: 'unknown',
      code: 'ZYZ999999',
    });
    expect(await db.serviceRecords.count()).toBe(before);
  });

  it('closes a forgotten sign-out at the cap and flags it for review', async () => {
    const v = await repos.volunteers.register(person(1));
    await repos.serviceRecords.signIn(v.id, desk);
    ctx.advance(20 * HOUR);
    expect(await repos.serviceRecords.closeForgotten()).toBe(1);
    const [r] = await repos.serviceRecords.recordsOf(v.id);
    expect(r).toMatchObject({ status: '待确认', flaggedForReview: true, creditedMinutes: 480 });
    expect((await repos.serviceRecords.totals(v.id, 0)).total).toBe(0);
    await repos.serviceRecords.confirm(r?.id ?? '');
    expect((await repos.serviceRecords.totals(v.id, 0)).total).toBe(480);
  });

  it('sets the real sign-out time of a forgotten sign-out, with a reason, in the history', async () => {
    const v = await repos.volunteers.register(person(1));
    const signIn = (await repos.serviceRecords.signIn(v.id, desk)).signInAt;
    ctx.advance(20 * HOUR);
    await repos.serviceRecords.closeForgotten();
    const [r] = await repos.serviceRecords.recordsOf(v.id);
    const id = r?.id ?? '';
    await expect(repos.serviceRecords.correctSignOut(id, signIn + 3 * HOUR, ' ')).rejects.toThrow(
      '请填写更正原因',
    );
    await expect(repos.serviceRecords.correctSignOut(id, signIn - 60_000, '忘记签退')).rejects.toThrow(
      '签退时间应晚于签到时间',
    );
    const fixed = await repos.serviceRecords.correctSignOut(
      id,
      signIn + 3 * HOUR,
      '本人来电确认 3 小时后离开',
    );
    expect(fixed).toMatchObject({ signOutAt: signIn + 3 * HOUR, creditedMinutes: 180, status: '已确认' });
    expect(fixed.flaggedForReview).toBe(false);
    expect((await repos.serviceRecords.totals(v.id, 0)).total).toBe(180);
    const log = await db.auditLog.where('[entity+entityId]').equals(['serviceRecords', id]).toArray();
    expect(log.find((e) => e.action === '更正签退时间')).toMatchObject({
      reason: '本人来电确认 3 小时后离开',
      actor: '测试员',
      before: { signOutAt: signIn + 8 * HOUR, creditedMinutes: 480 },
      after: { signOutAt: signIn + 3 * HOUR, creditedMinutes: 180 },
    });
    await expect(repos.serviceRecords.correctSignOut(id, signIn + 2 * HOUR, '再改')).rejects.toThrow(
      '只有自动签退待核实的记录',
    );
  });

  it('adds a past record with a reason, pending until confirmed, and logs it', async () => {
    const v = await repos.volunteers.register(person(1));
    const t = ctx.now() - 48 * HOUR;
    const r = await repos.serviceRecords.addPast(v.id, {
      ...desk,
      signInAt: t,
      signOutAt: t + 2 * HOUR,
      evaluation: '良好',
      reason: '纸质签到表补录',
    });
    expect(r).toMatchObject({ status: '待确认', creditedMinutes: 120, manualReason: '纸质签到表补录' });
    const log = await db.auditLog.where('[entity+entityId]').equals(['serviceRecords', r.id]).toArray();
    expect(log[0]).toMatchObject({ action: '补录服务记录', reason: '纸质签到表补录', actor: '测试员' });
  });

  it("holds each day's part of a night session to that day's cap", async () => {
    const v = await repos.volunteers.register(person(1));
    // 2026-11-20 23:00 to 11-21 07:00 in Beijing (UTC+8), then 08:00 to 20:00 the same day.
    const night = Date.UTC(2026, 10, 20, 15, 0);
    const first = await repos.serviceRecords.addPast(v.id, {
      ...desk,
      signInAt: night,
      signOutAt: night + 8 * HOUR,
      evaluation: '',
      reason: '夜间值守补录',
    });
    expect(first.creditedMinutes).toBe(480);
    const day = Date.UTC(2026, 10, 21, 0, 0);
    const second = await repos.serviceRecords.addPast(v.id, {
      ...desk,
      signInAt: day,
      signOutAt: day + 12 * HOUR,
      evaluation: '',
      reason: '白天值守补录',
    });
    // 7 of the night's 8 hours fell on 11-21, so only 5 of the 12-hour day cap were left.
    expect(second.creditedMinutes).toBe(300);
  });

  it('tells when a sign-out crosses a star threshold', async () => {
    const v = await repos.volunteers.register(person(1));
    const t = ctx.now() - 400 * 24 * HOUR;
    for (let i = 0; i < 24; i += 1) {
      const r = await repos.serviceRecords.addPast(v.id, {
        ...desk,
        signInAt: t + i * 24 * HOUR,
        signOutAt: t + i * 24 * HOUR + 4 * HOUR,
        evaluation: '',
        reason: '历史补录',
      });
      await repos.serviceRecords.confirm(r.id);
    }
    await repos.serviceRecords.signIn(v.id, desk);
    ctx.advance(4 * HOUR);
    expect(
      (await repos.serviceRecords.signOut((await repos.serviceRecords.onDuty())[0]?.id ?? '')).star,
    ).toBe(1);
  });
});

describe('merging duplicates', () => {
  it('keeps all service records on the kept volunteer, and can be undone', async () => {
    const keep = await repos.volunteers.register(person(1));
    const drop = await repos.volunteers.register(person(2));
    const t = ctx.now() - 48 * HOUR;
    const r = await repos.serviceRecords.addPast(drop.id, {
      ...desk,
      signInAt: t,
      signOutAt: t + HOUR,
      evaluation: '',
      reason: '补录',
    });
    await repos.volunteers.merge(keep.id, drop.id, '同一人重复登记');
    expect((await repos.serviceRecords.recordsOf(keep.id)).map((x) => x.id)).toEqual([r.id]);
    expect((await repos.volunteers.get(drop.id))?.deletedAt).not.toBeNull();
    expect(await repos.volunteers.count()).toBe(1);
    expect((await repos.volunteers.byNumber(drop.volunteerNo))?.id).toBe(keep.id);

    await repos.volunteers.unmerge(drop.id);
    expect((await repos.serviceRecords.recordsOf(drop.id)).map((x) => x.id)).toEqual([r.id]);
    expect(await repos.volunteers.count()).toBe(2);
  });
});

describe('editing volunteers', () => {
  it('logs only the changed fields, with phones masked before and after', async () => {
    const v = await repos.volunteers.register(person(1));
    ctx.advance(HOUR);
    const next = await repos.volunteers.update(v.id, { ...v, phone: '13912341111', address: '南营社区' });
    expect(next.phone).toBe('13912341111');
    expect(next.updatedAt).toBe(ctx.now());
    expect((await repos.volunteers.search('1111')).map((x) => x.id)).toEqual([v.id]);
    const entry = (await repos.volunteers.history(v.id))[0];
    expect(entry).toMatchObject({
      action: '修改志愿者信息',
      before: { phone: '138****0001', address: '' },
      after: { phone: '139****1111', address: '南营社区' },
    });
  });

  it('writes nothing when nothing changed', async () => {
    const v = await repos.volunteers.register(person(1));
    await repos.volunteers.update(v.id, { ...v });
    expect((await repos.volunteers.history(v.id)).map((e) => e.action)).toEqual(['登记志愿者']);
  });

  it('refuses an ID number another volunteer has, but accepts its own typed differently', async () => {
    const a = await repos.volunteers.register(person(1));
    const b = await repos.volunteers.register(person(2));
    const error = await repos.volunteers.update(b.id, { idNumber: a.idNumber }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateIdNumberError);
    expect((await repos.volunteers.get(b.id))?.idNumber).toBe(b.idNumber);
    const own = ` ${b.idNumber.slice(0, 9)} ${b.idNumber.slice(9).toLowerCase()}`;
    await repos.volunteers.update(b.id, { idNumber: own, name: '改名' });
    expect(await repos.volunteers.get(b.id)).toMatchObject({ idNumber: b.idNumber, name: '改名' });
  });
});

describe('deleting and restoring volunteers', () => {
  it('hides a deleted volunteer from search and counts, and restores them with their records', async () => {
    const v = await repos.volunteers.register(person(1, { name: '张三丰' }));
    ctx.advance(HOUR);
    await repos.volunteers.remove(v.id, '本人要求注销');
    expect(await repos.volunteers.search('zsf')).toEqual([]);
    expect(await repos.volunteers.count()).toBe(0);
    expect((await repos.volunteers.deleted()).map((x) => x.id)).toEqual([v.id]);
    ctx.advance(HOUR);
    await repos.volunteers.restore(v.id);
    expect((await repos.volunteers.search('zsf')).map((x) => x.id)).toEqual([v.id]);
    expect(await repos.volunteers.count()).toBe(1);
    expect(await repos.volunteers.deleted()).toEqual([]);
    expect((await repos.volunteers.history(v.id)).map((e) => e.action).slice(0, 2)).toEqual([
      '恢复志愿者',
      '删除志愿者',
    ]);
  });

  it('refuses to delete someone who is signed in', async () => {
    const v = await repos.volunteers.register(person(1));
    await repos.serviceRecords.signIn(v.id, desk);
    await expect(repos.volunteers.remove(v.id)).rejects.toThrow('正在服务中，请先签退再删除');
    expect(await repos.volunteers.count()).toBe(1);
  });

  it('refuses to restore when the ID number was registered again meanwhile', async () => {
    const v = await repos.volunteers.register(person(1));
    await repos.volunteers.remove(v.id);
    const again = await repos.volunteers.register(person(1, { name: '重新登记' }));
    const error = await repos.volunteers.restore(v.id).catch((e: unknown) => e);
    expect((error as DuplicateIdNumberError).existing.id).toBe(again.id);
    expect(await repos.volunteers.count()).toBe(1);
  });

  it('leaves merged-away records out of the deleted list', async () => {
    const keep = await repos.volunteers.register(person(1));
    const drop = await repos.volunteers.register(person(2));
    await repos.volunteers.merge(keep.id, drop.id, '重复登记');
    // Merged away means deleted, yet it is not offered for restoring.
    expect((await repos.volunteers.get(drop.id))?.deletedAt).not.toBeNull();
    expect(await repos.volunteers.deleted()).toEqual([]);
  });
});
