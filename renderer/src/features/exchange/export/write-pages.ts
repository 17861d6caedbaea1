import type { ExportCell } from '@shared/exchange/export-cells';
import { XlsxWriter, yieldToPage } from '../xlsx/xlsx-writer';
import { EXPORT_CHUNK, ExportCancelledError, type ReadExportPage } from './collect-rows';

/** A sheet's name and header, before its rows. */
export interface SheetHead {
  sheetName: string;
  header: readonly string[];
  widths: readonly number[];
}

/**
 * Reads a list page by page and writes each page into a one-sheet workbook as it comes, so the sheet's
 * XML and its compression run while IndexedDB reads the page after (see mapPages), and no export holds
 * every row's cells at once. `onPage` sees each page's rows (a national export keeps their ids). Stops with
 * ExportCancelledError when `signal` aborts. Resolves with the workbook's bytes and the rows written.
 */
export async function writePages<R, C>(
  read: ReadExportPage<R, C>,
  head: SheetHead,
  cellsOf: (row: R) => readonly ExportCell[],
  options: { signal: AbortSignal; onProgress: (done: number) => void; chunk?: number },
  onPage?: (rows: readonly R[]) => void,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; rows: number }> {
  const book = new XlsxWriter();
  const sheet = await book.sheet(head.sheetName, head.header, head.widths);
  let rows = 0;
  let cursor: C | null = null;
  do {
    if (options.signal.aborted) throw new ExportCancelledError();
    const page: { rows: R[]; next: C | null } = await read(cursor, options.chunk ?? EXPORT_CHUNK);
    await sheet.addRows(page.rows.map(cellsOf));
    onPage?.(page.rows);
    rows += page.rows.length;
    cursor = page.next;
    options.onProgress(rows);
    await yieldToPage();
  } while (cursor !== null);
  if (options.signal.aborted) throw new ExportCancelledError();
  return { bytes: await book.finish(), rows };
}
