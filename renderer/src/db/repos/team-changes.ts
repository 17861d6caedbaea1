import type { Team } from '@shared/model';
import { stampUpdate } from '@shared/model';
import { mergeProblem, parentProblem, teamNameProblem } from '@shared/organisation/teams';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/** Renaming, nesting, retiring and merging 志愿服务队; each checks and writes in one transaction. */
export function teamChanges(db: DeskDatabase, ctx: WriteContext) {
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });
  const liveTeams = async () => (await db.teams.toArray()).filter((t) => t.deletedAt === null);
  const get = async (id: string): Promise<Team> => {
    const t = await db.teams.get(id);
    if (!t || t.deletedAt !== null) throw new Error('找不到该队伍');
    return t;
  };
  const change = async (t: Team, patch: Partial<Team>, action: string, reason: string | null = null) => {
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, t[k as keyof Team] ?? null]));
    await db.teams.put(stampUpdate(t, patch, stamp()));
    await appendAudit(db, ctx, { action, entity: 'teams', entityId: t.id, before, after: patch, reason });
  };

  return {
    async rename(teamId: string, name: string): Promise<void> {
      await db.transaction('rw', db.teams, db.auditLog, async () => {
        const problem = teamNameProblem(name, await liveTeams(), teamId);
        if (problem) throw new Error(problem);
        await change(await get(teamId), { name: name.trim() }, '队伍改名');
      });
    },

    /** Makes the team a sub-team of `parentId`, or a top-level team when null. */
    async setParent(teamId: string, parentId: string | null): Promise<void> {
      await db.transaction('rw', db.teams, db.auditLog, async () => {
        const problem = parentProblem(await liveTeams(), teamId, parentId);
        if (problem) throw new Error(problem);
        await change(await get(teamId), { parentTeamId: parentId }, '调整上级队伍');
      });
    },

    /** 撤销: the team stays in records and history; its sub-teams become top-level teams. */
    async retire(teamId: string, reason: string): Promise<void> {
      await db.transaction('rw', db.teams, db.auditLog, async () => {
        const team = await get(teamId);
        if (team.retiredAt) throw new Error('该队伍已撤销');
        for (const sub of (await liveTeams()).filter((t) => t.parentTeamId === teamId)) {
          await change(sub, { parentTeamId: null }, '调整上级队伍', `上级队伍“${team.name}”已撤销`);
        }
        await change(team, { retiredAt: ctx.now() }, '撤销志愿服务队', reason.trim() || null);
      });
    },

    /** Brings a retired team back; a merged one gets its members back as they were before the merge. */
    async restore(teamId: string): Promise<void> {
      await db.transaction('rw', db.teams, db.volunteers, db.auditLog, async () => {
        const team = await get(teamId);
        if (!team.retiredAt) throw new Error('该队伍未撤销');
        const problem = teamNameProblem(team.name, await liveTeams(), teamId);
        if (problem) throw new Error(`无法恢复：${problem}`);
        for (const m of team.mergedMembers ?? []) {
          const v = await db.volunteers.get(m.id);
          if (!v) continue;
          const kept = v.teamIds.filter((id) => m.wasInTarget || id !== team.mergedIntoId);
          await db.volunteers.put(stampUpdate(v, { teamIds: [...new Set([...kept, teamId])] }, stamp()));
        }
        await change(team, { retiredAt: null, mergedIntoId: null, mergedMembers: [] }, '恢复志愿服务队');
      });
    },

    /** 合并: every member of `fromId` joins `intoId`, its sub-teams move under it, and `fromId` is retired. */
    async merge(fromId: string, intoId: string): Promise<number> {
      return db.transaction('rw', db.teams, db.volunteers, db.auditLog, async () => {
        const teams = await liveTeams();
        const problem = mergeProblem(teams, fromId, intoId);
        if (problem) throw new Error(problem);
        const from = await get(fromId);
        const into = await get(intoId);
        const members = await db.volunteers.where('teamIds').equals(fromId).toArray();
        for (const v of members) {
          const teamIds = [...new Set(v.teamIds.map((id) => (id === fromId ? intoId : id)))];
          await db.volunteers.put(stampUpdate(v, { teamIds }, stamp()));
        }
        for (const sub of teams.filter((t) => t.parentTeamId === fromId)) {
          const parent = into.parentTeamId === null ? intoId : null;
          await change(sub, { parentTeamId: parent }, '调整上级队伍', `“${from.name}”并入“${into.name}”`);
        }
        await change(
          from,
          {
            retiredAt: ctx.now(),
            mergedIntoId: intoId,
            mergedMembers: members.map((v) => ({ id: v.id, wasInTarget: v.teamIds.includes(intoId) })),
          },
          '合并志愿服务队',
          `并入“${into.name}”，${members.length} 名队员随之转入`,
        );
        return members.length;
      });
    },
  };
}
