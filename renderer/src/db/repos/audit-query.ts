import type { Collection } from 'dexie';
import {
  createChainVerifier,
  isChained,
  type ChainBreak,
  type ChainFields,
  type ChainReport,
} from '@shared/audit/chain';
import type { AuditEntry } from '@shared/model';
import type { DeskDatabase } from '../database';
import { LoadCancelledError } from './demo';

/** Which entries 操作记录 shows: by person, by kind of record, by time (`to` exclusive). */
export interface AuditFilter {
  actor?: string | null;
  entity?: string | null;
  from?: number | null;
  to?: number | null;
}

/** Where the next page starts: the last entry shown. */
export interface AuditCursor {
  at: number;
  id: string;
}

/** One page of entries, newest first, and where the next one starts (null: this was the last). */
export interface AuditPage {
  rows: AuditEntry[];
  next: AuditCursor | null;
}

export type ChainedEntry = AuditEntry & ChainFields;

const VERIFY_CHUNK = 500;

/**
 * The filtered entries from `cursor` backwards, as a key range on the most selective index: no offset,
 * no scan of the rows before the page.
 */
function filtered(db: DeskDatabase, filter: AuditFilter, cursor: AuditCursor | null): Collection<AuditEntry> {
  const lo = filter.from ?? -Infinity;
  const hi = Math.min(cursor?.at ?? Infinity, filter.to == null ? Infinity : filter.to - 1);
  let collection: Collection<AuditEntry>;
  if (filter.actor) {
    collection = db.auditLog.where('[actor+at]').between([filter.actor, lo], [filter.actor, hi], true, true);
  } else if (filter.entity) {
    collection = db.auditLog
      .where('[entity+at]')
      .between([filter.entity, lo], [filter.entity, hi], true, true);
  } else {
    collection = db.auditLog.where('at').between(lo, hi, true, true);
  }
  collection = collection.reverse();
  // Rows with the cursor's time come in descending id order: the ones with a greater id were shown.
  return collection.filter(
    (row) =>
      (!cursor || row.at !== cursor.at || row.id < cursor.id) &&
      (!filter.actor || !filter.entity || row.entity === filter.entity),
  );
}

/** Reads of the audit log for 操作记录: pages, people, the chain check. */
export function auditQueries(db: DeskDatabase) {
  return {
    /** One page of the filtered log, newest first. */
    async page(filter: AuditFilter, cursor: AuditCursor | null, size: number): Promise<AuditPage> {
      const rows = await filtered(db, filter, cursor)
        .limit(size + 1)
        .toArray();
      const shown = rows.slice(0, size);
      const last = shown.at(-1);
      return { rows: shown, next: rows.length > size && last ? { at: last.at, id: last.id } : null };
    },

    /** Everyone who appears in the log, read from the index keys only. */
    async actors(): Promise<string[]> {
      return (await db.auditLog.orderBy('actor').uniqueKeys()).map(String);
    },

    /**
     * Walks the chain in `seq` order a chunk at a time (each chunk its own read), stopping at the first
     * break. Entries without `seq` predate the chain and are counted, not checked.
     */
    async verify(
      onProgress: (done: number, total: number) => void,
      signal?: AbortSignal,
    ): Promise<ChainReport<ChainedEntry>> {
      const total = await db.auditLog.where('seq').aboveOrEqual(-Infinity).count();
      const older = (await db.auditLog.count()) - total;
      const verifier = createChainVerifier<ChainedEntry>();
      let lastSeq = -Infinity;
      let seenAtLast = new Set<string>();
      let done = 0;
      onProgress(0, total);
      for (;;) {
        if (signal?.aborted) throw new LoadCancelledError();
        const since = lastSeq;
        const skip = seenAtLast;
        const chunk = await db.auditLog
          .where('seq')
          .aboveOrEqual(since)
          .filter((row) => row.seq !== since || !skip.has(row.id))
          .limit(VERIFY_CHUNK)
          .toArray();
        if (chunk.length === 0) break;
        for (const row of chunk) {
          // An entry erased on request names the later entry that vouches for it (see redaction.ts).
          const voucher = row.redactedBy ? await db.auditLog.get(row.redactedBy) : null;
          const broken: ChainBreak<ChainedEntry> | null = isChained(row)
            ? verifier.push(row, voucher)
            : { kind: 'changed', entry: row as ChainedEntry };
          if (broken) return { checked: verifier.checked, older, broken };
          done += 1;
          if (row.seq !== lastSeq) seenAtLast = new Set();
          lastSeq = row.seq as number;
          seenAtLast.add(row.id);
        }
        onProgress(done, Math.max(total, done));
        // Let the screen paint the progress and take a click on 取消 between chunks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { checked: verifier.checked, older, broken: null };
    },
  };
}
