import * as XLSX from '@e965/xlsx';
import type { RawCell } from '@shared/exchange/import-cells';

/** Larger files take minutes and most of the memory of a front-desk PC; 126,000 volunteers fit easily. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/** The first sheet of a file: its header row, the data rows under it, and where the header sits. */
export interface SheetRows {
  ok: true;
  sheetName: string;
  headers: string[];
  /** Rows under the header, as many cells as the header has (missing ones null). */
  rows: RawCell[][];
  /** The header's row number as Excel shows it (1 for a header in row 1). */
  headerRowNumber: number;
}

/** A file the desk cannot import, with the reason in Chinese. */
export interface SheetRefusal {
  ok: false;
  message: string;
}

const EXTENSIONS = ['xlsx', 'xls', 'csv'] as const;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File (old .xls, and the wrapper Excel puts around a password-protected .xlsx). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** CSV text: UTF-8 when it decodes as such, else GB18030 (what Excel saves as "CSV" on Chinese Windows). */
function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function refusal(message: string): SheetRefusal {
  return { ok: false, message };
}

function isBlank(row: readonly RawCell[] | undefined): boolean {
  return !row || row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

/**
 * Reads the first sheet of an .xlsx, .xls or .csv file. Refuses, with a clear Chinese message, files
 * over {@link MAX_IMPORT_BYTES}, files that are not spreadsheets, password-protected ones, empty
 * sheets, and a header row with merged cells (columns could not be told apart).
 */
export function readSpreadsheet(fileName: string, bytes: Uint8Array): SheetRows | SheetRefusal {
  const ext = EXTENSIONS.find((e) => fileName.toLowerCase().endsWith(`.${e}`));
  if (!ext) return refusal('只能导入 .xlsx、.xls 或 .csv 文件');
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refusal('文件超过 30 MB，请分成几个文件后再导入');
  if (bytes.byteLength === 0) return refusal('文件是空的，没有可导入的内容');
  let book: XLSX.WorkBook;
  try {
    if (ext === 'csv') {
      if (bytes.subarray(0, 4096).includes(0)) return refusal('这不是表格文件，请选择 Excel 或 CSV 文件');
      // raw: text stays text, so 18-digit ID numbers and "2026/3/5" reach the checks as typed.
      book = XLSX.read(csvText(bytes), { type: 'string', raw: true, dense: true });
    } else {
      const known = startsWith(bytes, ZIP) || startsWith(bytes, CFB) || bytes[0] === 0x3c;
      if (!known) return refusal('这不是 Excel 表格文件，请选择 .xlsx、.xls 或 .csv 文件');
      book = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellHTML: false });
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(text)) return refusal('文件已加密，请先在 Excel 中取消密码');
    return refusal('无法读取该文件，它可能已损坏或不是表格文件');
  }
  const sheetName = book.SheetNames[0];
  const sheet = sheetName === undefined ? undefined : book.Sheets[sheetName];
  if (sheetName === undefined || !sheet || !sheet['!ref'])
    return refusal('表格是空的，第一个工作表中没有内容');
  const origin = XLSX.utils.decode_range(sheet['!ref']).s.r;
  const all = XLSX.utils.sheet_to_json<RawCell[]>(sheet, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
  });
  const headerIndex = all.findIndex((r) => !isBlank(r));
  const headerRow = all[headerIndex];
  if (headerIndex < 0 || !headerRow) return refusal('表格是空的，第一个工作表中没有内容');
  const headerRowNumber = origin + headerIndex + 1;
  const merged = (sheet['!merges'] ?? []).find(
    (m) => m.s.r <= headerRowNumber - 1 && m.e.r >= headerRowNumber - 1,
  );
  if (merged)
    return refusal(
      `表头有合并单元格（${XLSX.utils.encode_range(merged)}），请在 Excel 中取消合并，让每列只有一个表头`,
    );
  let width = headerRow.length;
  while (width > 0 && isBlank([headerRow[width - 1] ?? null])) width -= 1;
  const headers = headerRow.slice(0, width).map((c) => (c === null ? '' : String(c).trim()));
  const rows = all.slice(headerIndex + 1).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  while (rows.length > 0 && isBlank(rows.at(-1))) rows.pop();
  if (rows.length === 0) return refusal('表格只有表头，没有数据行');
  return { ok: true, sheetName, headers, rows, headerRowNumber };
}
