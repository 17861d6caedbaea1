import { yieldToPage } from '../xlsx/xlsx-writer';

/** One keyset page of a list and where the next one starts (null after the last). */
export interface ExportPage<T, C> {
  rows: T[];
  next: C | null;
}

/** Reads a list page by page from a keyset cursor (null = the first page). */
export type ReadExportPage<T, C> = (cursor: C | null, size: number) => Promise<ExportPage<T, C>>;

/** Thrown when the user pressed 取消 between two pages. */
export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled');
  }
}

/** Rows per page: small enough to keep the page answering, large enough that 126,000 rows take ~130 reads. */
export const EXPORT_CHUNK = 1000;

/**
 * Every row of a list, read chunk by chunk through its keyset cursor and never in one giant read. Stops
 * with ExportCancelledError when `signal` aborts.
 */
export async function collectRows<T, C>(
  read: ReadExportPage<T, C>,
  options: { signal: AbortSignal; onProgress: (done: number) => void; chunk?: number },
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: C | null = null;
  do {
    if (options.signal.aborted) throw new ExportCancelledError();
    const page: ExportPage<T, C> = await read(cursor, options.chunk ?? EXPORT_CHUNK);
    rows.push(...page.rows);
    cursor = page.next;
    options.onProgress(rows.length);
    await yieldToPage();
  } while (cursor !== null);
  if (options.signal.aborted) throw new ExportCancelledError();
  return rows;
}

/**
 * A page reader whose rows are turned into what the file needs (a sheet's cells) as each page comes in:
 * the export never holds every row of the list as well as its cells, and the mapping is spread over the
 * pages, between which the page answers input. The next page is asked for before this one is mapped,
 * so the database reads it while the page maps (reads were three quarters of a 126,000-row export).
 */
export function mapPages<T, U, C>(
  read: ReadExportPage<T, C>,
  map: (rows: readonly T[]) => U[],
): ReadExportPage<U, C> {
  let ahead: { cursor: C; size: number; page: Promise<ExportPage<T, C>> } | null = null;
  return async (cursor, size) => {
    const page =
      ahead !== null && ahead.cursor === cursor && ahead.size === size
        ? await ahead.page
        : await read(cursor, size);
    ahead = null;
    if (page.next !== null) {
      const next = read(page.next, size);
      // A cancelled export never awaits the page read ahead; its failure must not surface unhandled.
      next.catch(() => undefined);
      ahead = { cursor: page.next, size, page: next };
    }
    return { rows: map(page.rows), next: page.next };
  };
}
