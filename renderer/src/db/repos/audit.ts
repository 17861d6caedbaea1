import { Dexie, type Transaction } from 'dexie';
import { chainEntry, type ChainHead } from '@shared/audit/chain';
import type { AuditEntry } from '@shared/model';
import { stampNew } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { auditQueries } from './audit-query';

/** What one audit entry records, apart from its bookkeeping. */
export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** The entry's id when the caller needs it beforehand (an erasure names its voucher); else a new one. */
  id?: string;
}

// The head each transaction's last append will leave, so two appends started together in one
// transaction (Promise.all) link one after the other instead of both to the stored head.
const pendingHeads = new WeakMap<Transaction, Promise<ChainHead | null>>();

function rootOf(tx: Transaction): Transaction {
  let root = tx;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * The newest chained entry, found by `seq` (not by time: the PC clock may have gone back). Dexie's own
 * promise chain, not async/await, so the transaction zone carries through to the append.
 */
export function readChainHead(db: DeskDatabase): Promise<ChainHead | null> {
  return db.auditLog
    .orderBy('seq')
    .last()
    .then((last) =>
      last && typeof last.seq === 'number' && typeof last.hash === 'string'
        ? { seq: last.seq, hash: last.hash }
        : null,
    );
}

/**
 * Starts reading the chain head now, beside the caller's other reads, so the entry appended later in
 * this transaction links to it without a round of requests of its own. Call inside the transaction.
 */
export function readAuditHeadAhead(db: DeskDatabase): void {
  const tx = Dexie.currentTransaction as Transaction | null;
  if (!tx) return;
  const root = rootOf(tx);
  if (pendingHeads.has(root)) return;
  const head = readChainHead(db);
  // A save refused by its check never appends: its aborted read must not surface as unhandled.
  head.catch(() => undefined);
  pendingHeads.set(root, head);
}

/**
 * Appends an entry linked to the current head. Call inside the transaction of the change it describes
 * (include `auditLog`): the head is read in that transaction, so concurrent writers never fork the
 * chain. Hashing is synchronous (shared/audit/sha256.ts): nothing but Dexie is awaited here.
 */
export function appendAudit(db: DeskDatabase, ctx: WriteContext, input: AuditInput): Promise<void> {
  const tx = Dexie.currentTransaction as Transaction | null;
  if (!tx) return db.transaction('rw', db.auditLog, () => appendAudit(db, ctx, input));
  const now = ctx.now();
  const draft = stampNew(
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
    { id: input.id ?? ctx.newId(), now, deskId: ctx.deskId },
  );
  const root = rootOf(tx);
  const previous = pendingHeads.get(root) ?? readChainHead(db);
  const appended = previous.then((head) => {
    const entry = chainEntry(draft, head);
    return db.auditLog.add(entry).then((): ChainHead => ({ seq: entry.seq, hash: entry.hash }));
  });
  pendingHeads.set(root, appended);
  return appended.then(() => undefined);
}

/** The audit log: recent entries, filtered pages, the chain check. */
export function auditRepo(db: DeskDatabase) {
  return {
    ...auditQueries(db),

    recent(limit = 100): Promise<AuditEntry[]> {
      return db.auditLog.orderBy('at').reverse().limit(limit).toArray();
    },

    /** When the data last changed: every write appends an entry in its own transaction. */
    async latestAt(): Promise<number | null> {
      return (await db.auditLog.orderBy('at').last())?.at ?? null;
    },
  };
}
