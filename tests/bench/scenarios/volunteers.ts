import { generateDemoData } from '@shared/demo';
import { makeIdNumber } from '@shared/identity/id-card';
import type { Volunteer } from '@shared/model';
import { volunteerSearchKeys } from '@shared/search/search-keys';
import { formatVolunteerNo } from '@shared/volunteers/scanner';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import type { SignInTarget } from '../../../renderer/src/db/repos/service-records';
import { interleavedMedians, median, type Measure } from '../measure';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建文辉力';

/** District-scale roster: distinct names, numbers, ID numbers and phones, with pinyin search keys. */
export function roster(template: Volunteer, count: number): Volunteer[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${SURNAMES[i % SURNAMES.length] ?? '王'}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? ''}${GIVEN[i % GIVEN.length] ?? ''}`;
    const idNumber = makeIdNumber({ addressCode: '350102', birthDate: '19800101', sequence: i % 1000 });
    const unique = `${idNumber.slice(0, 12)}${String(i).padStart(6, '0')}`;
    const phone = `139${String(i).padStart(8, '0')}`;
    const volunteerNo = formatVolunteerNo(i + 1);
    return {
      ...template,
      id: crypto.randomUUID(),
      name,
      volunteerNo,
      idNumber: unique,
      phone,
      teamIds: [],
      searchKeys: volunteerSearchKeys({ name, phone, idNumber: unique, volunteerNo }),
    };
  });
}

/**
 * Volunteer search and sign-in at district scale. Defaults to 20,000 volunteers so the bench stays
 * quick; the full scale is `npm run bench -- --only=volunteers --volunteers=126000` (loading takes about half a
 * minute). Targets: search results for a keystroke within 50 ms, sign-in within 200 ms.
 */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const count = Number(params.get('volunteers') ?? '20000');
  const now = Date.now();
  const ctx = systemContext('bench-vols');
  const demo = generateDemoData({ now, seed: 3, deskId: ctx.deskId });
  const db = createDatabase(`bench-vols-${now}`);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const people = roster(demo.volunteers[0] as Volunteer, count);
  await db.volunteers.bulkAdd(people);
  const target = people[Math.floor(count / 2)] as Volunteer;
  const measures: Measure[] = [];
  const queries = [
    'z',
    'zh',
    'zhang',
    'zwf',
    target.name,
    target.phone.slice(-4),
    target.volunteerNo.slice(0, 6),
  ];
  for (const q of queries) {
    const ms = await median(21, () => repos.volunteers.search(q, 20));
    measures.push({
      name: `volunteer search "${q}" (${count.toLocaleString('en')} volunteers, first 20), target 50 ms`,
      ms,
      reference: { name: 'target', ms: 50 },
      targetRatio: 1,
    });
  }
  const desk: SignInTarget = {
    activityId: null,
    bookingId: null,
    post: '前台引导',
    projectName: '日常值班',
    place: '中心大厅',
    serviceObject: '来访群众',
    content: '咨询引导',
    leader: '',
  };
  let n = 0;
  const signIn = await median(11, async () => {
    n += 1;
    const v = people[n * 97] as Volunteer;
    await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk);
  });
  measures.push({
    name: `sign-in by card number (${count.toLocaleString('en')} volunteers), target 200 ms`,
    ms: signIn,
    reference: { name: 'target', ms: 200 },
    targetRatio: 1,
  });
  n = 0;
  const signOut = await median(11, async () => {
    n += 1;
    const v = people[n * 97] as Volunteer;
    await repos.serviceRecords.toggleByNumber(v.volunteerNo, desk);
  });
  measures.push({
    name: 'sign-out by card number (credit hours, star check)',
    ms: signOut,
    reference: { name: 'target', ms: 200 },
    targetRatio: 1,
  });
  // An edit that changes the phone and the ID number: duplicate check and search keys in one transaction.
  n = 0;
  const edit = await median(11, async () => {
    n += 1;
    const v = people[n * 89] as Volunteer;
    await repos.volunteers.update(v.id, {
      phone: `137${String(n).padStart(8, '0')}`,
      idNumber: `${v.idNumber.slice(0, 11)}9${v.idNumber.slice(12)}`,
    });
  });
  measures.push({
    name: `edit phone and ID number (${count.toLocaleString('en')} volunteers, duplicate check)`,
    ms: edit,
    reference: { name: 'sign-in target', ms: 200 },
    targetRatio: null,
  });
  n = 0;
  const removal = await median(11, async () => {
    n += 1;
    const v = people[n * 83] as Volunteer;
    await repos.volunteers.remove(v.id);
    await repos.volunteers.restore(v.id);
  });
  measures.push({
    name: 'delete and restore one volunteer',
    ms: removal,
    reference: null,
    targetRatio: null,
  });
  await Promise.all(people.slice(0, 50).map((v) => repos.volunteers.remove(v.id)));
  const deletedList = await median(11, () => repos.volunteers.deleted(100));
  measures.push({
    name: `已删除 list (50 deleted of ${count.toLocaleString('en')})`,
    ms: deletedList,
    reference: { name: 'search target', ms: 50 },
    targetRatio: 1,
  });
  measures.push(...(await rosterPaging(repos, db, people)));
  db.close();
  return measures;
}

/**
 * Roster pages of 20 by keyset (first, middle and last page) against the offset() read the roster
 * used before, measured in the same run: the offset read walks every skipped row.
 */
async function rosterPaging(
  repos: ReturnType<typeof createRepos>,
  db: ReturnType<typeof createDatabase>,
  people: Volunteer[],
): Promise<Measure[]> {
  const middle = people[Math.floor(people.length / 2)]?.volunteerNo ?? null;
  const offsetLast = () =>
    db.volunteers
      .orderBy('volunteerNo')
      .filter((v) => v.deletedAt === null)
      .offset(people.length - 20)
      .limit(20)
      .toArray();
  const pages: [string, () => Promise<unknown>][] = [
    ['first', () => repos.people.volunteersAfter(null, 20)],
    ['middle', () => repos.people.volunteersAfter(middle, 20)],
    ['last', () => repos.people.volunteersBefore(null, 20)],
  ];
  const [reference = Number.NaN, ...times] = await interleavedMedians(7, [
    offsetLast,
    ...pages.map(([, read]) => read),
  ]);
  return pages.map(([which], i) => ({
    name: `roster ${which} page by keyset (${people.length.toLocaleString('en')} volunteers), target 50 ms`,
    ms: times[i] ?? Number.NaN,
    reference: { name: 'offset() last page, same run', ms: reference },
    targetRatio: null,
    note: 'target: 50 ms on any page',
  }));
}
