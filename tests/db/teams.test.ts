import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  db = createDatabase(uniqueDbName('teams'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

async function member(n: number, teamIds: string[]) {
  return repos.volunteers.register(volunteerDraft(n, ctx.now(), { teamIds }));
}
const teamsOf = async (id: string) => (await db.volunteers.get(id))?.teamIds.slice().sort();

describe('志愿服务队', () => {
  it('renames a team, refusing a name another team has', async () => {
    const a = await repos.teams.create('助老服务队', '');
    await repos.teams.create('文明交通服务队', '');
    await expect(repos.teams.rename(a.id, '文明交通服务队')).rejects.toThrow('已有同名的志愿服务队');
    await repos.teams.rename(a.id, ' 关爱老人服务队 ');
    expect((await db.teams.get(a.id))?.name).toBe('关爱老人服务队');
    const [entry] = await db.auditLog
      .where('[entity+entityId]')
      .equals(['teams', a.id])
      .reverse()
      .sortBy('at');
    expect(entry).toMatchObject({
      action: '队伍改名',
      before: { name: '助老服务队' },
      after: { name: ' 关爱老人服务队 '.trim() },
    });
  });

  it('nests sub-teams one level deep under a top-level team', async () => {
    const top = await repos.teams.create('东街社区志愿服务总队', '');
    const sub = await repos.teams.create('东街社区助老分队', '');
    const other = await repos.teams.create('东街社区文艺分队', '');
    await repos.teams.setParent(sub.id, top.id);
    await expect(repos.teams.setParent(other.id, sub.id)).rejects.toThrow('本身是分队');
    await expect(repos.teams.setParent(top.id, other.id)).rejects.toThrow('下有分队');
    expect((await db.teams.get(sub.id))?.parentTeamId).toBe(top.id);
  });

  it('merges a team into another: members move over once, sub-teams follow, and the merge can be undone', async () => {
    const from = await repos.teams.create('助老一队', '');
    const into = await repos.teams.create('助老服务队', '');
    const sub = await repos.teams.create('助老一队夜间分队', '');
    await repos.teams.setParent(sub.id, from.id);
    const onlyFrom = await member(1, [from.id]);
    const both = await member(2, [from.id, into.id]);
    const other = await member(3, [into.id]);

    expect(await repos.teams.merge(from.id, into.id)).toBe(2);
    expect(await teamsOf(onlyFrom.id)).toEqual([into.id]);
    expect(await teamsOf(both.id)).toEqual([into.id]);
    expect(await teamsOf(other.id)).toEqual([into.id]);
    expect((await db.teams.get(sub.id))?.parentTeamId).toBe(into.id);
    expect((await repos.teams.active()).map((t) => t.name)).not.toContain('助老一队');
    expect((await repos.teams.sizes([into.id])).get(into.id)).toBe(3);

    await repos.teams.restore(from.id);
    expect(await teamsOf(onlyFrom.id)).toEqual([from.id]);
    expect(await teamsOf(both.id)).toEqual([from.id, into.id].sort());
    expect(await teamsOf(other.id)).toEqual([into.id]);
    expect((await repos.teams.active()).map((t) => t.name)).toContain('助老一队');
  });

  it('refuses merging a team into itself or into its own sub-team', async () => {
    const top = await repos.teams.create('总队', '');
    const sub = await repos.teams.create('分队', '');
    await repos.teams.setParent(sub.id, top.id);
    await expect(repos.teams.merge(top.id, top.id)).rejects.toThrow('请选择另一支队伍');
    await expect(repos.teams.merge(top.id, sub.id)).rejects.toThrow('是“总队”的分队');
  });

  it('retires a team without touching its members, lifts its sub-teams to the top, and restores it', async () => {
    const top = await repos.teams.create('疫情防控服务队', '');
    const sub = await repos.teams.create('核酸检测分队', '');
    await repos.teams.setParent(sub.id, top.id);
    const v = await member(1, [top.id]);
    await repos.teams.retire(top.id, '常态化防控结束');
    expect((await repos.teams.active()).map((t) => t.id)).toEqual([sub.id]);
    expect((await db.teams.get(sub.id))?.parentTeamId).toBeNull();
    expect(await teamsOf(v.id)).toEqual([top.id]);
    await repos.teams.restore(top.id);
    expect((await repos.teams.active()).map((t) => t.id).sort()).toEqual([top.id, sub.id].sort());
  });
});
