import type { AuditEntry } from '@shared/model';
import { stampNew } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';

/** What one audit entry records, apart from its bookkeeping. */
export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Appends an entry. Call inside the transaction of the change it describes (include `auditLog`). */
export async function appendAudit(db: DeskDatabase, ctx: WriteContext, input: AuditInput): Promise<void> {
  const now = ctx.now();
  await db.auditLog.add(
    stampNew(
      {
        at: now,
        actor: ctx.actor,
        action: input.action,
        entity: input.entity,
        entityId: input.entityId,
        before: input.before ?? null,
        after: input.after ?? null,
        reason: input.reason ?? null,
      },
      { id: ctx.newId(), now, deskId: ctx.deskId },
    ),
  );
}

/** The audit log, newest first. */
export function auditRepo(db: DeskDatabase) {
  return {
    recent(limit = 100): Promise<AuditEntry[]> {
      return db.auditLog.orderBy('at').reverse().limit(limit).toArray();
    },

    /** When the data last changed: every write appends an entry in its own transaction. */
    async latestAt(): Promise<number | null> {
      return (await db.auditLog.orderBy('at').last())?.at ?? null;
    },
  };
}
