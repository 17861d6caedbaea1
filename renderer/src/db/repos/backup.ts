import { verifyChainRows, type ChainFields, type ChainReport } from '@shared/audit/chain';
import { describeBreak } from '@shared/audit/describe';
import { buildBackup, type BackupFile } from '@shared/backup/backup-file';
import type { AuditEntry, CenterProfile } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { appendAudit, readChainHead } from './audit';
import { LoadCancelledError } from './demo';

const CHUNK = 500;

/** Whole-desk backup and restore. */
export function backupRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
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
     * Replaces everything with the backup's rows in one transaction: on error or cancel the desk keeps
     * exactly what it had. Tables the backup does not hold are emptied, as they were at backup time.
     *
     * The backup's audit rows keep their chain fields, and the restore's own entry links after them, so
     * the restored log verifies as it did in the backup. A backup whose chain does not verify is still
     * restored (it may be the only copy of the center's records): the caller shows the break first, and
     * the restore's entry records it, with the head of the log it replaced.
     */
    async restore(
      backup: BackupFile,
      onProgress: (done: number, total: number) => void,
      signal?: AbortSignal,
      chain: ChainReport<AuditEntry & ChainFields> = verifyChainRows(
        (backup.tables.auditLog ?? []) as AuditEntry[],
      ),
    ): Promise<void> {
      const known = new Set(db.tables.map((t) => t.name));
      const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
      if (unknown.length > 0) throw new Error(`备份中有本程序不认识的数据表：${unknown.join('、')}`);
      const total = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
      await db.transaction('rw', db.tables, async () => {
        const replacedHead = await readChainHead(db);
        const replacedEntries = await db.auditLog.count();
        for (const table of db.tables) await table.clear();
        let done = 0;
        for (const [name, rows] of Object.entries(backup.tables)) {
          for (let i = 0; i < rows.length; i += CHUNK) {
            if (signal?.aborted) throw new LoadCancelledError();
            const chunk = rows.slice(i, i + CHUNK);
            await db.table(name).bulkAdd(chunk);
            done += chunk.length;
            onProgress(done, total);
          }
        }
        await appendAudit(db, ctx, {
          action: '从备份恢复',
          entity: 'database',
          entityId: null,
          // Shown in 操作记录's 原因 column, so the break stays in plain sight after the restore.
          reason: chain.broken ? `所恢复备份的操作记录校验未通过：${describeBreak(chain.broken)}` : null,
          after: {
            exportedAt: backup.exportedAt,
            deskId: backup.deskId,
            rows: total,
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
  };
}
