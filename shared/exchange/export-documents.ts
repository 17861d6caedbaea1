/** The document register (证书与感谢信台账) as an exported sheet. */
import type { IssuedDocument } from '../model';
import { dateCell, dateTimeCell, numberCell, textCell } from './export-cells';
import type { ExportColumn } from './export-columns';

/**
 * The register: the number stays text, the issue time is a real date cell, 打印次数 a number. The
 * frozen contents (which may hold ID numbers) stay in the desk.
 *
 * @example
 * DOCUMENT_COLUMNS[0]?.header // => '编号'
 */
export const DOCUMENT_COLUMNS: readonly ExportColumn<IssuedDocument, unknown>[] = [
  { header: '编号', width: 16, cell: (d) => textCell(d.number) },
  { header: '文书类别', width: 16, cell: (d) => textCell(d.kind) },
  { header: '接收人', width: 20, cell: (d) => textCell(d.recipientName) },
  { header: '开具日期', width: 12, cell: (d) => dateCell(d.issuedAt) },
  { header: '开具时间', width: 17, cell: (d) => dateTimeCell(d.issuedAt) },
  { header: '开具人', width: 10, cell: (d) => textCell(d.issuedBy) },
  { header: '打印次数', width: 8, cell: (d) => numberCell(d.printCount) },
  { header: '状态', width: 8, cell: (d) => textCell(d.status) },
  { header: '作废原因', width: 24, cell: (d) => textCell(d.voidReason) },
];
