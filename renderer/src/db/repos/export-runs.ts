import Dexie, { type Table } from 'dexie';
import { exportMarksOf, type ExportRun, type ExportScope } from '@shared/exchange/export-runs';
import type { NationalEntity, NationalRecordRow } from '@shared/exchange/national-presets';
import type { ServiceRecord, Volunteer } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { recordRowsOf } from './exports';

/** Where a page of rows changed since a run ended: the last updatedAt read and the ids read at it. */
export interface ChangedCursor {
  updatedAt: number;
  ids: string[];
}

/** What a saved run records; the repo adds its id and who made it. */
export interface NewExportRun {
  kind: NationalEntity;
  presetId: string;
  presetName: string;
  at: number;
  scope: ExportScope;
  /** The exported entities, in file order. */
  ids: readonly string[];
}

/**
 * One keyset page of rows whose updatedAt is after `since`, oldest change first: the updatedAt index
 * range from the cursor on, skipping ids already read at the cursor's time (several rows may share one).
 */
async function changedPage<T extends { id: string; updatedAt: number }>(
  table: Table<T, string>,
  since: number,
  after: ChangedCursor | null,
  limit: number,
  keep: (row: T) => boolean,
): Promise<{ rows: T[]; next: ChangedCursor | null }> {
  const seen = new Set(after?.ids ?? []);
  const rows = await table
    .where('updatedAt')
    .between(after?.updatedAt ?? since, Dexie.maxKey, after !== null, true)
    .filter((row) => keep(row) && !seen.has(row.id))
    .limit(limit)
    .toArray();
  const last = rows.at(-1);
  if (rows.length < limit || !last) return { rows, next: null };
  const atCut = rows.filter((r) => r.updatedAt === last.updatedAt).map((r) => r.id);
  const carried = after?.updatedAt === last.updatedAt ? after.ids : [];
  return { rows, next: { updatedAt: last.updatedAt, ids: [...carried, ...atCut] } };
}

const liveVolunteer = (v: Volunteer) => v.deletedAt === null;
const confirmedRecord = (r: ServiceRecord) => r.status === '已确认' && r.deletedAt === null;

/**
 * National export runs: saving one with the ids it exported (in chunks), the next export's new or changed
 * rows, and the rows of a past run for 重新导出.
 */
export function exportRunsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** The time a run about to read its rows is stamped with (the desk's clock, as updatedAt is). */
    readingStarts(): number {
      return ctx.now();
    },

    /** The newest run of a kind, or undefined before the first. Runs are few (one per export). */
    lastRun(kind: NationalEntity): Promise<ExportRun | undefined> {
      return db.exportRuns
        .orderBy('at')
        .reverse()
        .filter((r) => r.kind === kind)
        .first();
    },

    /** The newest runs, newest first. */
    recentRuns(limit = 20): Promise<ExportRun[]> {
      return db.exportRuns.orderBy('at').reverse().limit(limit).toArray();
    },

    /**
     * How many rows a 'changed' export after `since` would take, counting no further than `cap`
     * (so a first export after a long pause stays cheap to announce).
     */
    async countChanged(
      kind: NationalEntity,
      since: number,
      cap: number,
    ): Promise<{ count: number; capped: boolean }> {
      const range =
        kind === 'volunteers'
          ? db.volunteers.where('updatedAt').above(since).filter(liveVolunteer)
          : db.serviceRecords.where('updatedAt').above(since).filter(confirmedRecord);
      const count = await range.limit(cap + 1).count();
      return { count: Math.min(count, cap), capped: count > cap };
    },

    /** Live volunteers added or edited after `since`, one keyset page at a time. */
    changedVolunteersPage(since: number, after: ChangedCursor | null, limit: number) {
      return changedPage(db.volunteers, since, after, limit, liveVolunteer);
    },

    /** Confirmed, live records added or edited after `since`, with their volunteers. */
    async changedRecordsPage(
      since: number,
      after: ChangedCursor | null,
      limit: number,
    ): Promise<{ rows: NationalRecordRow[]; next: ChangedCursor | null }> {
      const page = await changedPage(db.serviceRecords, since, after, limit, confirmedRecord);
      return { rows: await recordRowsOf(db, page.rows), next: page.next };
    },

    /**
     * Saves a run, its marks and its audit entry in one transaction: if any part fails, there is no run,
     * and the next export still offers its rows.
     */
    async saveRun(input: NewExportRun): Promise<ExportRun> {
      const run: ExportRun = {
        id: ctx.newId(),
        kind: input.kind,
        presetId: input.presetId,
        presetName: input.presetName,
        at: input.at,
        rows: input.ids.length,
        scope: input.scope,
        byStaff: ctx.actor,
      };
      await db.transaction('rw', db.exportRuns, db.exportMarks, db.auditLog, async () => {
        await db.exportRuns.add(run);
        await db.exportMarks.bulkAdd(exportMarksOf(run.id, input.ids));
        await appendAudit(db, ctx, {
          action: '导出到全国系统',
          entity: 'exports',
          entityId: run.id,
          after: run,
        });
      });
      return run;
    },

    /** The keys of a run's mark chunks, in export order (a few hundred at most). */
    async markKeys(runId: string): Promise<string[]> {
      const keys = await db.exportMarks.where('exportId').equals(runId).primaryKeys();
      return keys.sort();
    },

    /** The volunteers of one mark chunk, as they are now; erased ones are gone. */
    async volunteersOfMark(markKey: string): Promise<Volunteer[]> {
      const mark = await db.exportMarks.get(markKey);
      const rows = await db.volunteers.bulkGet(mark?.ids ?? []);
      return rows.filter((v): v is Volunteer => v !== undefined);
    },

    /** The records of one mark chunk with their volunteers, as they are now; erased ones are gone. */
    async recordsOfMark(markKey: string): Promise<NationalRecordRow[]> {
      const mark = await db.exportMarks.get(markKey);
      const rows = await db.serviceRecords.bulkGet(mark?.ids ?? []);
      return recordRowsOf(
        db,
        rows.filter((r): r is ServiceRecord => r !== undefined),
      );
    },

    /** Logs that a run was written again (who, and how many rows the file held). */
    async logRepeat(run: ExportRun, rows: number): Promise<void> {
      await db.transaction('rw', db.auditLog, () =>
        appendAudit(db, ctx, {
          action: '重新导出全国系统文件',
          entity: 'exports',
          entityId: run.id,
          after: { presetName: run.presetName, at: run.at, rows },
        }),
      );
    },
  };
}
