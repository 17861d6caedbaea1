/** The 服务单 list as an exported sheet (see export-columns for the column shape). */
import type { ServiceOrder } from '../model';
import { dateTimeCell, numberCell, phoneCell, textCell } from './export-cells';
import type { ExportColumn, NameLookups } from './export-columns';

const nameOf = (lookups: NameLookups, id: string | null) =>
  id === null ? '' : (lookups.names.get(id) ?? '（已删除）');

/**
 * The order list: times as date-and-time cells, the rating as a number, the resident's phone masked
 * unless the export is full. `names` maps team ids to team names.
 *
 * @example
 * ORDER_COLUMNS[0]?.header // => '服务单号'
 */
export const ORDER_COLUMNS: readonly ExportColumn<ServiceOrder, NameLookups>[] = [
  { header: '服务单号', width: 15, cell: (o) => textCell(o.number) },
  { header: '点单时间', width: 17, cell: (o) => dateTimeCell(o.orderedAt) },
  { header: '居民', width: 10, cell: (o) => textCell(o.requester) },
  { header: '联系电话', width: 14, cell: (o, _, p) => phoneCell(o.requesterPhone, p) },
  { header: '地址', width: 20, cell: (o) => textCell(o.address) },
  { header: '类别', width: 10, cell: (o) => textCell(o.category) },
  { header: '需求', width: 30, cell: (o) => textCell(o.description) },
  { header: '来源', width: 10, cell: (o) => textCell(o.source) },
  { header: '紧急程度', width: 8, cell: (o) => textCell(o.urgency) },
  { header: '状态', width: 8, cell: (o) => textCell(o.status) },
  { header: '承接队伍', width: 16, cell: (o, l) => textCell(nameOf(l, o.assignee?.teamId ?? null)) },
  { header: '派单时间', width: 17, cell: (o) => dateTimeCell(o.dispatchedAt) },
  { header: '办结期限', width: 17, cell: (o) => dateTimeCell(o.dueAt) },
  { header: '完成时间', width: 17, cell: (o) => dateTimeCell(o.completedAt) },
  { header: '满意度', width: 8, cell: (o) => numberCell(o.rating) },
  { header: '评价', width: 20, cell: (o) => textCell(o.ratingComment) },
];
