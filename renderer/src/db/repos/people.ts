import type { ServiceRecord, Team, Volunteer } from '@shared/model';
import { normaliseQuery } from '@shared/search/search-keys';
import type { DeskDatabase } from '../database';
import { live } from './live';

/** Volunteers, teams and service records, read side. */
export function peopleRepo(db: DeskDatabase) {
  return {
    /** One page of volunteers in number order. */
    async volunteerPage(offset: number, limit: number): Promise<Volunteer[]> {
      const rows = await db.volunteers
        .orderBy('volunteerNo')
        .filter((v) => v.deletedAt === null)
        .offset(offset)
        .limit(limit)
        .toArray();
      return rows;
    },

    /** Number of volunteers, including soft-deleted ones only if asked. */
    async volunteerCount(): Promise<number> {
      return db.volunteers.filter((v) => v.deletedAt === null).count();
    },

    /** Prefix search over the search keys (name, last 4 of phone or ID, volunteer number). */
    async searchVolunteers(query: string, limit = 20): Promise<Volunteer[]> {
      const q = normaliseQuery(query);
      if (!q) return [];
      const rows = await db.volunteers
        .where('searchKeys')
        .startsWith(q)
        .distinct()
        .filter((v) => v.deletedAt === null)
        .limit(limit)
        .toArray();
      return rows;
    },

    async teams(): Promise<Team[]> {
      return live(await db.teams.orderBy('name').toArray());
    },

    /** Members per team id. */
    async teamSizes(): Promise<Map<string, number>> {
      const sizes = new Map<string, number>();
      await db.volunteers.each((v) => {
        if (v.deletedAt !== null) return;
        for (const teamId of v.teamIds) sizes.set(teamId, (sizes.get(teamId) ?? 0) + 1);
      });
      return sizes;
    },

    /** Volunteers currently signed in. */
    async onDuty(): Promise<ServiceRecord[]> {
      return live(await db.serviceRecords.where('status').equals('服务中').toArray());
    },

    /** Service records that started within [from, to). */
    async serviceRecordsBetween(from: number, to: number): Promise<ServiceRecord[]> {
      return live(await db.serviceRecords.where('signInAt').between(from, to, true, false).toArray());
    },
  };
}
