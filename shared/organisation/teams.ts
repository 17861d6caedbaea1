import type { Team } from '../model/people';
import { markupProblem } from '../text/plain-text';

/**
 * The longest team name, in characters.
 *
 * @example
 * '文明交通志愿服务队'.length <= TEAM_NAME_MAX // => true
 */
export const TEAM_NAME_MAX = 30;

type TeamShape = Pick<Team, 'id' | 'name' | 'parentTeamId' | 'deletedAt'> & { retiredAt?: number | null };

function active(t: TeamShape): boolean {
  return t.deletedAt === null && !t.retiredAt;
}

/**
 * Why `name` cannot be a team's name (empty, too long, markup, or taken by another active team), or
 * null. `selfId` is the team being renamed, so keeping its own name is fine.
 *
 * @example
 * teamNameProblem('  ', [], null) // => '请填写队伍名称'
 * teamNameProblem('助老服务队', [{ id: 't1', name: '助老服务队', parentTeamId: null, deletedAt: null }], null) // => '已有同名的志愿服务队'
 */
export function teamNameProblem(
  name: string,
  teams: readonly TeamShape[],
  selfId: string | null,
): string | null {
  const trimmed = name.trim();
  const length = Array.from(trimmed).length;
  if (trimmed === '') return '请填写队伍名称';
  if (length > TEAM_NAME_MAX) return `队伍名称最多${TEAM_NAME_MAX}字，已超${length - TEAM_NAME_MAX}字`;
  const markup = markupProblem('队伍名称', trimmed);
  if (markup) return markup;
  if (teams.some((t) => t.id !== selfId && active(t) && t.name === trimmed)) return '已有同名的志愿服务队';
  return null;
}

/**
 * Why `teamId` cannot become a sub-team (分队) of `parentId`, or null. Teams nest one level deep, as a
 * station keeps them (2 teams, 12 sub-teams): the parent must be an active top-level team other than
 * the team itself, and a team that has sub-teams of its own cannot become one. `parentId` null makes
 * it a top-level team, which is always allowed.
 *
 * @example
 * const teams = [{ id: 'a', name: '甲队', parentTeamId: null, deletedAt: null }, { id: 'b', name: '乙分队', parentTeamId: 'a', deletedAt: null }];
 * parentProblem(teams, 'a', 'b') // => '“甲队”下有分队，不能再作为分队'
 * parentProblem(teams, 'b', null) // => null
 */
export function parentProblem(
  teams: readonly TeamShape[],
  teamId: string,
  parentId: string | null,
): string | null {
  if (parentId === null) return null;
  const team = teams.find((t) => t.id === teamId);
  const parent = teams.find((t) => t.id === parentId);
  if (!team) return '找不到该队伍';
  if (parentId === teamId) return '不能把队伍设为自己的分队';
  if (!parent || !active(parent)) return '上级队伍不存在或已撤销';
  if (parent.parentTeamId !== null) return `“${parent.name}”本身是分队，请选择一支总队`;
  if (teams.some((t) => t.parentTeamId === teamId && active(t)))
    return `“${team.name}”下有分队，不能再作为分队`;
  return null;
}

/**
 * Why `fromId` cannot be merged into `intoId`, or null: both must be active and different, and a team
 * cannot be merged into one of its own sub-teams.
 *
 * @example
 * mergeProblem([{ id: 'a', name: '甲队', parentTeamId: null, deletedAt: null }], 'a', 'a') // => '请选择另一支队伍'
 */
export function mergeProblem(teams: readonly TeamShape[], fromId: string, intoId: string): string | null {
  const from = teams.find((t) => t.id === fromId);
  const into = teams.find((t) => t.id === intoId);
  if (fromId === intoId) return '请选择另一支队伍';
  if (!from || !active(from) || !into || !active(into)) return '队伍不存在或已撤销';
  if (into.parentTeamId === fromId) return `“${into.name}”是“${from.name}”的分队，请先调整分队`;
  return null;
}

/**
 * Teams in reading order: each top-level team followed by its sub-teams (by name), with their depth;
 * retired and deleted teams left out.
 *
 * @example
 * teamTree([{ id: 'b', name: '乙分队', parentTeamId: 'a', deletedAt: null }, { id: 'a', name: '甲队', parentTeamId: null, deletedAt: null }]).map((r) => [r.team.id, r.depth])
 * // => [['a', 0], ['b', 1]]
 */
export function teamTree<T extends TeamShape>(teams: readonly T[]): { team: T; depth: 0 | 1 }[] {
  const shown = teams.filter(active).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const ids = new Set(shown.map((t) => t.id));
  const top = shown.filter((t) => t.parentTeamId === null || !ids.has(t.parentTeamId));
  return top.flatMap((t) => [
    { team: t, depth: 0 as const },
    ...shown.filter((s) => s.parentTeamId === t.id).map((s) => ({ team: s, depth: 1 as const })),
  ]);
}
