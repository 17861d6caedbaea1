import type { Volunteer } from '@shared/model';
import type { OutboxEntry, SyncConflict } from '@shared/sync/model';
import { resolutionRevs, resolvedRow, type ConflictChoice } from '@shared/sync/resolve';
import { syncMetaId } from '@shared/sync/tables';
import { formatAuditTime } from '@shared/audit/describe';
import { differingFields, fieldLabel } from '@shared/sync/conflict-labels';
import { auditValue, type EditableVolunteer } from '@shared/volunteers/editing';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from '../repos/audit';
import { isLiveRow, shiftKeptLiveCount } from '../repos/volunteer-counters';
import { untilDictionary } from '../dictionary-gate';
import { withKeys } from '../repos/volunteer-merge';

/** The most conflicts one list shows: open conflicts are few, and staff settle them a screen at a time. */
const LIST_LIMIT = 50;

/** Refused when staff resolve a conflict someone has already settled (another window, a double click). */
export const ALREADY_RESOLVED = '这条冲突已经解决过了，请刷新后查看';

type Row = Record<string, unknown>;

/** Who wrote the kept version(s), in the audit's reason. */
function keptWords(conflict: SyncConflict, choice: ConflictChoice): string {
  const one = (rev: string) => {
    const v = conflict.versions.find((x) => x.rev === rev);
    return v ? `${v.deskId} ${v.actor}（${formatAuditTime(v.at)}）` : '未知版本';
  };
  if ('rev' in choice) return `采用 ${one(choice.rev)} 的版本`;
  return `逐项采用：${Object.entries(choice.fields)
    .map(([field, rev]) => `${fieldLabel(conflict.table, field)}取 ${one(rev)}`)
    .join('；')}`;
}

/**
 * What the audit entry keeps of the change: the fields that changed only, a volunteer's ID number and
 * phone masked and photo left out, as every volunteer edit is logged (the log is open to every user).
 */
function auditedChange(table: SyncConflict['table'], before: Row | null, after: Row | null) {
  const fields = differingFields([before ?? {}, after ?? {}]);
  const side = (row: Row | null) =>
    row &&
    Object.fromEntries(
      fields.map((f) => [
        f,
        table === 'volunteers' ? auditValue(f as keyof EditableVolunteer, row[f]) : (row[f] ?? null),
      ]),
    );
  return { before: side(before), after: side(after) };
}

/**
 * Sync conflicts for 同步冲突: the open ones, one by id, and resolving one. Features reach it through the
 * desk's sync service and never touch the conflict table themselves.
 */
export function conflictsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /**
     * The open conflicts, newest first, at most `limit`. Read backwards along the createdAt index and
     * stopped at `limit`: resolved ones are skipped, never the whole table read.
     */
    listOpen: (limit = LIST_LIMIT): Promise<SyncConflict[]> =>
      db.syncConflicts
        .orderBy('createdAt')
        .reverse()
        .filter((c) => c.resolvedAt === null)
        .limit(limit)
        .toArray(),

    /** How many are open: read on 设置 → 同步 while no engine runs to keep the count live. */
    countOpen: (): Promise<number> => db.syncConflicts.filter((c) => c.resolvedAt === null).count(),

    get: (id: string): Promise<SyncConflict | undefined> => db.syncConflicts.get(id),

    /** The row as this desk holds it now, to show beside the versions (undefined when absent). */
    current: (conflict: SyncConflict): Promise<Row | undefined> =>
      db.table(conflict.table).get(conflict.key) as Promise<Row | undefined>,

    /**
     * Keeps the chosen version, in one transaction: the row is written (or deleted) as a local change,
     * so it queues and reaches the center as a new revision on top of the newest one staff saw; the
     * revisions decided against are left for the pump to delete from the mirror; the conflict is marked
     * resolved; the audit log records who kept which version. Refused when already resolved.
     */
    async resolve(id: string, choice: ConflictChoice): Promise<void> {
      const probe = await db.syncConflicts.get(id);
      if (!probe) throw new Error('找不到这条冲突，请刷新后再试');
      const table = db.table(probe.table);
      const scope = [table, db.syncConflicts, db.syncMeta, db.outbox, db.auditLog, db.counters];
      // A volunteer kept gets its search keys again.
      const wait = probe.table === 'volunteers' ? untilDictionary() : null;
      if (wait) await wait;
      await db.transaction('rw', scope, async () => {
        const conflict = await db.syncConflicts.get(id);
        if (!conflict || conflict.resolvedAt !== null) throw new Error(ALREADY_RESOLVED);
        const before = ((await table.get(conflict.key)) as Row | undefined) ?? null;
        let after = resolvedRow(before, conflict.versions, choice);
        // A chosen name or phone changes what the volunteer is found by: the keys follow the row.
        if (after && conflict.table === 'volunteers')
          after = withKeys(after as unknown as Volunteer) as unknown as Row;
        const { base, retire } = resolutionRevs(conflict.versions);
        if (base) {
          // The write is based on the newest revision staff saw, and so are changes still queued for it.
          await db.syncMeta.put({ id: syncMetaId(conflict.table, conflict.key), rev: base });
          await db.outbox
            .where('[table+key]')
            .equals([conflict.table, conflict.key])
            .modify({ baseRev: base });
        }
        if (conflict.table === 'volunteers')
          await shiftKeptLiveCount(db, ctx, Number(isLiveRow(after)) - Number(isLiveRow(before)));
        if (after) await table.put(after);
        else if (before) await table.delete(conflict.key);
        else if (db.syncWriter && base) {
          // Already gone here: only the mirror still has live versions, so the deletion is queued by hand.
          const { deskId, actor } = ctx;
          await db.outbox.add({
            table: conflict.table,
            key: conflict.key,
            op: 'delete',
            baseRev: base,
            at: ctx.now(),
            deskId,
            actor,
          } as OutboxEntry);
        }
        await db.syncConflicts.put({ ...conflict, resolvedAt: ctx.now(), resolvedBy: ctx.actor, retire });
        await appendAudit(db, ctx, {
          action: '解决同步冲突',
          entity: conflict.table,
          entityId: conflict.key,
          ...auditedChange(conflict.table, before, after),
          reason: keptWords(conflict, choice),
        });
      });
    },
  };
}

/** The conflicts repository of a desk. */
export type ConflictsRepo = ReturnType<typeof conflictsRepo>;
