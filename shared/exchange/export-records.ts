/** Service records (志愿服务记录) as an exported sheet. */
import type { ServiceRecord } from '../model';
import { dateCell, hoursCell, textCell, timeCell } from './export-cells';
import type { ExportColumn } from './export-columns';

/**
 * Who the records belong to, by volunteer id.
 *
 * @example
 * const l: RecordLookups = { volunteers: new Map([['v1', { volunteerNo: 'ZYZ000001', name: '林晓岚' }]]) };
 */
export interface RecordLookups {
  volunteers: ReadonlyMap<string, { volunteerNo: string; name: string }>;
}

/**
 * Records: 日期, 签到 and 签退 as date and time cells in the center's time, 服务时长 as hours (the
 * credited minutes; empty while a record is still open).
 *
 * @example
 * RECORD_COLUMNS.map((c) => c.header).includes('服务时长（小时）') // => true
 */
export const RECORD_COLUMNS: readonly ExportColumn<ServiceRecord, RecordLookups>[] = [
  { header: '志愿者编号', width: 14, cell: (r, l) => textCell(l.volunteers.get(r.volunteerId)?.volunteerNo) },
  { header: '姓名', width: 10, cell: (r, l) => textCell(l.volunteers.get(r.volunteerId)?.name) },
  { header: '日期', width: 12, cell: (r) => dateCell(r.signInAt) },
  { header: '签到', width: 8, cell: (r) => timeCell(r.signInAt) },
  { header: '签退', width: 8, cell: (r) => timeCell(r.signOutAt) },
  { header: '服务时长（小时）', width: 12, cell: (r) => hoursCell(r.creditedMinutes) },
  { header: '岗位', width: 12, cell: (r) => textCell(r.post) },
  { header: '服务项目', width: 18, cell: (r) => textCell(r.projectName) },
  { header: '地点', width: 14, cell: (r) => textCell(r.place) },
  { header: '服务对象', width: 14, cell: (r) => textCell(r.serviceObject) },
  { header: '服务内容', width: 24, cell: (r) => textCell(r.content) },
  { header: '状态', width: 8, cell: (r) => textCell(r.status) },
  { header: '负责人', width: 10, cell: (r) => textCell(r.leader) },
  { header: '评价', width: 12, cell: (r) => textCell(r.evaluation) },
  { header: '记录人', width: 10, cell: (r) => textCell(r.recorder) },
];
