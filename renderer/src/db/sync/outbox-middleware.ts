import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { OutboxEntry } from '@shared/sync/model';
import { isSyncedTable, syncMetaId, type SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import { tablesOnce } from '../core-tables';
import { zoned } from '../totals/middleware';

/** The sync tables (schema v12): absent before, so checked by name. */
export const OUTBOX = 'outbox';
export const SYNC_META = 'syncMeta';

const skipping = new WeakSet<object>();

/**
 * Keeps one transaction's writes out of the outbox: changes pulled from the center (they came from
 * there) and a restore's rows (a return to a past state, not fresh edits to send). `idbtrans` is Dexie's
 * `Transaction.idbtrans`, the object the DBCore layer receives as `trans`.
 */
export function skipOutboxIn(idbtrans: object): void {
  skipping.add(idbtrans);
}

type NewEntry = Omit<OutboxEntry, 'seq'>;

/** The keys a deleteRange is about to remove, read before it does. */
async function keysInRange(table: DBCoreTable, req: DBCoreMutateRequest & { type: 'deleteRange' }) {
  const res = await table.query({
    trans: req.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: req.range },
  });
  return res.result as string[];
}

/** The rows a mutation writes or removes, by key, in request order (deletes: only rows that exist). */
async function touchedKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'deleteRange') return keysInRange(table, req);
  if (req.type === 'delete') {
    const rows = await table.getMany({ trans: req.trans, keys: req.keys });
    return (req.keys as string[]).filter((_, i) => rows[i] !== undefined);
  }
  const extract = table.schema.primaryKey.extractKey;
  return req.values.map((v, i) => (req.keys?.[i] ?? extract?.(v)) as string);
}

/**
 * While sync is on (`writer` returns who writes; null while off), queues one outbox entry for every row a
 * write creates, updates or deletes in a synced table, in the same transaction, with the mirror
 * revision the row was based on (syncMeta; null for a row the mirror never had). Whether a transaction
 * queues is decided when it starts: a read-write transaction over a synced table is then widened to the
 * outbox and syncMeta, so while sync is off transactions keep exactly the scope they ask for. Rows a
 * bulk write failed to store queue nothing. Upgrade transactions and those marked skipOutboxIn never queue.
 */
export function outboxMiddleware(writer: () => WriteContext | null): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sync-outbox',
    create: (below) => {
      const down = tablesOnce(below);
      const present = new Set(down.schema.tables.map((t) => t.name));
      if (!present.has(OUTBOX) || !present.has(SYNC_META)) return below;
      const queuing = new WeakMap<object, WriteContext>();
      return tablesOnce({
        ...down,
        transaction: (stores, mode, options) => {
          const ctx = mode === 'readwrite' && stores.some(isSyncedTable) ? writer() : null;
          const trans = down.transaction(
            ctx ? [...new Set([...stores, OUTBOX, SYNC_META])] : stores,
            mode,
            options,
          );
          if (ctx) queuing.set(trans, ctx);
          return trans;
        },
        table: (tableName) => {
          const plain = down.table(tableName);
          if (!isSyncedTable(tableName)) return plain;
          return {
            ...plain,
            mutate: async (req) => {
              const ctx = queuing.get(req.trans);
              if (!ctx || skipping.has(req.trans)) return plain.mutate(req);
              const core = zoned(down);
              const keys = await touchedKeys(core.table(tableName), req);
              const res = await core.table(tableName).mutate(req);
              // A bulk write outside an explicit transaction stores the rows that did not fail.
              const writes = req.type === 'add' || req.type === 'put';
              const stored = writes ? keys.filter((_, i) => !res.failures[i]) : keys;
              if (stored.length > 0) await queue(core, req.trans, tableName, req.type, stored, ctx);
              return res;
            },
          };
        },
      });
    },
  };
}

/** Adds the outbox entries of one mutation, each with its row's base revision, in key order given. */
async function queue(
  core: DBCore,
  trans: DBCoreTransaction,
  table: SyncedTable,
  type: DBCoreMutateRequest['type'],
  keys: readonly string[],
  ctx: WriteContext,
): Promise<void> {
  const metas = (await core
    .table(SYNC_META)
    .getMany({ trans, keys: keys.map((k) => syncMetaId(table, k)) })) as ({ rev: string } | undefined)[];
  const op = type === 'add' || type === 'put' ? 'put' : 'delete';
  const [at, deskId, actor] = [ctx.now(), ctx.deskId, ctx.actor];
  const values: NewEntry[] = keys.map((key, i) => ({
    table,
    key,
    op,
    baseRev: metas[i]?.rev ?? null,
    at,
    deskId,
    actor,
  }));
  const res = await core.table(OUTBOX).mutate({ type: 'add', trans, values });
  // A change that cannot be queued must not be stored: failing here aborts the whole transaction.
  if (res.numFailures > 0) throw Object.values(res.failures)[0];
}
