import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/** What an export with full ID numbers and phones wrote, kept in the audit log. */
export interface FullExportRecord {
  /** The list exported, as its sheet is named (志愿者名册, 活动记录…). */
  list: string;
  /** The file name offered to the user. */
  fileName: string;
  rows: number;
}

/** Exports write nothing but the audit entry of an unmasked export. */
export function exportsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** Records who exported which list with full ID numbers and phones (ctx.actor names them). */
    async logFullExport(record: FullExportRecord): Promise<void> {
      await db.transaction('rw', db.auditLog, () =>
        appendAudit(db, ctx, {
          action: '导出完整身份证号和手机号',
          entity: 'exports',
          entityId: null,
          after: { ...record },
        }),
      );
    },
  };
}
