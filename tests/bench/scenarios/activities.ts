import { NO_FILTER, activityPeriod } from '@shared/activities/activity-list';
import { generateDemoData } from '@shared/demo';
import type { Activity, ServiceRecord, Volunteer } from '@shared/model';
import { dateKey } from '@shared/time/center-time';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import { interleavedMedians, median, type Measure } from '../measure';
import { roster } from './volunteers';

const DAY = 86_400_000;
const CHUNK = 20_000;

function activityRow(i: number, start: number, deskId: string): Activity {
  return {
    id: crypto.randomUUID(),
    createdAt: start,
    updatedAt: start,
    deletedAt: null,
    deskId,
    title: `${['敬老', '读书会', '义诊', '宣讲', '环保'][i % 5] ?? '活动'}第${i}场`,
    category: '志愿服务',
    projectId: null,
    stationId: null,
    start,
    end: start + 2 * 3_600_000,
    place: `${['社区广场', '一楼大厅', '线上'][i % 3] ?? ''}`,
    roomId: null,
    bookingId: null,
    orderId: null,
    organiser: '团委',
    organisationId: null,
    serviceObject: '辖区居民',
    beneficiaries: 30,
    participants: 20,
    volunteerCount: 0,
    summary: '',
    content: '志愿服务',
    evaluation: '良好',
    leader: '王队长',
    photoIds: [],
  };
}

function recordRow(volunteerId: string, signInAt: number, deskId: string): ServiceRecord {
  return {
    id: crypto.randomUUID(),
    createdAt: signInAt,
    updatedAt: signInAt,
    deletedAt: null,
    deskId,
    volunteerId,
    activityId: null,
    bookingId: null,
    orderId: null,
    post: '前台引导',
    projectName: '日常值班',
    place: '中心大厅',
    serviceObject: '',
    content: '引导',
    signInAt,
    signOutAt: signInAt + 2 * 3_600_000,
    creditedMinutes: 120,
    rules: null,
    evaluation: '',
    leader: '',
    recorder: '前台',
    status: '已确认',
    flaggedForReview: false,
    manualReason: null,
  };
}

/**
 * 活动记录 at district scale: 20,000 activities and 300,000 service records over a year, seeded by
 * bulkAdd. The list's first page of a month and of a year (keyset on the start index, filters applied
 * while filling) against reading the whole table the naive way, in the same run; and adding 40
 * volunteers to an activity in one save (target 200 ms, issue 12). `npm run bench -- --only=activities`.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('activities') ?? '20000');
  const records = Number(params.get('records') ?? '300000');
  const now = Date.now();
  const ctx = systemContext('bench-acts');
  const db = createDatabase(`bench-acts-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const yearStart = now - 365 * DAY;
  for (let from = 0; from < count; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - from) }, (_, k) => {
      const i = from + k;
      return activityRow(i, yearStart + Math.floor((i / count) * 365 * DAY), ctx.deskId);
    });
    await db.activities.bulkAdd(rows);
  }
  const demo = generateDemoData({ now, seed: 5, deskId: ctx.deskId });
  const people = roster(demo.volunteers[0] as Volunteer, 2_000);
  await db.volunteers.bulkAdd(people);
  for (let from = 0; from < records; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, records - from) }, (_, k) => {
      const i = from + k;
      const v = people[i % people.length] as Volunteer;
      return recordRow(v.id, yearStart + Math.floor((i / records) * 365 * DAY), ctx.deskId);
    });
    await db.serviceRecords.bulkAdd(rows);
  }

  const today = dateKey(now);
  const month = activityPeriod('month', today);
  const year = activityPeriod('year', today);
  if (!month || !year) throw new Error('no period');
  const wholeTable = async (range: { from: number; to: number }) =>
    (await db.activities.toArray())
      .filter((a) => a.deletedAt === null && a.start >= range.from && a.start < range.to)
      .sort((a, b) => b.start - a.start)
      .slice(0, 20);
  const [monthPage, monthScan] = await interleavedMedians(11, [
    () => repos.activities.page(month, NO_FILTER, 20),
    () => wholeTable(month),
  ]);
  const [yearPage, yearScan] = await interleavedMedians(11, [
    () => repos.activities.page(year, NO_FILTER, 20),
    () => wholeTable(year),
  ]);
  const yearCount = await median(5, () => repos.activities.countIn(year));
  const yearFiltered = await median(11, () =>
    repos.activities.page(year, { ...NO_FILTER, text: '义诊' }, 20),
  );
  const measures: Measure[] = [
    {
      name: `activities list, first page of this month (${count.toLocaleString('en')} activities)`,
      ms: monthPage ?? Number.NaN,
      reference: { name: 'whole-table read', ms: monthScan ?? Number.NaN },
      targetRatio: 0.5,
    },
    {
      name: 'activities list, first page of this year',
      ms: yearPage ?? Number.NaN,
      reference: { name: 'whole-table read', ms: yearScan ?? Number.NaN },
      targetRatio: 0.5,
    },
    {
      name: 'activities list, live count of this year (header; shown after the first page)',
      ms: yearCount,
      reference: { name: 'whole-table read', ms: yearScan ?? Number.NaN },
      targetRatio: null,
      note: 'IndexedDB counts by walking the start index range; stored per-month counts would make it constant',
    },
    {
      name: 'activities list, first page of this year filtered by text (1 in 5 match)',
      ms: yearFiltered,
      reference: { name: 'target', ms: 100 },
      targetRatio: 1,
    },
  ];

  // A fresh activity each round, made before the clock starts: the target is the hours save alone,
  // 40 records against 300,000 stored.
  const rounds = 7;
  const fresh: Activity[] = [];
  for (let r = 1; r <= rounds; r += 1) {
    fresh.push(await repos.activities.create({ ...activityRow(count + r, now - (r + 1) * DAY, ctx.deskId) }));
  }
  let round = 0;
  const save = await median(rounds, async () => {
    round += 1;
    const a = fresh[round - 1] as Activity;
    const inputs = people.slice(round * 40, round * 40 + 40).map((v) => ({
      volunteerId: v.id,
      minutes: 120,
      content: '志愿服务',
      evaluation: '良好',
      leader: '王队长',
    }));
    const results = await repos.activities.saveHours(a.id, inputs);
    if (results.some((r) => r.kind === 'refused')) throw new Error('a volunteer was refused');
  });
  measures.push({
    name: `add 40 volunteers to an activity and save (${records.toLocaleString('en')} service records)`,
    ms: save,
    reference: { name: 'target', ms: 200 },
    targetRatio: 1,
  });
  db.close();
  return measures;
}
