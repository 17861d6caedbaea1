import writeXlsxFile from 'write-excel-file/browser';
import { platform } from '../../platform';
import type { SheetCell } from './save-xlsx';

/** One sheet of a workbook: a bold, frozen header row, then the rows (numbers stay numbers). */
export interface BookSheet {
  sheetName: string;
  header: readonly string[];
  widths: readonly number[];
  rows: readonly SheetCell[][];
}

/** The .xlsx bytes of several sheets, one per table; kept apart from saving so tests can read them back. */
export async function xlsxBookBytes(sheets: readonly BookSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const blob = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.sheetName,
      data: [s.header.map((value) => ({ value, fontWeight: 'bold' as const })), ...s.rows],
      columns: s.widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Writes a workbook of several sheets to an .xlsx file the user names in the save dialog. Resolves
 * true when it was saved, false when the user cancelled.
 */
export async function saveXlsxBook(book: {
  fileName: string;
  sheets: readonly BookSheet[];
}): Promise<boolean> {
  const result = await platform.saveFile({
    suggestedName: `${book.fileName}.xlsx`,
    content: await xlsxBookBytes(book.sheets),
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  return result.saved;
}
