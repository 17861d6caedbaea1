import type { ExportCell } from '@shared/exchange/export-cells';
import { platform } from '../../platform';
import { xlsxBytes } from './xlsx/xlsx-writer';

/** One cell of a sheet; the header row is drawn bold. A Date needs a format (see shared/exchange). */
export type SheetCell = ExportCell;

/** One sheet: a bold, frozen header row, then the rows. */
export interface XlsxSheet {
  sheetName: string;
  header: readonly string[];
  widths: readonly number[];
  rows: readonly SheetCell[][];
}

/** The workbook's bytes, one sheet per table (reports write several). */
export function buildXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  return xlsxBytes(sheets);
}

/**
 * Writes the sheets to an .xlsx file the user names in the save dialog. Resolves true when it was saved,
 * false when the user cancelled.
 */
export async function saveXlsxSheets(fileName: string, sheets: readonly XlsxSheet[]): Promise<boolean> {
  return saveXlsxBytes(fileName, await buildXlsx(sheets));
}

/** A workbook already written (see writePages) to a file the user names; false when they cancelled. */
export async function saveXlsxBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const result = await platform.saveFile({
    suggestedName: `${fileName}.xlsx`,
    content: bytes,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  return result.saved;
}

/** One sheet to an .xlsx file (see saveXlsxSheets). */
export function saveXlsx(sheet: XlsxSheet & { fileName: string }): Promise<boolean> {
  return saveXlsxSheets(sheet.fileName, [sheet]);
}
