import { describe, expect, it } from 'vitest';
import { cleanPostList, DEFAULT_POSTS, postListProblems } from '@shared/organisation/posts';
import {
  orderStations,
  stationListProblems,
  stationRemovalProblem,
  type Station,
} from '@shared/organisation/stations';
import { teamTree } from '@shared/organisation/teams';

describe('the 岗位 list', () => {
  it('starts from the 12 posts of a community station, all valid', () => {
    expect(DEFAULT_POSTS).toHaveLength(12);
    expect(DEFAULT_POSTS).toContain('疫情常态防控');
    expect(postListProblems(DEFAULT_POSTS)).toBeNull();
  });

  it('names the row of an empty, repeated, over-long or markup-like post', () => {
    expect(postListProblems(['前台引导', '', ' 前台引导', 'a'.repeat(21), '<b>岗</b>'])).toEqual({
      rows: {
        1: '请填写岗位名称',
        2: '岗位“前台引导”重复了',
        3: '岗位名称最多20字，已超1字',
        4: '岗位名称不能包含 < > 或 &…; 等标记符号',
      },
      list: null,
    });
  });

  it('refuses an empty list', () => {
    expect(postListProblems([])).toEqual({ rows: {}, list: '至少保留一个岗位' });
  });

  it('stores names trimmed', () => {
    expect(cleanPostList([' 前台引导 '])).toEqual(['前台引导']);
  });
});

const office: Station = { id: 'o1', name: '东街街道新时代文明实践所', level: '所', parentId: null };
const community: Station = { id: 's1', name: '三坊七巷社区新时代文明实践站', level: '站', parentId: 'o1' };
const direct: Station = { id: 's2', name: '鼓楼区图书馆实践站', level: '站', parentId: null };

describe('the 所/站 list', () => {
  it('accepts 站 under a listed 所 or directly under the center', () => {
    expect(stationListProblems([office, community, direct])).toBeNull();
  });

  it('refuses a 站 under a 所 that is not in the list, or under another 站', () => {
    expect(stationListProblems([community])).toEqual({ 0: { parentId: '所属的“所”不在列表中，请重新选择' } });
    expect(stationListProblems([direct, { ...community, parentId: 's2' }])).toEqual({
      1: { parentId: '所属的“所”不在列表中，请重新选择' },
    });
  });

  it('refuses repeated and empty names at the name', () => {
    expect(
      stationListProblems([
        office,
        { ...direct, name: ` ${office.name}` },
        { ...direct, id: 's3', name: '' },
      ]),
    ).toEqual({
      1: { name: `“${office.name}”重复了` },
      2: { name: '请填写名称' },
    });
  });

  it('keeps a 所 that still has 站 under it from being removed', () => {
    expect(stationRemovalProblem([office, community], 'o1')).toBe(
      '“东街街道新时代文明实践所”下还有 1 个站，请先调整或删除这些站',
    );
    expect(stationRemovalProblem([office, community], 's1')).toBeNull();
  });

  it('lists each 所 followed by its 站, then the 站 directly under the center', () => {
    expect(orderStations([direct, community, office]).map((s) => s.id)).toEqual(['o1', 's1', 's2']);
  });
});

describe('the team tree', () => {
  const team = (id: string, name: string, parentTeamId: string | null, retiredAt: number | null = null) => ({
    id,
    name,
    parentTeamId,
    deletedAt: null,
    retiredAt,
  });

  it('lists each team followed by its sub-teams, and leaves retired teams out', () => {
    const rows = teamTree([
      team('s1', '助老分队', 't1'),
      team('t2', '文明交通服务队', null),
      team('t1', '东街社区服务总队', null),
      team('old', '疫情防控服务队', null, 1),
    ]);
    expect(rows.map((r) => [r.team.id, r.depth])).toEqual([
      ['t1', 0],
      ['s1', 1],
      ['t2', 0],
    ]);
  });

  it('shows a sub-team of a retired team at the top level rather than hiding it', () => {
    const rows = teamTree([team('s1', '助老分队', 'old'), team('old', '疫情防控服务队', null, 1)]);
    expect(rows.map((r) => [r.team.id, r.depth])).toEqual([['s1', 0]]);
  });
});
