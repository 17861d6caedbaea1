import type { BaseRecord, Team, Volunteer } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { teamNameProblem } from '@shared/organisation/teams';
import { appendAudit } from './audit';
import { live } from './live';
import { teamChanges } from './team-changes';

/** 志愿服务队: leaders, members (held on the volunteer's teamIds, indexed multi-entry), sizes. */
export function teamsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    ...teamChanges(db, ctx),

    /** Every team not deleted, retired ones included (records and rosters still name them). */
    async list(): Promise<Team[]> {
      return live(await db.teams.orderBy('name').toArray());
    },

    /** Teams a volunteer can join now: not retired. */
    async active(): Promise<Team[]> {
      return (await this.list()).filter((t) => !t.retiredAt);
    },

    /** Members per team, counted through the *teamIds index: cost grows with team size, not roster size. */
    async sizes(teamIds: readonly string[]): Promise<Map<string, number>> {
      const counts = await Promise.all(
        // Deleted and merged-away volunteers keep their teamIds (for restore) but are not members.
        teamIds.map((id) =>
          db.volunteers
            .where('teamIds')
            .equals(id)
            .filter((v) => v.deletedAt === null)
            .count(),
        ),
      );
      return new Map(teamIds.map((id, i) => [id, counts[i] ?? 0]));
    },

    async members(teamId: string, limit = 500): Promise<Volunteer[]> {
      return live(await db.volunteers.where('teamIds').equals(teamId).limit(limit).toArray());
    },

    async create(name: string, description: string): Promise<Team> {
      const trimmed = name.trim();
      return db.transaction('rw', db.teams, db.auditLog, async () => {
        const problem = teamNameProblem(trimmed, live(await db.teams.toArray()), null);
        if (problem) throw new Error(problem);
        const row = stampNew<Omit<Team, keyof BaseRecord>>(
          { name: trimmed, leaderId: null, description: description.trim(), parentTeamId: null },
          { id: ctx.newId(), now: ctx.now(), deskId: ctx.deskId },
        );
        await db.teams.add(row);
        await appendAudit(db, ctx, {
          action: '新建志愿服务队',
          entity: 'teams',
          entityId: row.id,
          after: row,
        });
        return row;
      });
    },

    /** Sets the leader; the leader becomes a member if not already. */
    async setLeader(teamId: string, volunteerId: string | null): Promise<void> {
      await db.transaction('rw', db.teams, db.volunteers, db.auditLog, async () => {
        const t = await db.teams.get(teamId);
        if (!t) throw new Error('找不到该队伍');
        const stamp = { now: ctx.now(), deskId: ctx.deskId };
        if (volunteerId) {
          const v = await db.volunteers.get(volunteerId);
          if (!v || v.deletedAt !== null) throw new Error('找不到该志愿者');
          if (!v.teamIds.includes(teamId))
            await db.volunteers.put(stampUpdate(v, { teamIds: [...v.teamIds, teamId] }, stamp));
        }
        await db.teams.put(stampUpdate(t, { leaderId: volunteerId }, stamp));
        await appendAudit(db, ctx, {
          action: '设置队长',
          entity: 'teams',
          entityId: teamId,
          before: { leaderId: t.leaderId },
          after: { leaderId: volunteerId },
        });
      });
    },

    /** Adds or removes a member. */
    async setMember(teamId: string, volunteerId: string, member: boolean): Promise<void> {
      await db.transaction('rw', db.teams, db.volunteers, db.auditLog, async () => {
        const v = await db.volunteers.get(volunteerId);
        if (!v) throw new Error('找不到该志愿者');
        const teamIds = member
          ? [...new Set([...v.teamIds, teamId])]
          : v.teamIds.filter((id) => id !== teamId);
        await db.volunteers.put(stampUpdate(v, { teamIds }, { now: ctx.now(), deskId: ctx.deskId }));
        await appendAudit(db, ctx, {
          action: member ? '加入志愿服务队' : '退出志愿服务队',
          entity: 'volunteers',
          entityId: volunteerId,
          before: { teamIds: v.teamIds },
          after: { teamIds },
        });
      });
    },
  };
}
