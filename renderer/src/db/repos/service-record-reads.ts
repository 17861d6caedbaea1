import Dexie from 'dexie';
import type { Activity, ServiceRecord } from '@shared/model';
import {
  rankingPeriod,
  rankVolunteers,
  type RankingPeriodKind,
  type RankingRow,
} from '@shared/volunteers/rankings';
import type { DeskDatabase } from '../database';
import { live } from './live';

/** Confirmed minutes of live records. */
export function sumConfirmed(rows: readonly ServiceRecord[]): number {
  return rows.reduce((s, r) => s + (r.deletedAt === null ? Math.max(0, r.creditedMinutes ?? 0) : 0), 0);
}

/** A volunteer's confirmed (已确认) live records, through the [volunteerId+status] index. */
export async function confirmedRecordsOf(db: DeskDatabase, volunteerId: string): Promise<ServiceRecord[]> {
  return live(
    await db.serviceRecords.where('[volunteerId+status]').equals([volunteerId, '已确认']).toArray(),
  );
}

/** The read side of service records: a volunteer's history and totals, rankings, the review queue. */
export function serviceRecordReads(db: DeskDatabase) {
  const confirmedOf = (volunteerId: string) => confirmedRecordsOf(db, volunteerId);
  return {
    /** A volunteer's records, newest first. */
    async recordsOf(volunteerId: string): Promise<ServiceRecord[]> {
      const rows = await db.serviceRecords
        .where('[volunteerId+signInAt]')
        .between([volunteerId, Dexie.minKey], [volunteerId, Dexie.maxKey])
        .reverse()
        .toArray();
      return live(rows);
    },

    /** Confirmed minutes in all and since `yearFromMs`. */
    async totals(
      volunteerId: string,
      yearFromMs: number,
    ): Promise<{ total: number; year: number; sessions: number }> {
      const rows = await confirmedOf(volunteerId);
      return {
        total: sumConfirmed(rows),
        year: sumConfirmed(rows.filter((r) => r.signInAt >= yearFromMs)),
        sessions: rows.length,
      };
    },

    /** 时尚达人: ranking of a period around `today`, by hours or sessions (confirmed records only). */
    async ranking(
      kind: RankingPeriodKind,
      by: 'hours' | 'sessions',
      today: string,
      limit = 10,
    ): Promise<RankingRow[]> {
      const p = rankingPeriod(kind, today);
      const rows = await db.serviceRecords.where('signInAt').between(p.fromMs, p.toMs, true, false).toArray();
      return rankVolunteers(rows, { ...p, by, limit });
    },

    /** Activities starting within [from, to), for signing in to an activity. */
    async activitiesBetween(from: number, to: number): Promise<Activity[]> {
      return live(await db.activities.where('start').between(from, to, true, false).toArray());
    },

    /** Records waiting for review (待确认), oldest first. */
    async pending(limit = 100): Promise<ServiceRecord[]> {
      return live(
        await db.serviceRecords
          .where('[status+signInAt]')
          .between(['待确认', Dexie.minKey], ['待确认', Dexie.maxKey])
          .limit(limit)
          .toArray(),
      );
    },

    /** Confirmed minutes of several volunteers (team hours). */
    async confirmedMinutesOf(volunteerIds: readonly string[]): Promise<number> {
      let sum = 0;
      for (const id of volunteerIds) sum += sumConfirmed(await confirmedOf(id));
      return sum;
    },
  };
}
