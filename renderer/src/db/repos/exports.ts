import Dexie from 'dexie';
import type { NationalRecordRow } from '@shared/exchange/national-presets';
import type { ServiceRecord, Volunteer } from '@shared/model';
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

/** Where a page of confirmed records ended: the last sign-in time and the ids read at it. */
export interface RecordCursor {
  signInAt: number;
  ids: string[];
}

/** Records with their volunteers, read in one bulkGet of the distinct volunteer ids. */
export async function recordRowsOf(
  db: DeskDatabase,
  records: readonly ServiceRecord[],
): Promise<NationalRecordRow[]> {
  const people = await db.volunteers.bulkGet([...new Set(records.map((r) => r.volunteerId))]);
  const byId = new Map(people.filter((v): v is Volunteer => v !== undefined).map((v) => [v.id, v]));
  return records.map((record) => ({ record, volunteer: byId.get(record.volunteerId) }));
}

/** List exports write nothing but the audit entry of an unmasked export; they read by keyset pages. */
export function exportsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /**
     * One page of confirmed (已确认) records, oldest first, with their volunteers: the [status+signInAt]
     * range from the cursor on, skipping ids already read at the cursor's time.
     */
    async confirmedRecordsPage(
      after: RecordCursor | null,
      limit: number,
    ): Promise<{ rows: NationalRecordRow[]; next: RecordCursor | null }> {
      const seen = new Set(after?.ids ?? []);
      const records = await db.serviceRecords
        .where('[status+signInAt]')
        .between(['已确认', after?.signInAt ?? Dexie.minKey], ['已确认', Dexie.maxKey], true, true)
        .filter((r) => r.deletedAt === null && !seen.has(r.id))
        .limit(limit)
        .toArray();
      const rows = await recordRowsOf(db, records);
      const last = records.at(-1);
      if (records.length < limit || !last) return { rows, next: null };
      const atCut = records.filter((r) => r.signInAt === last.signInAt).map((r) => r.id);
      const carried = after?.signInAt === last.signInAt ? after.ids : [];
      return { rows, next: { signInAt: last.signInAt, ids: [...carried, ...atCut] } };
    },

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
