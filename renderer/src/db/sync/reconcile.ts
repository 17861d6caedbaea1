import { driftedTables, tableDigest, type TableDigest } from '@shared/sync/digest';
import { SYNCED_TABLES, syncMetaId, type SyncedTable } from '@shared/sync/tables';
import type { DeskDatabase } from '../database';
import type { TableDrift } from './engine-status';
import type { Mirror } from './mirror';

/** Rows read per round on each side, and pairs hashed per chunk. */
const BATCH = 1000;

type Pair = { id: string; rev: string };

/**
 * Digests a table's pairs as they stream in, in key order, without holding the table: each chunk of
 * BATCH pairs is hashed by tableDigest, and the table's digest is that of the chunks' digests. Both
 * sides read in the same key order and chunk the same pairs alike, so equal tables give equal digests.
 */
function streamingDigest() {
  let chunk: Pair[] = [];
  const chunks: Pair[] = [];
  let count = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    chunks.push({ id: String(chunks.length).padStart(9, '0'), rev: tableDigest(chunk).digest });
    chunk = [];
  };
  return {
    add(pairs: readonly Pair[]): void {
      for (const p of pairs) {
        chunk.push(p);
        count += 1;
        if (chunk.length >= BATCH) flush();
      }
    },
    done(): TableDigest {
      flush();
      return { count, digest: tableDigest(chunks).digest };
    },
  };
}

/** Dexie's rows of a table with the mirror revision each is based on ('' for a row never sent). */
async function localDigest(db: DeskDatabase, table: SyncedTable, skip: ReadonlySet<string>) {
  const digest = streamingDigest();
  let last: string | null = null;
  for (;;) {
    const from = last === null ? db.table(table).toCollection() : db.table(table).where(':id').above(last);
    const keys = (await from.limit(BATCH).primaryKeys()) as string[];
    if (keys.length === 0) break;
    const metas = await db.syncMeta.bulkGet(keys.map((k) => syncMetaId(table, k)));
    digest.add(keys.flatMap((id, i) => (skip.has(id) ? [] : [{ id, rev: metas[i]?.rev ?? '' }])));
    last = keys[keys.length - 1] ?? null;
  }
  return digest.done();
}

/** The mirror's live documents of a table with their winning revisions, by row key. */
async function mirrorDigest(mirror: Mirror, table: SyncedTable, skip: ReadonlySet<string>) {
  const digest = streamingDigest();
  const prefix = `${table}:`;
  let after: string | null = null;
  for (;;) {
    const page = await mirror.allDocs({
      startkey: after ?? prefix,
      endkey: `${prefix}\uffff`,
      limit: BATCH,
      skip: after === null ? 0 : 1,
    });
    const pairs: Pair[] = [];
    for (const row of page.rows) {
      const key = row.key.slice(prefix.length);
      if ('value' in row && !skip.has(key)) pairs.push({ id: key, rev: row.value.rev });
    }
    digest.add(pairs);
    if (page.rows.length < BATCH) break;
    after = page.rows[page.rows.length - 1]?.key ?? null;
  }
  return digest.done();
}

/** Rows whose difference is known and shown elsewhere: still queued, or in an open conflict. */
async function knownDifferences(db: DeskDatabase): Promise<Map<SyncedTable, Set<string>>> {
  const known = new Map<SyncedTable, Set<string>>();
  const add = (table: SyncedTable, key: string) => known.set(table, (known.get(table) ?? new Set()).add(key));
  await db.outbox.each((e) => add(e.table, e.key));
  await db.syncConflicts.each((c) => c.resolvedAt === null && add(c.table, c.key));
  return known;
}

/**
 * Compares, table by table, Dexie's rows (key and the revision syncMeta holds) with the mirror's
 * documents (key and winning revision), and returns the tables that differ with both counts. Rows still
 * queued or in an open conflict are left out on both sides: they differ on purpose until sent or settled.
 * It reports and never repairs: a silent fix could hide the bug that made the drift.
 */
export async function reconcile(db: DeskDatabase, mirror: Mirror): Promise<TableDrift[]> {
  const known = await knownDifferences(db);
  const local: Record<string, TableDigest> = {};
  const remote: Record<string, TableDigest> = {};
  for (const table of SYNCED_TABLES) {
    const skip = known.get(table) ?? new Set<string>();
    local[table] = await localDigest(db, table, skip);
    remote[table] = await mirrorDigest(mirror, table, skip);
  }
  return driftedTables(local, remote).map((table) => ({
    table,
    local: local[table]?.count ?? 0,
    mirror: remote[table]?.count ?? 0,
  }));
}
