import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutyPost, RosterStatus } from '@shared/rosters/model';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { AUTUMN_TERM, gateForm, openRecordedDesk, registerAdults, stationForm } from './roster-fixtures';
import { FRONT_DESK } from './volunteer-fixtures';

let desk: Awaited<ReturnType<typeof openRecordedDesk>>;
let db: DeskDatabase;
let repos: Repos;
let gate: DutyPost;
let point: DutyPost;
let a: string;
let b: string;
let c: string;

// Monday 09-28 … Sunday 10-04 2026: the gate (校历, 早岗 for 2 and 午岗 for 1) runs Monday to Wednesday
// only, 国庆 starting on Thursday 10-01: 3 days × 2 shifts = 6 shifts, 9 places. The 便民服务点 of 所/站
// st-1 (每天, 1 person) runs all 7 days: 7 shifts, 7 places.
const FIRST = '2026-09-28';
const LAST = '2026-10-04';

/** Rosters a volunteer on a post's shift on a date, then marks the entry when a status is given. */
async function roster(
  post: DutyPost,
  shiftId: string,
  volunteerId: string,
  date: string,
  status?: RosterStatus,
): Promise<void> {
  const base = { postId: post.id, shiftId, date, substituteFor: null };
  const [row] = await repos.rosters.assign([{ ...base, volunteerId, status: '排班' }]);
  if (!row) throw new Error('nothing assigned');
  if (status) await repos.rosters.setStatus(row.id, status);
}

/** Moves the desk clock to a time on a date in 2026 (Beijing). */
const setClock = (month: number, day: number, hh: number, mm: number) =>
  desk.ctx.advance(Date.UTC(2026, month - 1, day, hh - 8, mm) - desk.ctx.now());

let recordId: string;
let credited: number;

beforeEach(async () => {
  desk = await openRecordedDesk('roster-figures-read');
  ({ db, repos } = desk);
  // The posts were set up before the week the figures are read for.
  setClock(9, 1, 9, 0);
  await repos.schoolTerms.save(null, AUTUMN_TERM);
  gate = await repos.dutyPosts.create(gateForm());
  point = await repos.dutyPosts.create(stationForm({ stationId: 'st-1' }));
  [a = '', b = '', c = ''] = await registerAdults(repos, 3, desk.ctx.now());
  // Monday 早岗: a signs in and out at the desk (linked, 到岗, confirmed), b does not come.
  await roster(gate, 's-am', a, FIRST);
  await roster(gate, 's-am', b, FIRST, '缺勤');
  // Tuesday 午岗: b on leave.
  await roster(gate, 's-pm', b, '2026-09-29', '请假');
  // Wednesday at the 便民服务点: c rostered.
  await roster(point, 's-day', c, '2026-09-30');
  setClock(9, 28, 7, 15);
  const record = await repos.serviceRecords.signIn(a, { ...FRONT_DESK, post: '社区教育宣传' });
  setClock(9, 28, 8, 5);
  const out = await repos.serviceRecords.signOut(record.id);
  recordId = record.id;
  credited = out.record.creditedMinutes ?? 0;
});
afterEach(() => db.close());

describe('roster figures for the 统计报表', () => {
  it('counts places needed only on the days each post runs: 国庆 and the weekend are not needed at the gate', async () => {
    const report = await repos.rosterFigures.period(FIRST, LAST, null);
    const [line] = report.figures.byPost.filter((l) => l.postId === gate.id);
    expect(line).toMatchObject({ shifts: 6, needed: 9, filled: 1, arrived: 1, absent: 1, leave: 1 });
    expect(report.figures.total).toMatchObject({ shifts: 13, needed: 16, filled: 2 });
  });

  it('credits a post with the confirmed minutes of the sign-in linked to its 到岗 entry', async () => {
    expect(credited).toBeGreaterThan(0);
    const before = await repos.rosterFigures.period(FIRST, LAST, null);
    expect(before.figures.byPost.find((l) => l.postId === gate.id)?.servedMinutes).toBe(credited);
    await repos.serviceRecords.void(recordId, '误签');
    const after = await repos.rosterFigures.period(FIRST, LAST, null);
    expect(after.figures.total.servedMinutes).toBe(0);
  });

  it('lists absent volunteers by name, and keeps to one 所/站’s posts when asked', async () => {
    const report = await repos.rosterFigures.period(FIRST, LAST, null);
    expect(report.figures.absences).toEqual([{ volunteerId: b, absent: 1, leave: 1, arrived: 0 }]);
    expect(report.people.get(b)?.name).toBe((await repos.volunteers.get(b))?.name);
    const station = await repos.rosterFigures.period(FIRST, LAST, 'st-1');
    expect(station.posts.map((p) => p.id)).toEqual([point.id]);
    expect(station.figures.total).toMatchObject({ shifts: 7, needed: 7, filled: 1, absent: 0 });
    expect(station.centerHasPosts).toBe(true);
  });

  it('reads a year from the stored month rows, and entries only for the volunteers it lists', async () => {
    desk.reads.length = 0;
    await repos.rosterFigures.period('2026-01-01', '2026-12-31', null);
    expect(desk.readsOf('rosterMonths')).toEqual(['rosterMonths month range']);
    // b is the one volunteer listed by absences: b's own entries of the year, by index range.
    expect(desk.readsOf('rosterEntries')).toEqual(['rosterEntries [volunteerId+date] range']);
  });

  it('counts no places needed before a post was set up', async () => {
    setClock(9, 30, 9, 0);
    const late = await repos.dutyPosts.create(stationForm({ stationId: 'st-2', place: '西街社区站服务点' }));
    const report = await repos.rosterFigures.period(FIRST, LAST, 'st-2');
    // 每天, one person: 09-30 to 10-04 only, not the two days before it existed.
    expect(report.figures.byPost).toEqual([
      expect.objectContaining({ postId: late.id, shifts: 5, needed: 5 }),
    ]);
  });

  it('says when the center has no posts at all', async () => {
    await repos.dutyPosts.remove(gate.id);
    await repos.dutyPosts.remove(point.id);
    const report = await repos.rosterFigures.period(FIRST, LAST, null);
    expect(report).toMatchObject({ centerHasPosts: false, posts: [] });
  });
});
