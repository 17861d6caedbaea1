import { verifyChainRows, type ChainFields, type ChainReport } from '@shared/audit/chain';
import { describeBreak } from '@shared/audit/describe';
import { buildBackup, upgradeTableRows, type BackupFile } from '@shared/backup/backup-file';
import type { AuditEntry, CenterProfile } from '@shared/model';
import { Dexie } from 'dexie';
import type { RowFrame } from '@shared/backup/stream-format';
import type { WriteContext } from '../context';
import { streamTables, type PageVisitor } from './backup-stream';
import type { DeskDatabase } from '../database';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { appendAudit, readChainHead } from './audit';
import { LoadCancelledError } from './demo';
import { skipTotalsIn } from '../totals/middleware';
import { rebuildTotals } from '../totals/rebuild';
import { rebuildRoomDays } from '../totals/room-days';
import { rebuildRosterMonths } from '../totals/roster-months';
import { OUTBOX, skipOutboxIn } from '../sync/outbox-middleware';

const CHUNK = 500;

/** Where a restore's rows come from, a frame at a time, and what is known of the backup beforehand. */
export interface RestoreSource {
  next(): Promise<RowFrame | null>;
  /** Rows in the backup (for progress). */
  total: number;
  exportedAt: number;
  deskId: string;
  /** The schema version the backup was written under: older rows are migrated as they are restored. */
  schemaVersion: number;
  /** The backup's audit chain as checked before the restore. */
  chain: ChainReport<AuditEntry & ChainFields>;
}

/** Whole-desk backup and restore. `exportAll` holds every row at once: tests and old files only. */
export function backupRepo(db: DeskDatabase, ctx: WriteContext) {
  const repo = {
    /** Every row of every table, read in one transaction so the backup is a consistent snapshot. */
    async exportAll(appVersion: string): Promise<BackupFile> {
      return db.transaction('r', db.tables, async () => {
        const tables: Record<string, unknown[]> = {};
        for (const table of db.tables) tables[table.name] = await table.toArray();
        const profile = (await db.settings.where('key').equals('centerProfile').first())?.value as
          CenterProfile | undefined;
        return buildBackup({
          tables,
          schemaVersion: LATEST_SCHEMA_VERSION,
          appVersion,
          exportedAt: ctx.now(),
          deskId: ctx.deskId,
          centerName: profile?.name ?? null,
        });
      });
    },

    /**
     * Replaces everything with the rows `next` hands over, a frame at a time, in one transaction: on
     * error, cancel or a killed process the desk keeps exactly what it had. Tables the backup does not
     * hold are emptied, as they were at backup time. `next` resolves null after the last frame and
     * throws when the file turns out damaged; only one frame is held at once.
     *
     * The backup's audit rows keep their chain fields, and the restore's own entry links after them, so
     * the restored log verifies as it did in the backup. A backup whose chain does not verify is still
     * restored (it may be the only copy of the center's records): the caller shows the break first, and
     * the restore's entry records it, with the head of the log it replaced.
     */
    async restoreStream(
      source: RestoreSource,
      onProgress: (done: number, total: number) => void,
      signal?: AbortSignal,
    ): Promise<void> {
      const known = new Set(db.tables.map((t) => t.name));
      const { chain, total } = source;
      await db.transaction('rw', db.tables, async (tx) => {
        // Keeping the totals row by row would recount each day once per chunk: rebuilt once below.
        skipTotalsIn(tx.idbtrans);
        // A restore returns the desk to a past state: its rows are not fresh edits to send, and the
        // backup's outbox (changes pending then, perhaps sent since, perhaps another desk's) is never
        // replayed, or old values would reach the center as new ones. The rows keep their syncMeta
        // revisions, so a later edit is placed on the revision it came from and becomes a conflict if
        // the center has moved since; the reconciliation reports what differs from the center.
        skipOutboxIn(tx.idbtrans);
        const replacedHead = await readChainHead(db);
        const replacedEntries = await db.auditLog.count();
        for (const table of db.tables) await table.clear();
        let done = 0;
        for (;;) {
          if (signal?.aborted) throw new LoadCancelledError();
          const frame = await Dexie.waitFor(source.next());
          if (!frame) break;
          if (!known.has(frame.table)) throw new Error(`备份中有本程序不认识的数据表：${frame.table}`);
          if (signal?.aborted) throw new LoadCancelledError();
          if (frame.table !== OUTBOX)
            await db
              .table(frame.table)
              .bulkAdd(
                upgradeTableRows(frame.table, frame.rows, source.schemaVersion, LATEST_SCHEMA_VERSION),
              );
          done += frame.rows.length;
          onProgress(done, total);
        }
        await rebuildTotals((name) => db.table(name));
        await rebuildRoomDays((name) => db.table(name));
        await rebuildRosterMonths((name) => db.table(name));
        await appendAudit(db, ctx, {
          action: '从备份恢复',
          entity: 'database',
          entityId: null,
          // Shown in 操作记录's 原因 column, so the break stays in plain sight after the restore.
          reason: chain.broken ? `所恢复备份的操作记录校验未通过：${describeBreak(chain.broken)}` : null,
          after: {
            exportedAt: source.exportedAt,
            deskId: source.deskId,
            rows: done,
            replaced: { entries: replacedEntries, head: replacedHead },
            backupChain: {
              checked: chain.checked,
              older: chain.older,
              broken: chain.broken ? describeBreak(chain.broken) : null,
            },
          },
        });
      });
    },

    /** Restores a backup held in memory (an old whole-JSON file), through restoreStream. */
    async restore(
      backup: BackupFile,
      onProgress: (done: number, total: number) => void,
      signal?: AbortSignal,
      chain: ChainReport<AuditEntry & ChainFields> = verifyChainRows(
        (backup.tables.auditLog ?? []) as AuditEntry[],
      ),
    ): Promise<void> {
      const frames = Object.entries(backup.tables).flatMap(([table, rows]) =>
        Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => ({
          table,
          rows: rows.slice(i * CHUNK, (i + 1) * CHUNK),
        })),
      );
      let index = 0;
      await repo.restoreStream(
        {
          next: async () => frames[index++] ?? null,
          total: Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0),
          exportedAt: backup.exportedAt,
          deskId: backup.deskId,
          schemaVersion: backup.schemaVersion,
          chain,
        },
        onProgress,
        signal,
      );
    },

    /** See streamTables: every table a page at a time in one consistent read. */
    streamTables: (start: (counts: Record<string, number>) => Promise<void>, visit: PageVisitor) =>
      streamTables(db, start, visit),
  };
  return repo;
}
