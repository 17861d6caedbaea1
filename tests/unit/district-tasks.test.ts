import { describe, expect, it } from 'vitest';
import {
  claimDocId,
  claimTask,
  completeClaim,
  completeClaimSchema,
  newTask,
  publishTaskSchema,
  taskDocId,
  taskIdOf,
  withdrawTask,
  type DistrictTask,
} from '@shared/district/tasks';
import { centerTaskBoard, siteTaskList } from '@shared/district/task-board';

const TODAY = '2026-12-03';
const DONGJIE = { db: 'suo-dongjie', name: '东街街道实践所' };
const NANMEN = { db: 'zhan-nanmen', name: '南门社区实践站' };
const BEIHU = { db: 'zhan-beihu', name: '北湖村实践站' };
const SITES = [DONGJIE, NANMEN, BEIHU];

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const good = {
  kind: '活动',
  title: '冬季送温暖',
  detail: '走访独居老人',
  dueDate: '2026-12-20',
  sites: ['suo-dongjie'],
};

function task(overrides: Partial<DistrictTask> = {}): DistrictTask {
  return {
    ...newTask(
      publishTaskSchema(TODAY, ['suo-dongjie', 'zhan-nanmen', 'zhan-beihu']).parse({
        ...good,
        sites: ['suo-dongjie', 'zhan-nanmen'],
      }),
      'center-gulou',
      { now: 1000, by: '王芳' },
    ),
    ...overrides,
  };
}

describe('发布任务 form', () => {
  const schema = publishTaskSchema(TODAY, ['suo-dongjie', 'zhan-nanmen']);

  it('accepts a complete task due today or later', () => {
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse({ ...good, dueDate: TODAY }).success).toBe(true);
  });

  it('says at each field what is wrong, in Chinese', () => {
    const errors = errorsOf(schema.safeParse({ ...good, title: '  ', dueDate: '2026-12-02', sites: [] }));
    expect(errors).toEqual({
      title: '标题必填',
      dueDate: '截止日期不能早于今天',
      sites: '至少选择一个所或站',
    });
  });

  it('refuses a date that is not one, and a site that is not in the district', () => {
    expect(errorsOf(schema.safeParse({ ...good, dueDate: '2026-02-30' })).dueDate).toBe(
      '请按“2026-12-03”的格式填写截止日期',
    );
    expect(errorsOf(schema.safeParse({ ...good, sites: ['zhan-gone'] })).sites).toBe(
      '所选的所或站已不在本区，请重新选择',
    );
  });

  it('reads full-width digits in the due date', () => {
    expect(schema.parse({ ...good, dueDate: '２０２６-１２-２０' }).dueDate).toBe('2026-12-20');
  });
});

describe('完成 form', () => {
  it('takes whole, non-negative figures', () => {
    const ok = { activities: 1, served: 30, serviceMinutes: 90, note: '' };
    expect(completeClaimSchema.safeParse(ok).success).toBe(true);
    expect(errorsOf(completeClaimSchema.safeParse({ ...ok, served: -1, activities: 1.5 }))).toEqual({
      served: '服务人次不能为负数',
      activities: '活动场次须为整数',
    });
    expect(errorsOf(completeClaimSchema.safeParse({ ...ok, serviceMinutes: undefined })).serviceMinutes).toBe(
      '请填写志愿服务时长（分钟）',
    );
  });
});

describe('ids', () => {
  it('names tasks and claims so each side lists its own by prefix', () => {
    expect(taskDocId('t1')).toBe('tasks:t1');
    expect(taskIdOf('tasks:t1')).toBe('t1');
    expect(taskIdOf('claims:t1:suo-dongjie')).toBeNull();
    expect(claimDocId('t1', 'suo-dongjie')).toBe('claims:t1:suo-dongjie');
  });
});

describe('the center’s board', () => {
  it('shows each chosen site’s state, and totals only what was completed', () => {
    const t = task();
    const done = completeClaim(
      claimTask('t1', DONGJIE, { now: 2000, by: '李强' }),
      { activities: 2, served: 40, serviceMinutes: 150, note: '' },
      { now: 3000, by: '李强' },
    );
    const [row] = centerTaskBoard([{ id: 't1', task: t }], [done], SITES, TODAY);
    expect(row?.sites.map((s) => [s.siteName, s.state])).toEqual([
      ['东街街道实践所', '已完成'],
      ['南门社区实践站', '未领取'],
    ]);
    expect(row?.counts).toEqual({ 未领取: 1, 已领取: 0, 已完成: 1 });
    expect(row?.totals).toEqual({ activities: 2, served: 40, serviceMinutes: 150 });
  });

  it('ignores a claim for a site the task was not sent to', () => {
    const stray = claimTask('t1', BEIHU, { now: 2000, by: '赵六' });
    const [row] = centerTaskBoard([{ id: 't1', task: task() }], [stray], SITES, TODAY);
    expect(row?.counts).toEqual({ 未领取: 2, 已领取: 0, 已完成: 0 });
  });

  it('marks a task overdue past its date until every site is done, never when withdrawn', () => {
    const late = task({ dueDate: '2026-12-01' });
    expect(centerTaskBoard([{ id: 't1', task: late }], [], SITES, TODAY)[0]?.overdue).toBe(true);
    expect(centerTaskBoard([{ id: 't1', task: late }], [], SITES, '2026-12-01')[0]?.overdue).toBe(false);
    const withdrawn = withdrawTask(late, 5000);
    expect(centerTaskBoard([{ id: 't1', task: withdrawn }], [], SITES, TODAY)[0]).toMatchObject({
      overdue: false,
      withdrawn: true,
    });
  });

  it('lists the newest task first', () => {
    const rows = centerTaskBoard(
      [
        { id: 'old', task: task({ publishedAt: 1 }) },
        { id: 'new', task: task({ publishedAt: 2 }) },
      ],
      [],
      SITES,
      TODAY,
    );
    expect(rows.map((r) => r.id)).toEqual(['new', 'old']);
  });
});

describe('a site’s list', () => {
  it('holds only the tasks sent to that site, with its own claim', () => {
    const t = task();
    const theirs = claimTask('t1', NANMEN, { now: 2000, by: '陈静' });
    expect(siteTaskList([{ id: 't1', task: t }], [theirs], 'suo-dongjie', TODAY)).toMatchObject([
      { id: 't1', state: '未领取', claim: null },
    ]);
    expect(siteTaskList([{ id: 't1', task: t }], [theirs], 'zhan-nanmen', TODAY)[0]?.state).toBe('已领取');
    expect(siteTaskList([{ id: 't1', task: t }], [], 'zhan-beihu', TODAY)).toEqual([]);
  });

  it('drops a withdrawn task it never claimed, keeps one it did', () => {
    const t = withdrawTask(task(), 5000);
    const mine = claimTask('t1', DONGJIE, { now: 2000, by: '李强' });
    expect(siteTaskList([{ id: 't1', task: t }], [], 'suo-dongjie', TODAY)).toEqual([]);
    expect(siteTaskList([{ id: 't1', task: t }], [mine], 'suo-dongjie', TODAY)[0]?.withdrawn).toBe(true);
  });

  it('puts open work first by due date, done work after, and flags what is late', () => {
    const mine = completeClaim(
      claimTask('done', DONGJIE, { now: 2000, by: '李强' }),
      { activities: 1, served: 1, serviceMinutes: 60, note: '' },
      { now: 3000, by: '李强' },
    );
    const rows = siteTaskList(
      [
        { id: 'done', task: task({ dueDate: '2026-12-01' }) },
        { id: 'later', task: task({ dueDate: '2026-12-30' }) },
        { id: 'late', task: task({ dueDate: '2026-12-02' }) },
      ],
      [mine],
      'suo-dongjie',
      TODAY,
    );
    expect(rows.map((r) => [r.id, r.overdue])).toEqual([
      ['late', true],
      ['later', false],
      ['done', false],
    ]);
  });
});
