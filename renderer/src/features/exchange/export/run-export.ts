import { sheetOf, type ExportColumn } from '@shared/exchange/export-columns';
import type { ExportPrivacy } from '@shared/exchange/export-cells';
import { saveXlsxSheets } from '../save-xlsx';
import { collectRows, ExportCancelledError, mapPages, type ReadExportPage } from './collect-rows';

/** A list export: what to read, which columns to write, the names ids refer to. */
export interface ListExport<T, C, L> {
  /** The sheet's name and the list's name in the audit log (志愿者名册, 活动记录…). */
  list: string;
  fileName: string;
  columns: readonly ExportColumn<T, L>[];
  read: ReadExportPage<T, C>;
  lookups: () => Promise<L>;
}

/**
 * Reads, writes and offers the file. `beforeSave` runs once the rows are in (the audit entry of a full
 * export is written there, before any number leaves the desk). Resolves with the number of rows.
 */
export async function runListExport<T, C, L>(
  spec: ListExport<T, C, L>,
  privacy: ExportPrivacy,
  options: {
    signal: AbortSignal;
    onProgress: (done: number) => void;
    beforeSave: (rows: number) => Promise<void>;
  },
): Promise<{ rows: number; saved: boolean }> {
  const lookups = await spec.lookups();
  const toCells = (page: readonly T[]) => sheetOf(spec.columns, page, lookups, privacy).rows;
  const rows = await collectRows(mapPages(spec.read, toCells), options);
  const sheet = { ...sheetOf(spec.columns, [], lookups, privacy), rows };
  if (options.signal.aborted) throw new ExportCancelledError();
  await options.beforeSave(rows.length);
  const saved = await saveXlsxSheets(spec.fileName, [{ sheetName: spec.list, ...sheet }]);
  return { rows: rows.length, saved };
}
