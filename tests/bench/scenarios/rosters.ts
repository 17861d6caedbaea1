import { generateDemoData } from '@shared/demo';
import type { Volunteer } from '@shared/model';
import { expandShifts } from '@shared/rosters/expand';
import type { DutyPost, RosterEntry, RosterStatus, SchoolTerm } from '@shared/rosters/model';
import { addDays, dateKey, weekdayOf } from '@shared/time/center-time';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { HOLIDAY_DATASET } from '../../../renderer/src/db/repos/closures';
import { interleavedMedians, median, type Measure } from '../measure';
import { roster } from './volunteers';

const TERM: Omit<SchoolTerm, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deskId'> = {
  name: '2026秋季学期',
  start: '2026-09-01',
  end: '2027-01-22',
  vacations: [{ name: '秋假', from: '2026-11-09', to: '2026-11-13' }],
};
const SPRING = { name: '2027春季学期', start: '2027-02-22', end: '2027-07-02', vacations: [] };

/** 雷锋号护学岗 at every school: a morning and an afternoon shift of two, on the school calendar. */
function posts(count: number, stamp: Pick<DutyPost, 'createdAt' | 'updatedAt' | 'deskId'>): DutyPost[] {
  return Array.from({ length: count }, (_, i) => ({
    ...stamp,
    id: `post-${i}`,
    deletedAt: null,
    name: '雷锋号护学岗',
    place: `第${i + 1}小学南门`,
    stationId: null,
    teamId: null,
    community: '',
    adultsOnly: true,
    calendar: '校历',
    shifts: [
      { id: 'am', label: '早岗', startMinute: 7 * 60 + 20, endMinute: 8 * 60, needed: 2 },
      { id: 'pm', label: '午岗', startMinute: 16 * 60 + 30, endMinute: 17 * 60 + 15, needed: 2 },
    ],
  }));
}

/**
 * 岗位排班 at district scale (issue 16): 365 school gates × 2 shifts × every school day of a school year
 * × 2 volunteers ≈ 292,000 roster rows, written in bulk (what is measured is reading them, not the
 * load). Targets: a post's week grid 100 ms, today's gaps across all posts 200 ms, a volunteer rostered
 * for a whole term (every Monday and Thursday morning) 300 ms. `--posts=N` changes the scale.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const postCount = Number(params.get('posts') ?? (params.get('quick') === '1' ? '20' : '365'));
  const now = Date.now();
  const ctx = systemContext('bench-rosters');
  const today = dateKey(now);
  const db = createDatabase(`bench-rosters-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const stamp = { createdAt: now, updatedAt: now, deskId: ctx.deskId };
  const terms = [TERM, SPRING].map((t, i) => ({ ...t, ...stamp, id: `term-${i}`, deletedAt: null }));
  await db.schoolTerms.bulkAdd(terms);
  const gates = posts(postCount, stamp);
  await db.dutyPosts.bulkAdd(gates);
  // Two steady volunteers per post and shift, plus a pool that has never been rostered.
  const demo = generateDemoData({ now, seed: 5, deskId: ctx.deskId });
  const people = roster(demo.volunteers[0] as Volunteer, postCount * 4 + 100);
  await db.volunteers.bulkAdd(people);
  const calendar = { holidays: HOLIDAY_DATASET, terms };
  const occurrences = gates.flatMap((p) => expandShifts(p, TERM.start, SPRING.end, calendar));
  const rows: RosterEntry[] = [];
  for (const o of occurrences) {
    const post = Number(o.postId.slice(5));
    for (const k of [0, 1]) {
      const v = people[post * 4 + (o.shiftId === 'am' ? 0 : 2) + k] as Volunteer;
      rows.push({
        ...stamp,
        id: `${o.postId}|${o.shiftId}|${o.date}|${k}`,
        deletedAt: null,
        postId: o.postId,
        shiftId: o.shiftId,
        date: o.date,
        volunteerId: v.id,
        patternId: null,
        status: statusOf(o.date, o.shiftId, post, k, today),
        substituteFor: null,
        serviceRecordId: null,
      });
    }
  }
  // Written through the app's database, so the stored month rows (schema v11) are kept as the desk keeps them.
  const load = performance.now();
  for (let i = 0; i < rows.length; i += 20_000) await db.rosterEntries.bulkAdd(rows.slice(i, i + 20_000));
  const loadMs = performance.now() - load;
  const scale = `${rows.length.toLocaleString('en')} roster rows, ${postCount} posts`;

  // A school Monday in the middle of the term and a post in the middle of the list.
  let monday = '2026-12-07';
  while (weekdayOf(monday) !== 1) monday = addDays(monday, 1);
  const post = gates[Math.floor(postCount / 2)] as DutyPost;
  await repos.rosters.week(post.id, monday);
  const week = await median(11, () => repos.rosters.week(post.id, monday));
  const gaps = await median(11, () => repos.rosters.gapsOn(monday));
  // Each round a new volunteer from the pool, on a different post: a fresh term's pattern every time.
  let next = postCount * 4;
  const term = await median(7, async () => {
    const volunteer = people[next] as Volunteer;
    const at = gates[next % postCount] as DutyPost;
    next += 1;
    const saved = await repos.rosters.savePattern({
      postId: at.id,
      shiftId: 'am',
      weekdays: [1, 4],
      from: TERM.start,
      to: TERM.end,
      volunteerId: volunteer.id,
      termId: 'term-0',
    });
    if (saved.entries.length < 30)
      throw new Error(`a term's pattern made only ${saved.entries.length} entries`);
  });
  // 统计报表's 岗位排班 tables for the whole school year and for the year before (its 环比), interleaved
  // with the read they replaced (every entry of both periods by date, in runs of 31 days) as reference.
  const entriesRead = async (from: string, to: string) => {
    let count = 0;
    for (let day = from; day <= to; day = addDays(day, 31)) {
      const last = addDays(day, 30) < to ? addDays(day, 30) : to;
      count += (await db.rosterEntries.where('date').between(day, last, true, true).toArray()).length;
    }
    return count;
  };
  const [report = 0, rawRead = 0] = await interleavedMedians(3, [
    () =>
      Promise.all([
        repos.rosterFigures.period(TERM.start, SPRING.end, null),
        repos.rosterFigures.period('2025-09-01', '2026-08-31', null),
      ]),
    () => Promise.all([entriesRead(TERM.start, SPRING.end), entriesRead('2025-09-01', '2026-08-31')]),
  ]);
  db.close();
  return [
    {
      name: `岗位排班 a post's week grid (${scale}), target 100 ms`,
      ms: week,
      reference: { name: 'target', ms: 100 },
      targetRatio: 1,
    },
    {
      name: `岗位排班 today's gaps across all posts (${scale}), target 200 ms`,
      ms: gaps,
      reference: { name: 'target', ms: 200 },
      targetRatio: 1,
    },
    {
      name: `岗位排班 a volunteer for a whole term, Mon+Thu (${scale}), target 300 ms`,
      ms: term,
      reference: { name: 'target', ms: 300 },
      targetRatio: 1,
    },
    {
      name: `统计报表 岗位排班 tables for a school year and the year before (${scale})`,
      ms: report,
      reference: { name: "统计报表's whole-screen target", ms: 500 },
      targetRatio: 1,
      note: `from stored month rows; reading both periods' entries instead (the pre-v11 way) took ${Math.round(rawRead)} ms in the same run`,
    },
    {
      name: `load ${scale} through the app's database (bulkAdd, month rows kept)`,
      ms: loadMs,
      reference: null,
      targetRatio: null,
    },
  ];
}

/**
 * A seeded entry's status: days before today are done (most came, every 7th post's second volunteer
 * did not), and one place a day in every 30th post's afternoon is on leave, so gaps and absences have rows.
 */
function statusOf(date: string, shiftId: string, post: number, k: number, today: string): RosterStatus {
  if (k === 1 && shiftId === 'pm' && post % 30 === 0) return '请假';
  if (date >= today) return '排班';
  return k === 1 && post % 7 === 0 ? '缺勤' : '到岗';
}
