import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyPost, EntryLike, RosterEntry } from '@shared/rosters/model';
import type { RosterPatternFormValues } from '@shared/rosters/pattern-schema';
import { DEFAULT_HOURS_RULES } from '@shared/volunteers/hours';
import {
  RosterClashError,
  RosterPatternInvalidError,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import {
  AUTUMN_TERM,
  gateForm,
  idBornOn,
  openRecordedDesk,
  registerAdults,
  stationForm,
} from './roster-fixtures';
import { FRONT_DESK } from './volunteer-fixtures';

let desk: Awaited<ReturnType<typeof openRecordedDesk>>;
let db: DeskDatabase;
let repos: Repos;
let gate: DutyPost;
let station: DutyPost;
let termId: string;
let a: string;
let b: string;
let c: string;

beforeEach(async () => {
  desk = await openRecordedDesk('rosters');
  ({ db, repos } = desk);
  termId = (await repos.schoolTerms.save(null, AUTUMN_TERM)).id;
  gate = await repos.dutyPosts.create(gateForm());
  station = await repos.dutyPosts.create(stationForm());
  [a = '', b = '', c = ''] = await registerAdults(repos, 3, desk.ctx.now());
});
afterEach(() => db.close());

const MONDAY = '2026-12-07';

const at = (post: DutyPost, shiftId: string, volunteerId: string, date = MONDAY): EntryLike => ({
  postId: post.id,
  shiftId,
  date,
  volunteerId,
  status: '排班',
  substituteFor: null,
});

/** The one entry an assign of one draft wrote. */
async function assignOne(draft: EntryLike): Promise<RosterEntry> {
  const [row] = await repos.rosters.assign([draft]);
  if (!row) throw new Error('nothing assigned');
  return row;
}

const clashOf = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a clash');
    },
    (e: unknown) => {
      if (!(e instanceof RosterClashError)) throw e;
      return e;
    },
  );

const rosterAudit = async () =>
  (await db.auditLog.where('entity').anyOf('rosterEntries', 'rosterPatterns').toArray())
    .sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0))
    .map((e) => [e.action, e.actor]);

describe('assigning shifts', () => {
  it('refuses a second post at the same time for one volunteer and writes nothing', async () => {
    await repos.rosters.assign([at(gate, 's-am', a)]);
    const logged = await db.auditLog.count();
    const error = await clashOf(repos.rosters.assign([at(gate, 's-am', b), at(station, 's-day', a)]));
    expect(error.clashes).toEqual([
      expect.objectContaining({
        kind: '时间冲突',
        index: 1,
        volunteerId: a,
        date: MONDAY,
        message: '与社区教育宣传（实验小学南门）早岗 07:20–08:00 时间重叠，请改排他人或换班次',
      }),
    ]);
    expect(await db.rosterEntries.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(logged);
    expect(await rosterAudit()).toEqual([['排班', '测试员']]);
  });

  it('refuses a minor at an adults-only post, reading the age from the ID number', async () => {
    const kid = await db.volunteers.get(c);
    if (!kid) throw new Error('no volunteer');
    await db.volunteers.put({ ...kid, idNumber: idBornOn('20120301', 7), birthDate: null });
    const error = await clashOf(repos.rosters.assign([at(gate, 's-am', c)]));
    expect(error.clashes.map((x) => [x.kind, x.message])).toEqual([
      ['未成年人', '社区教育宣传（实验小学南门）仅限成年志愿者，该志愿者当天未满18岁'],
    ]);
    expect(await repos.rosters.assign([at(station, 's-day', c)])).toHaveLength(1);
  });

  it('refuses more rostered time in a day than the hours rules credit', async () => {
    await repos.settings.set('hoursRules', {
      ...DEFAULT_HOURS_RULES,
      capPerSessionMinutes: 30,
      capPerDayMinutes: 60,
    });
    const error = await clashOf(repos.rosters.assign([at(gate, 's-am', a), at(gate, 's-pm', a)]));
    expect(error.clashes.map((x) => [x.kind, x.index])).toEqual([['超出每日上限', 1]]);
    expect(error.message).toContain('超过每日上限');
  });

  it('refuses a shift on a day the post does not run, saying why', async () => {
    await expect(repos.rosters.assign([at(gate, 's-am', a, '2026-10-05')])).rejects.toThrow(
      '2026-10-05 国庆节放假，社区教育宣传（实验小学南门）不上岗，请选其他日期',
    );
    expect(await db.rosterEntries.count()).toBe(0);
  });
});

describe('reading the roster', () => {
  it("reads a post's week through the [postId+date] index", async () => {
    await repos.rosters.assign([
      at(gate, 's-am', a),
      at(gate, 's-am', b, '2026-12-11'),
      at(gate, 's-pm', c),
      at(gate, 's-am', a, '2026-12-14'),
      at(station, 's-day', c, '2026-12-08'),
    ]);
    desk.reads.length = 0;
    const week = await repos.rosters.week(gate.id, MONDAY);
    expect(desk.readsOf('rosterEntries')).toEqual(['rosterEntries [postId+date] range']);
    expect(week.entries.map((e) => [e.date, e.shiftId, e.volunteerId])).toEqual([
      [MONDAY, 's-am', a],
      [MONDAY, 's-pm', c],
      ['2026-12-11', 's-am', b],
    ]);
    expect(week.days.map((d) => d.offReason)).toEqual([null, null, null, null, null, '周末', '周末']);
    expect(week.occurrences).toHaveLength(10);
    expect(week.gaps.slice(0, 3).map((g) => [g.date, g.shiftId, g.missing])).toEqual([
      [MONDAY, 's-am', 1],
      ['2026-12-08', 's-am', 2],
      ['2026-12-08', 's-pm', 1],
    ]);
    expect(week.gaps).toHaveLength(9);
  });

  it("lists today's under-staffed shifts across live posts, earliest first, reading entries by date only", async () => {
    const closed = await repos.dutyPosts.create(stationForm({ place: '西街社区站' }));
    await repos.dutyPosts.remove(closed.id);
    await repos.rosters.assign([at(gate, 's-am', a)]);
    desk.reads.length = 0;
    const gaps = await repos.rosters.gapsOn(MONDAY);
    expect(desk.readsOf('rosterEntries')).toEqual(['rosterEntries date range']);
    expect(gaps.map((g) => [g.post.place, g.shift.label, g.staffed, g.missing])).toEqual([
      ['实验小学南门', '早岗', 1, 1],
      ['东街社区站便民服务点', '早班', 0, 1],
      ['实验小学南门', '午岗', 0, 1],
    ]);
  });
});

describe('repeating assignments', () => {
  const monday = (): RosterPatternFormValues => ({
    postId: gate.id,
    shiftId: 's-am',
    weekdays: [1],
    from: AUTUMN_TERM.start,
    to: AUTUMN_TERM.end,
    volunteerId: a,
    termId,
  });

  it('rosters a volunteer every Monday for a term, skipping vacations, reading only their own days', async () => {
    desk.reads.length = 0;
    const saved = await repos.rosters.savePattern(monday());
    expect(desk.readsOf('rosterEntries')).toEqual(['rosterEntries [volunteerId+date] range']);
    expect(saved.skipped).toEqual([
      { date: '2026-10-05', reason: '国庆节放假' },
      { date: '2026-11-09', reason: '秋假（2026秋季学期）' },
    ]);
    const stored = await repos.rosters.entriesOfVolunteer(a, '2026-08-01', '2027-02-28');
    expect(stored).toHaveLength(18);
    expect(stored.map((e) => e.date)).toEqual(saved.entries.map((e) => e.date));
    expect([stored[0]?.date, stored.at(-1)?.date]).toEqual(['2026-09-07', '2027-01-18']);
    expect(new Set(stored.map((e) => e.patternId))).toEqual(new Set([saved.pattern.id]));
    expect(await rosterAudit()).toEqual([['按规律排班', '测试员']]);
  });

  it('refuses a pattern beyond its term at the end date and saves nothing', async () => {
    const error: unknown = await repos.rosters.savePattern({ ...monday(), to: '2027-06-30' }).catch((e) => e);
    expect(error).toBeInstanceOf(RosterPatternInvalidError);
    expect(error).toMatchObject({
      problems: { to: '学期“2026秋季学期”到 2027-01-22 结束，结束日期请不晚于此' },
    });
    expect([await db.rosterPatterns.count(), await db.rosterEntries.count()]).toEqual([0, 0]);
  });

  it('refuses a whole term of Mondays when one of them clashes, writing none of them', async () => {
    await repos.rosters.assign([at(station, 's-day', a, '2026-12-14')]);
    const error = await clashOf(repos.rosters.savePattern(monday()));
    expect(error.clashes.map((x) => [x.kind, x.date])).toEqual([['时间冲突', '2026-12-14']]);
    expect(error.message).toContain('2026-12-14');
    expect([await db.rosterPatterns.count(), await db.rosterEntries.count()]).toEqual([0, 1]);
  });
});

describe('changing entries', () => {
  it('a substitute fills the place of a volunteer on leave', async () => {
    const entry = await assignOne(at(gate, 's-pm', a));
    await repos.rosters.setStatus(entry.id, '请假');
    const pmGaps = async () => (await repos.rosters.gapsOn(MONDAY)).filter((g) => g.shiftId === 's-pm');
    expect((await pmGaps()).map((g) => g.missing)).toEqual([1]);
    const sub = await repos.rosters.addSubstitute(entry.id, b);
    expect(sub).toMatchObject({
      volunteerId: b,
      substituteFor: a,
      shiftId: 's-pm',
      date: MONDAY,
      status: '排班',
    });
    expect(await pmGaps()).toEqual([]);
    await expect(repos.rosters.addSubstitute(entry.id, c)).rejects.toThrow('这一班已有志愿者顶替');
    expect(await rosterAudit()).toEqual([
      ['排班', '测试员'],
      ['修改排班状态', '测试员'],
      ['安排顶班', '测试员'],
    ]);
  });

  it('a deleted entry can be restored', async () => {
    const entry = await assignOne(at(gate, 's-am', a));
    await repos.rosters.removeEntry(entry.id);
    expect((await repos.rosters.week(gate.id, MONDAY)).entries).toEqual([]);
    await repos.rosters.restoreEntry(entry.id);
    expect((await repos.rosters.week(gate.id, MONDAY)).entries.map((e) => e.id)).toEqual([entry.id]);
    expect((await rosterAudit()).map(([action]) => action)).toEqual(['排班', '删除排班', '恢复排班']);
  });

  it('does not restore an entry, or withdraw a leave, once the time went to another post', async () => {
    const removed = await assignOne(at(gate, 's-am', a));
    const onLeave = await assignOne(at(gate, 's-am', b));
    await repos.rosters.removeEntry(removed.id);
    await repos.rosters.setStatus(onLeave.id, '请假');
    await repos.rosters.assign([at(station, 's-day', a), at(station, 's-day', b)]);
    await clashOf(repos.rosters.restoreEntry(removed.id));
    await clashOf(repos.rosters.setStatus(onLeave.id, '排班'));
    expect((await db.rosterEntries.get(removed.id))?.deletedAt).not.toBeNull();
    expect((await db.rosterEntries.get(onLeave.id))?.status).toBe('请假');
  });

  it('links the sign-in holding the hours to its entry, once, and only for that volunteer', async () => {
    const [mine, theirs] = await repos.rosters.assign([at(gate, 's-am', a), at(gate, 's-am', b)]);
    if (!mine || !theirs) throw new Error('nothing assigned');
    const record = await repos.serviceRecords.signIn(a, FRONT_DESK);
    expect(await repos.rosters.linkServiceRecord(mine.id, record.id)).toMatchObject({
      serviceRecordId: record.id,
      status: '到岗',
    });
    await expect(repos.rosters.linkServiceRecord(theirs.id, record.id)).rejects.toThrow('不是该排班志愿者的');
    const later = await assignOne(at(gate, 's-am', a, '2026-12-08'));
    await expect(repos.rosters.linkServiceRecord(later.id, record.id)).rejects.toThrow(
      '这条服务记录已关联到 2026-12-07 的另一班排班',
    );
  });
});
