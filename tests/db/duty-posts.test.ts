import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DutyPostInvalidError,
  SchoolTermInvalidError,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { AUTUMN_TERM, gateForm, openRecordedDesk, registerAdults, stationForm } from './roster-fixtures';

let db: DeskDatabase;
let repos: Repos;
let now: number;

beforeEach(async () => {
  const desk = await openRecordedDesk('duty-posts');
  ({ db, repos } = desk);
  now = desk.ctx.now();
});
afterEach(() => db.close());

const auditOf = async (entity: string, id: string) =>
  (await db.auditLog.where('[entity+entityId]').equals([entity, id]).toArray())
    .sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0))
    .map((e) => [e.action, e.actor]);

describe('排班岗位', () => {
  it('saves a post with two daily shifts as minutes and lists posts by name, then place', async () => {
    const gate = await repos.dutyPosts.create(gateForm());
    await repos.dutyPosts.create(gateForm({ place: '城关小学东门' }));
    await repos.dutyPosts.create(stationForm());
    expect(gate.shifts.map((s) => [s.label, s.startMinute, s.endMinute, s.needed])).toEqual([
      ['早岗', 440, 480, 2],
      ['午岗', 990, 1035, 1],
    ]);
    expect((await repos.dutyPosts.get(gate.id))?.stationId).toBeNull();
    expect((await repos.dutyPosts.list()).map((p) => `${p.name} ${p.place}`)).toEqual([
      '公益服务模范 东街社区站便民服务点',
      '社区教育宣传 城关小学东门',
      '社区教育宣传 实验小学南门',
    ]);
  });

  it('refuses a post with no place and overlapping shifts, with a message at each field, saving nothing', async () => {
    const shifts = [
      ...gateForm().shifts,
      { id: 's-x', label: '加岗', startMinute: '07:50', endMinute: '08:10', needed: '1' },
    ];
    const error: unknown = await repos.dutyPosts.create(gateForm({ place: ' ', shifts })).catch((e) => e);
    expect(error).toBeInstanceOf(DutyPostInvalidError);
    expect(error).toMatchObject({
      problems: {
        place: '请填写上岗地点，如 实验小学南门',
        'shifts.2.startMinute': '与“早岗”（07:20–08:00）时间重叠，请错开',
      },
    });
    expect(await db.dutyPosts.count()).toBe(0);
  });

  it("takes a 岗位 from the center's list, and lets a post keep one the list dropped since", async () => {
    await expect(repos.dutyPosts.create(gateForm({ name: '看门' }))).rejects.toMatchObject({
      problems: { name: '请从岗位列表中选择岗位' },
    });
    const gate = await repos.dutyPosts.create(gateForm());
    await repos.settings.set('servicePosts', ['公益服务模范']);
    const moved = await repos.dutyPosts.update(gate.id, gateForm({ place: '实验小学北门' }));
    expect([moved.name, moved.place]).toEqual(['社区教育宣传', '实验小学北门']);
  });

  it('refuses to drop a shift that still has entries from today on', async () => {
    await repos.schoolTerms.save(null, AUTUMN_TERM);
    const gate = await repos.dutyPosts.create(gateForm());
    const [a = ''] = await registerAdults(repos, 1, now);
    await repos.rosters.assign([
      {
        postId: gate.id,
        shiftId: 's-pm',
        date: '2026-12-07',
        volunteerId: a,
        status: '排班',
        substituteFor: null,
      },
    ]);
    const amOnly = gateForm({ shifts: gateForm().shifts.slice(0, 1) });
    await expect(repos.dutyPosts.update(gate.id, amOnly)).rejects.toMatchObject({
      problems: { shifts: '班次“午岗”今后还有 1 条排班，请先移走这些排班再删除该班次' },
    });
    expect((await repos.dutyPosts.get(gate.id))?.shifts).toHaveLength(2);
    const pmOnly = await repos.dutyPosts.update(gate.id, gateForm({ shifts: gateForm().shifts.slice(1) }));
    expect(pmOnly.shifts.map((s) => s.label)).toEqual(['午岗']);
  });

  it('deletes a post out of the list and restores it, each write logged with the staff member', async () => {
    const gate = await repos.dutyPosts.create(gateForm());
    await repos.dutyPosts.update(gate.id, gateForm({ community: '西街社区' }));
    await repos.dutyPosts.remove(gate.id);
    expect(await repos.dutyPosts.list()).toEqual([]);
    expect((await repos.dutyPosts.deleted()).map((p) => p.id)).toEqual([gate.id]);
    await repos.dutyPosts.restore(gate.id);
    expect((await repos.dutyPosts.list()).map((p) => p.community)).toEqual(['西街社区']);
    expect(await repos.dutyPosts.deleted()).toEqual([]);
    expect(await auditOf('dutyPosts', gate.id)).toEqual([
      ['新建排班岗位', '测试员'],
      ['修改排班岗位', '测试员'],
      ['删除排班岗位', '测试员'],
      ['恢复排班岗位', '测试员'],
    ]);
  });
});

describe('学期', () => {
  it('refuses a term overlapping another and a vacation outside the term, at the fields', async () => {
    await repos.schoolTerms.save(null, AUTUMN_TERM);
    const spring = { name: '2027春季学期', start: '2027-01-20', end: '2027-07-02', vacations: [] };
    const error: unknown = await repos.schoolTerms.save(null, spring).catch((e) => e);
    expect(error).toBeInstanceOf(SchoolTermInvalidError);
    expect(error).toMatchObject({
      problems: { start: '与学期“2026秋季学期”（2026-09-01 至 2027-01-22）重叠，请调整开始或结束日期' },
    });
    const vacations = [{ name: '寒假', from: '2027-01-23', to: '2027-02-20' }];
    await expect(
      repos.schoolTerms.save(null, { ...spring, start: '2027-02-21', vacations }),
    ).rejects.toMatchObject({
      problems: { 'vacations.0.from': '假期须在学期内（2027-02-21 至 2027-07-02）' },
    });
    expect((await repos.schoolTerms.list()).map((t) => t.name)).toEqual(['2026秋季学期']);
  });

  it('changes a term in place, and restores a deleted one only while no other covers its dates', async () => {
    const autumn = await repos.schoolTerms.save(null, AUTUMN_TERM);
    const longer = await repos.schoolTerms.save(autumn.id, { ...AUTUMN_TERM, end: '2027-01-29' });
    expect([longer.id, longer.end]).toEqual([autumn.id, '2027-01-29']);
    await repos.schoolTerms.remove(autumn.id);
    await repos.schoolTerms.save(null, { ...AUTUMN_TERM, name: '2026秋季学期（新）' });
    await expect(repos.schoolTerms.restore(autumn.id)).rejects.toBeInstanceOf(SchoolTermInvalidError);
    expect((await repos.schoolTerms.deleted()).map((t) => t.id)).toEqual([autumn.id]);
    expect(await auditOf('schoolTerms', autumn.id)).toEqual([
      ['新建学期', '测试员'],
      ['修改学期', '测试员'],
      ['删除学期', '测试员'],
    ]);
  });
});
