import type { ExportCell } from '@shared/exchange/export-cells';
import { CellStyles, packageParts, SharedStrings, SHEET_END, SheetRows, sheetStart } from './sheet-xml';
import { ZipWriter, type ZipEntryWriter } from './zip-writer';

/** A sheet being written: rows go in page by page, straight into the archive. */
export interface XlsxSheetWriter {
  addRows: (rows: readonly (readonly ExportCell[])[]) => Promise<void>;
  /** Rows written so far, the header included. */
  readonly rowCount: number;
}

// A macrotask between pages, so input (取消 among it) and a progress bar get their turn.
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Writes an .xlsx workbook sheet by sheet, rows as they are read, so an export never holds every row's
 * cells at once: a sheet's XML is deflated as it is written, and the strings and styles it shares with
 * the other sheets are written last.
 *
 * @example
 * const book = new XlsxWriter();
 * const sheet = await book.sheet('志愿者名册', ['姓名'], [10]);
 * await sheet.addRows([[{ value: '张三' }]]);
 * const bytes = await book.finish();
 */
export class XlsxWriter {
  private readonly zip = new ZipWriter();
  private readonly strings = new SharedStrings();
  private readonly styles = new CellStyles();
  private readonly names: string[] = [];
  private open: ZipEntryWriter | null = null;

  /** Starts a sheet with its bold, frozen header row (closing the sheet before it). */
  async sheet(name: string, header: readonly string[], widths: readonly number[]): Promise<XlsxSheetWriter> {
    await this.closeSheet();
    this.names.push(name);
    const entry = this.zip.entry(`xl/worksheets/sheet${this.names.length}.xml`);
    this.open = entry;
    const rows = new SheetRows(this.strings, this.styles);
    let count = 0;
    const addRows = async (page: readonly (readonly ExportCell[])[]) => {
      count += page.length;
      await entry.write(rows.toXml(page));
    };
    await entry.write(sheetStart(widths));
    await addRows([header.map((value) => ({ value, fontWeight: 'bold' as const }))]);
    return {
      addRows,
      get rowCount() {
        return count;
      },
    };
  }

  /** The workbook's bytes; the writer is done after this. */
  async finish(): Promise<Uint8Array<ArrayBuffer>> {
    await this.closeSheet();
    for (const [path, xml] of Object.entries(packageParts(this.names))) await this.zip.file(path, xml);
    await this.zip.file('xl/styles.xml', this.styles.toXml());
    await this.zip.file('xl/sharedStrings.xml', this.strings.toXml());
    return this.zip.finish();
  }

  private async closeSheet() {
    if (!this.open) return;
    const entry = this.open;
    this.open = null;
    await entry.write(SHEET_END);
    await entry.close();
  }
}

/** Rows per written page: one page's markup is a few hundred kB. */
const PAGE = 1000;

/** Writes whole sheets already in memory, a page at a time with a yield between pages. */
export async function xlsxBytes(
  sheets: readonly {
    sheetName: string;
    header: readonly string[];
    widths: readonly number[];
    rows: readonly (readonly ExportCell[])[];
  }[],
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new XlsxWriter();
  for (const s of sheets) {
    const sheet = await book.sheet(s.sheetName, s.header, s.widths);
    for (let i = 0; i < s.rows.length; i += PAGE) {
      await sheet.addRows(s.rows.slice(i, i + PAGE));
      if (i + PAGE < s.rows.length) await yieldToPage();
    }
  }
  return book.finish();
}
