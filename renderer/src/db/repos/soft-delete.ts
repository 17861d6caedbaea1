import type { Table } from 'dexie';
import { stampUpdate, type BaseRecord } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/**
 * Soft-deletes or restores one row and logs it, in one transaction: nothing is ever removed, so every
 * delete can be undone. `noun` names the row in the log and in the not-found message (e.g. 单位).
 */
export async function setDeleted<T extends BaseRecord>(
  db: DeskDatabase,
  ctx: WriteContext,
  table: Table<T, string>,
  id: string,
  deleted: boolean,
  noun: string,
  summary?: (row: T) => unknown,
): Promise<void> {
  await db.transaction('rw', table, db.auditLog, async () => {
    const row = await table.get(id);
    if (!row) throw new Error(`找不到该${noun}`);
    const now = ctx.now();
    await table.put({
      ...stampUpdate(row, {}, { now, deskId: ctx.deskId }),
      deletedAt: deleted ? now : null,
    });
    await appendAudit(db, ctx, {
      action: `${deleted ? '删除' : '恢复'}${noun}`,
      entity: table.name,
      entityId: id,
      ...(summary ? { after: summary(row) } : {}),
    });
  });
}
