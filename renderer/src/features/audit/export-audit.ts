import { describeTarget } from '@shared/audit/describe';
import { dateTimeCell, numberCell } from '@shared/exchange/export-cells';
import type { AuditEntry } from '@shared/model';
import type { Repos } from '../../db';
import type { AuditFilter } from '../../db/repos/audit-query';
import { saveXlsx } from '../exchange/save-xlsx';

const EXPORT_PAGE = 1000;

/**
 * The filtered entries as an .xlsx sheet, read page by page through the same key ranges as the screen.
 * Only who, when, what and why: the before/after values (which may hold ID numbers) stay in the desk.
 */
export async function exportAuditXlsx(repos: Repos, filter: AuditFilter, name: string): Promise<boolean> {
  const rows: AuditEntry[] = [];
  let cursor = null;
  do {
    const page: Awaited<ReturnType<Repos['audit']['page']>> = await repos.audit.page(
      filter,
      cursor,
      EXPORT_PAGE,
    );
    rows.push(...page.rows);
    cursor = page.next;
  } while (cursor);
  return saveXlsx({
    fileName: name,
    sheetName: '操作记录',
    header: ['序号', '时间', '操作人', '操作', '对象', '原因'],
    widths: [8, 18, 12, 24, 22, 30],
    rows: rows.map((e) => [
      numberCell(e.seq),
      dateTimeCell(e.at),
      { value: e.actor },
      { value: e.action },
      { value: describeTarget(e) },
      { value: e.reason ?? '' },
    ]),
  });
}
