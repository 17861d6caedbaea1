import { Dexie, type IndexableType, type Table } from 'dexie';
import { isChained } from '@shared/audit/chain';
import type { DeskDatabase } from '../database';

/**
 * Sees one page of a table's rows and says how many rows the next page should hold (pages are sized to
 * the backup's chunk, so a table of photos is read a few rows at a time). Called in the export's
 * transaction: it may await anything (file writes, encryption), the transaction is kept open.
 */
export type PageVisitor = (table: string, rows: unknown[]) => Promise<number>;

const FIRST_PAGE = 10;

async function pagesOf(
  table: Table,
  visit: PageVisitor,
  from: (last: IndexableType | undefined, limit: number) => Promise<unknown[]>,
  keyOf: (row: unknown) => IndexableType,
): Promise<void> {
  let limit = FIRST_PAGE;
  let last: IndexableType | undefined;
  for (;;) {
    const rows = await from(last, limit);
    if (rows.length === 0) return;
    last = keyOf(rows[rows.length - 1]);
    limit = Math.max(1, await Dexie.waitFor(visit(table.name, rows)));
  }
}

/**
 * Reads every table a page at a time inside one read transaction, so the backup is one consistent
 * moment of the desk while never holding more than a page. Writes started meanwhile wait for it.
 *
 * The audit log comes in chain order (`seq`), then any rows from before the chain existed, so a reader
 * can check the chain as it streams.
 */
export function streamTables(
  db: DeskDatabase,
  start: (counts: Record<string, number>) => Promise<void>,
  visit: PageVisitor,
): Promise<Record<string, number>> {
  return db.transaction('r', db.tables, async () => {
    const counts: Record<string, number> = {};
    for (const table of db.tables) counts[table.name] = await table.count();
    await Dexie.waitFor(start(counts));
    for (const table of db.tables) {
      const key = table.schema.primKey.keyPath as string;
      const byKey = (row: unknown) => (row as Record<string, IndexableType>)[key] as IndexableType;
      if (table.name !== 'auditLog') {
        await pagesOf(
          table,
          visit,
          (last, limit) =>
            (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
              .limit(limit)
              .toArray(),
          byKey,
        );
        continue;
      }
      await pagesOf(
        table,
        visit,
        (last, limit) =>
          (last === undefined ? table.orderBy('seq') : table.where('seq').above(last)).limit(limit).toArray(),
        (row) => (row as { seq: number }).seq,
      );
      const chained = await table.orderBy('seq').count();
      if (chained === counts[table.name]) continue;
      await pagesOf(
        table,
        visit,
        (last, limit) =>
          (last === undefined ? table.orderBy(':id') : table.where(':id').above(last))
            .filter((row) => !isChained(row as object))
            .limit(limit)
            .toArray(),
        byKey,
      );
    }
    return counts;
  });
}
