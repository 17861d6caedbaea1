/**
 * National exports remembered: each run, and the records it held (in chunks), so the next export offers
 * only what is new or changed since, and a run can be written again. Pure: ids and times come in.
 */
import { dateKey, formatTime } from '../time/center-time';
import type { NationalEntity } from './national-presets';

/**
 * Which rows an export takes: those added or edited since the last run of its kind, or all of them.
 *
 * @example
 * const s: ExportScope = 'changed';
 */
export type ExportScope = 'changed' | 'all';

/**
 * One national export that was saved to a file (the `exportRuns` table).
 *
 * @example
 * const run: ExportRun = { id: 'r1', kind: 'volunteers', presetId: 'p1', presetName: '志愿者信息',
 *   at: 0, rows: 2, scope: 'all', byStaff: '王芳' };
 */
export interface ExportRun {
  id: string;
  kind: NationalEntity;
  presetId: string;
  presetName: string;
  /** When reading began: rows edited while the file was being written count as changed next time. */
  at: number;
  rows: number;
  scope: ExportScope;
  byStaff: string;
}

/**
 * Up to EXPORT_MARK_CHUNK ids a run exported (the `exportMarks` table), `id` = `${exportId}|${n}`.
 *
 * @example
 * const m: ExportMark = { id: 'r1|0000', exportId: 'r1', ids: ['v1', 'v2'] };
 */
export interface ExportMark {
  id: string;
  exportId: string;
  ids: string[];
}

/**
 * Ids per mark row: 126,000 volunteers make 126 rows, so marking costs a fraction of writing the file.
 *
 * @example
 * EXPORT_MARK_CHUNK // => 1000
 */
export const EXPORT_MARK_CHUNK = 1000;

/**
 * The mark rows of a run, in export order; the chunk number is zero-padded so the ids sort as exported.
 *
 * @example
 * exportMarksOf('r1', ['a', 'b', 'c'], 2) // => [{ id: 'r1|0000', exportId: 'r1', ids: ['a', 'b'] }, { id: 'r1|0001', exportId: 'r1', ids: ['c'] }]
 */
export function exportMarksOf(
  exportId: string,
  ids: readonly string[],
  chunk = EXPORT_MARK_CHUNK,
): ExportMark[] {
  const marks: ExportMark[] = [];
  for (let start = 0; start < ids.length; start += chunk)
    marks.push({
      id: `${exportId}|${String(marks.length).padStart(4, '0')}`,
      exportId,
      ids: ids.slice(start, start + chunk),
    });
  return marks;
}

/**
 * When a run was made, as the desk writes it (center time).
 *
 * @example
 * exportRunTime(Date.UTC(2026, 10, 30, 6, 20)) // => '2026-11-30 14:20'
 */
export function exportRunTime(at: number): string {
  return `${dateKey(at)} ${formatTime(at)}`;
}

/**
 * The label of the 'changed' choice, naming the last run of the kind.
 *
 * @example
 * changedScopeLabel({ at: Date.UTC(2026, 10, 30, 6, 20), rows: 1234 }) // => '仅导出新增或变更的（上次导出：2026-11-30 14:20，共 1,234 条）'
 */
export function changedScopeLabel(last: Pick<ExportRun, 'at' | 'rows'>): string {
  return `仅导出新增或变更的（上次导出：${exportRunTime(last.at)}，共 ${last.rows.toLocaleString('zh-CN')} 条）`;
}

/**
 * What the dialog says about the rows the chosen scope will export, before anything is read in full.
 * `count` is null while unknown, `capped` when there are at least that many (counting stopped there).
 *
 * @example
 * scopeCountText('changed', 0, false) // => '上次导出后没有新增或变更的记录'
 * scopeCountText('changed', 5000, true) // => '本次将导出 5,000 条以上'
 */
export function scopeCountText(scope: ExportScope, count: number | null, capped: boolean): string {
  if (count === null) return '';
  if (scope === 'changed' && count === 0) return '上次导出后没有新增或变更的记录';
  return `本次将导出 ${count.toLocaleString('zh-CN')} 条${capped ? '以上' : ''}`;
}

/**
 * A run's kind as the list of past runs names it.
 *
 * @example
 * exportKindLabel('records') // => '服务记录'
 */
export function exportKindLabel(kind: NationalEntity): string {
  return kind === 'volunteers' ? '志愿者信息' : '服务记录';
}
