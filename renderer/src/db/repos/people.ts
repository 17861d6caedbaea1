import type { ServiceRecord, Team, Volunteer } from '@shared/model';
import { normaliseQuery } from '@shared/search/search-keys';
import type { DeskDatabase } from '../database';
import { live } from './live';
import { readLiveCount } from './volunteer-counters';

/** Volunteers, teams and service records, read side. */
export function peopleRepo(db: DeskDatabase) {
  return {
    /**
     * Up to `limit` live volunteers numbered after `after` (from the first when null), in number order.
     * A keyset page: it reads from the cursor on, never the rows of the pages before it.
     */
    async volunteersAfter(after: string | null, limit: number): Promise<Volunteer[]> {
      // A filtered collection walks a cursor, one request per row (126 pages of an export took ~15 s);
      // a plain limited range is one getAll. Deleted rows are dropped here and the gap read again.
      const out: Volunteer[] = [];
      let cursor = after;
      while (out.length < limit) {
        const want = limit - out.length;
        const range =
          cursor === null
            ? db.volunteers.orderBy('volunteerNo')
            : db.volunteers.where('volunteerNo').above(cursor);
        const rows = await range.limit(want).toArray();
        for (const v of rows) if (v.deletedAt === null) out.push(v);
        const last = rows.at(-1);
        if (rows.length < want || !last) break;
        cursor = last.volunteerNo;
      }
      return out;
    },

    /** Up to `limit` live volunteers numbered before `before` (up to the last when null), in number order. */
    async volunteersBefore(before: string | null, limit: number): Promise<Volunteer[]> {
      const range =
        before === null
          ? db.volunteers.orderBy('volunteerNo')
          : db.volunteers.where('volunteerNo').below(before);
      const rows = await range
        .reverse()
        .filter((v) => v.deletedAt === null)
        .limit(limit)
        .toArray();
      return rows.reverse();
    },

    /** Number of live volunteers, from the counter maintained by registrations and merges. */
    async volunteerCount(): Promise<number> {
      return readLiveCount(db);
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

    /** Members per team id, counted through the *teamIds index (merged-away records leave their teams). */
    async teamSizes(): Promise<Map<string, number>> {
      const teams = live(await db.teams.toArray());
      const counts = await Promise.all(teams.map((t) => db.volunteers.where('teamIds').equals(t.id).count()));
      return new Map(teams.map((t, i) => [t.id, counts[i] ?? 0]));
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
