import { afterEach, describe, expect, it } from 'vitest';
import type { Activity, ServiceOrder, ServiceRecord } from '@shared/model';
import { builtinTemplate } from '@shared/documents/defaults';
import { periodOf } from '@shared/recognition/periods';
import type { DeskDatabase } from '../../renderer/src/db';
import { openTestDesk } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

let open: DeskDatabase | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

const base = { createdAt: 0, updatedAt: 0, deletedAt: null, deskId: 'desk-test' };
const at = (day: number, hour = 9) => Date.UTC(2026, 10, day, hour - 8);

function record(
  id: string,
  volunteerId: string,
  signInAt: number,
  minutes: number,
  over: Partial<ServiceRecord> = {},
): ServiceRecord {
  return {
    ...base,
    id,
    volunteerId,
    activityId: null,
    bookingId: null,
    post: null,
    projectName: '',
    place: '',
    serviceObject: '',
    content: '',
    signInAt,
    signOutAt: signInAt + minutes * 60_000,
    creditedMinutes: minutes,
    rules: null,
    evaluation: '',
    leader: '',
    recorder: '',
    status: '已确认',
    flaggedForReview: false,
    manualReason: null,
    ...over,
  };
}

function order(
  id: string,
  volunteerIds: string[],
  completedAt: number,
  status: ServiceOrder['status'],
  rating: number | null,
): ServiceOrder {
  return {
    ...base,
    id,
    number: id,
    status,
    completedAt,
    completedVolunteerIds: volunteerIds,
    rating,
  } as ServiceOrder;
}

async function seedMonth() {
  const { db, repos, ctx } = await openTestDesk('honours');
  open = db;
  const a = await repos.volunteers.register(volunteerDraft(1, ctx.now()));
  const b = await repos.volunteers.register(volunteerDraft(2, ctx.now()));
  const c = await repos.volunteers.register(volunteerDraft(3, ctx.now()));
  const team = await repos.teams.create('银龄服务队', '');
  await db.volunteers.update(b.id, { teamIds: [team.id] });
  await db.volunteers.update(c.id, { teamIds: [team.id] });
  await db.activities.bulkAdd([
    {
      ...base,
      id: 'act-1',
      title: '健康讲座',
      category: '健康',
      projectId: null,
      start: at(10),
      end: at(10, 11),
    } as Activity,
    {
      ...base,
      id: 'act-old',
      title: '上月活动',
      category: '志愿服务',
      projectId: null,
      start: at(-2),
      end: at(-2, 11),
    } as Activity,
  ]);
  await db.serviceRecords.bulkAdd([
    record('r1', a.id, at(10), 120, { activityId: 'act-1' }),
    record('r2', a.id, at(12), 60),
    record('r3', b.id, at(11), 300),
    record('r4', b.id, at(12), 600, { status: '待确认' }), // not confirmed: does not count
    record('r5', c.id, at(1, 7), 60), // 11-01 07:00 Beijing, inside November
    record('r6', c.id, at(31, 9), 600), // 12-01: outside
    record('r7', a.id, at(10), 30, { activityId: 'act-1' }), // second record, same activity: one activity
    record('r8', c.id, at(2), 60, { deletedAt: 1 }),
  ]);
  await db.serviceOrders.bulkAdd([
    order('o1', [a.id, c.id], at(20), '已办结', 5),
    order('o2', [c.id], at(21), '待回访', 2),
    order('o3', [c.id], at(22), '服务中', null),
    order('o4', [c.id], at(31), '已办结', 5),
  ]);
  return { db, repos, a, b, c, team };
}

describe('评选 inputs and candidates', () => {
  it('gathers a month of confirmed minutes, activities taken part in and completed orders', async () => {
    const { repos, a, b, c } = await seedMonth();
    const inputs = await repos.honours.gather(periodOf('月', '2026-11-15'));
    expect(inputs.get(a.id)).toMatchObject({
      minutes: 210,
      activities: [{ category: '健康', projectId: null }],
      orderRatings: [5],
    });
    expect(inputs.get(b.id)).toMatchObject({ minutes: 300, activities: [], orderRatings: [] });
    expect(inputs.get(c.id)).toMatchObject({ minutes: 60, activities: [], orderRatings: [5, 2] });
  });

  it('ranks volunteers with their breakdown and names, and teams by their members’ points', async () => {
    const { repos, a, b, c, team } = await seedMonth();
    const { volunteers, teams } = await repos.honours.candidates(periodOf('月', '2026-11-15'));
    // a: 7 (hours) + 3 (activity) + 0 (健康 has no extra by default) + 5 + 5 = 20; c: 2 + 10 + 7 = 19; b: 10.
    expect(volunteers.map((v) => [v.name, v.points])).toEqual([
      [a.name, 20],
      [c.name, 19],
      [b.name, 10],
    ]);
    expect(volunteers[0]?.breakdown).toContainEqual({ label: '服务时长', count: 3.5, points: 7 });
    expect(teams).toEqual([{ teamId: team.id, name: '银龄服务队', points: 29, members: 2, minutes: 360 }]);
  });
});

describe('confirming a selection', () => {
  it('writes honours with audit, refuses the same winner twice, and can be undone', async () => {
    const { db, repos, a } = await seedMonth();
    const period = periodOf('月', '2026-11-15');
    const pick = {
      winnerType: 'volunteer' as const,
      winnerId: a.id,
      winnerName: a.name,
      points: 20,
      breakdown: [{ label: '服务时长', points: 7 }],
    };
    const [honour] = await repos.honours.confirm(period, [pick], '服务时长多，群众评价好');
    expect(honour).toMatchObject({
      periodStart: '2026-11-01',
      periodLabel: '2026年11月',
      title: '月度时尚达人',
      points: 20,
      reason: '服务时长多，群众评价好',
    });
    const audit = await db.auditLog
      .where('[entity+entityId]')
      .equals(['honours', honour?.id ?? ''])
      .toArray();
    expect(audit.map((e) => e.action)).toEqual(['确认评选结果']);

    await expect(repos.honours.confirm(period, [pick], '')).rejects.toThrow(
      `${a.name}已当选2026年11月月度时尚达人`,
    );
    expect(await repos.honours.forPeriod('月', '2026-11-01')).toHaveLength(1);

    await repos.honours.undo([honour?.id ?? '']);
    expect(await repos.honours.forPeriod('月', '2026-11-01')).toEqual([]);
    expect(await repos.honours.recent()).toEqual([]);
    // Once undone, the winner can be confirmed again.
    await repos.honours.confirm(period, [pick], '');
    expect(await repos.honours.recent()).toHaveLength(1);
  });
});

describe('issuing 荣誉证书 to confirmed winners', () => {
  it('numbers each certificate once and ties it to its honour; a second issue is refused and numbers nothing', async () => {
    const { db, repos, a, b } = await seedMonth();
    const period = periodOf('月', '2026-11-15');
    const picks = [a, b].map((v) => ({
      winnerType: 'volunteer' as const,
      winnerId: v.id,
      winnerName: v.name,
      points: 10,
      breakdown: [],
    }));
    const honours = await repos.honours.confirm(period, picks, '');
    const template = builtinTemplate('builtin:honour-a4');
    if (!template) throw new Error('no built-in honour template');
    const issue = () =>
      repos.documents.issue(
        honours.map((h) => ({
          kind: '荣誉证书' as const,
          templateId: 'builtin:honour-a4',
          layout: template.layout,
          recipientType: 'volunteer' as const,
          recipientId: h.winnerId,
          recipientName: h.winnerName,
          content: { 姓名: h.winnerName, 荣誉称号: h.title },
          rows: [],
        })),
      );
    const ids = honours.map((h) => h.id);
    const issued = await repos.honours.issueCertificates(ids, issue);
    expect(issued.map((d) => d.recipientName)).toEqual([a.name, b.name]);
    const stored = await repos.honours.forPeriod('月', '2026-11-01');
    expect(Object.fromEntries(stored.map((h) => [h.winnerName, h.documentId]))).toEqual({
      [a.name]: issued[0]?.id,
      [b.name]: issued[1]?.id,
    });

    await expect(repos.honours.issueCertificates(ids, issue)).rejects.toThrow('部分荣誉证书已发放');
    expect(await db.documents.count()).toBe(2);
  });
});
