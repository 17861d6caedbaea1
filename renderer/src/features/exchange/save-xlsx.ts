import writeXlsxFile from 'write-excel-file/browser';
import { platform } from '../../platform';

/** One cell of a sheet; the header row is drawn bold. */
export interface SheetCell {
  value?: string | number | Date | undefined;
  fontWeight?: 'bold';
  /** Excel number format; a Date needs one (e.g. 'yyyy-mm-dd', 'hh:mm'). */
  format?: string;
}

/**
 * Writes one sheet (a bold, frozen header row, then the rows) to an .xlsx file the user names in the
 * save dialog. Resolves true when it was saved, false when the user cancelled.
 */
export async function saveXlsx(sheet: {
  fileName: string;
  sheetName: string;
  header: readonly string[];
  widths: readonly number[];
  rows: readonly SheetCell[][];
}): Promise<boolean> {
  const data = [sheet.header.map((value) => ({ value, fontWeight: 'bold' as const })), ...sheet.rows];
  const blob = await writeXlsxFile(data, {
    sheet: sheet.sheetName,
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBlob();
  const result = await platform.saveFile({
    suggestedName: `${sheet.fileName}.xlsx`,
    content: new Uint8Array(await blob.arrayBuffer()),
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  return result.saved;
}
