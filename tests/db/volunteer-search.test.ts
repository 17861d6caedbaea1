import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Volunteer } from '@shared/model';
import {
  createDatabase,
  createRepos,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { testContext, uniqueDbName } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('volunteer-search'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

/** Registers people named 王<given>, each matching 'w' on their name, full pinyin and initials keys. */
async function wangs(count: number): Promise<Volunteer[]> {
  const given = '一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  const out: Volunteer[] = [];
  for (let i = 0; i < count; i += 1)
    out.push(await repos.volunteers.register(volunteerDraft(i + 1, ctx.now(), { name: `王${given[i]}` })));
  return out;
}

/** What the search promises, as the plain distinct cursor reads it: live people, index order, once each. */
function byCursor(q: string, limit: number): Promise<string[]> {
  return db.volunteers
    .where('searchKeys')
    .startsWith(q)
    .distinct()
    .filter((v) => v.deletedAt === null)
    .limit(limit)
    .primaryKeys();
}

describe('searching volunteers as the desk types', () => {
  it('lists each matching person once, in the index order, up to the limit', async () => {
    await wangs(30);
    const found = (await repos.volunteers.search('w', 20)).map((v) => v.id);
    expect(found).toHaveLength(20);
    expect(new Set(found).size).toBe(20);
    expect(found).toEqual(await byCursor('w', 20));
  });

  it('still fills the list when deleted people crowd the first keys it reads', async () => {
    const people = await wangs(40);
    const first = await byCursor('w', 40);
    // Delete the 30 people whose keys come first: the first batch of keys holds almost no one live.
    for (const id of first.slice(0, 30)) await repos.volunteers.remove(id, '测试');
    const found = (await repos.volunteers.search('w', 5)).map((v) => v.id);
    expect(found).toEqual(first.slice(30, 35));
    expect(people.filter((p) => found.includes(p.id))).toHaveLength(5);
  });

  it('lists a person who matches on both their pinyin and their initials once', async () => {
    const people = await wangs(15);
    const found = (await repos.volunteers.search('w', 20)).map((v) => v.id);
    expect(found.sort()).toEqual(people.map((p) => p.id).sort());
  });

  it('returns everyone when fewer match than the limit', async () => {
    const people = await wangs(3);
    const found = await repos.volunteers.search('w', 20);
    expect(found.map((v) => v.id).sort()).toEqual(people.map((p) => p.id).sort());
  });
});
