import { sheetOf, type ExportColumn } from '@shared/exchange/export-columns';
import type { ExportPrivacy } from '@shared/exchange/export-cells';
import { saveXlsxBytes } from '../save-xlsx';
import { mapPages, type ReadExportPage } from './collect-rows';
import { writePages } from './write-pages';

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
  const head = { sheetName: spec.list, ...sheetOf(spec.columns, [], lookups, privacy) };
  const written = await writePages(mapPages(spec.read, toCells), head, (cells) => cells, options);
  await options.beforeSave(written.rows);
  const saved = await saveXlsxBytes(spec.fileName, written.bytes);
  return { rows: written.rows, saved };
}
