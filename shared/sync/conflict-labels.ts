import { dateKey, formatTime } from '../time/center-time';
import { VOLUNTEER_FIELD_LABELS } from '../volunteers/editing';
import type { SyncedTable } from './tables';

/**
 * Each synced table in staff's words, for 同步冲突 .
 *
 * @example
 * SYNCED_TABLE_NAMES.serviceRecords // => '服务记录'
 */
export const SYNCED_TABLE_NAMES: Readonly<Record<SyncedTable, string>> = {
  rooms: '场地',
  closures: '闭馆安排',
  organisations: '预约单位',
  bookingSeries: '重复预约',
  bookings: '预约',
  volunteers: '志愿者',
  teams: '志愿服务队',
  serviceRecords: '服务记录',
  activities: '活动记录',
  serviceOrders: '服务单',
  documents: '证书与感谢信',
  templates: '文书模板',
  assets: '资产',
  projects: '服务项目',
  photos: '活动照片',
  honours: '评选表彰',
  dutyPosts: '排班岗位',
  schoolTerms: '学期',
  rosterPatterns: '重复排班',
  rosterEntries: '岗位排班',
};

const SERVICE_RECORD_FIELDS: Readonly<Record<string, string>> = {
  volunteerId: '志愿者',
  activityId: '活动',
  bookingId: '预约',
  post: '岗位',
  projectName: '服务项目',
  place: '服务地点',
  serviceObject: '服务对象',
  content: '服务内容',
  signInAt: '签到时间',
  signOutAt: '签退时间',
  creditedMinutes: '计入时长',
  rules: '时长规则',
  evaluation: '服务评价',
  leader: '负责人',
  recorder: '记录人',
  status: '状态',
  flaggedForReview: '待复核',
  manualReason: '手工补录原因',
  orderId: '服务单',
};

/** Fields every table has, named alike. */
const COMMON_FIELDS: Readonly<Record<string, string>> = {
  name: '名称',
  title: '标题',
  notes: '备注',
  status: '状态',
  deletedAt: '删除时间',
};

const FIELDS: Partial<Record<SyncedTable, Readonly<Record<string, string>>>> = {
  volunteers: VOLUNTEER_FIELD_LABELS,
  serviceRecords: SERVICE_RECORD_FIELDS,
};

/** Bookkeeping that differs between any two versions and says nothing to staff. */
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'deskId', 'searchKeys']);

/**
 * A field's label in staff's words: the table's own label, a common one, else 其他项（name） so a field
 * never shows as a bare English key.
 *
 * @example
 * fieldLabel('serviceRecords', 'creditedMinutes') // => '计入时长'
 * fieldLabel('rooms', 'capacity') // => '其他项'
 */
export function fieldLabel(table: SyncedTable, field: string): string {
  return FIELDS[table]?.[field] ?? COMMON_FIELDS[field] ?? '其他项';
}

/**
 * The fields whose values differ between the versions (bookkeeping left out), in a stable order.
 *
 * @example
 * differingFields([{ id: 'r1', name: '甲' }, { id: 'r1', name: '乙' }]) // => ['name']
 */
export function differingFields(values: readonly unknown[]): string[] {
  const rows = values.map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}));
  const fields = new Set(rows.flatMap((r) => Object.keys(r)));
  const differs = (f: string) => new Set(rows.map((r) => JSON.stringify(r[f] ?? null))).size > 1;
  return [...fields].filter((f) => !HIDDEN.has(f) && differs(f)).sort();
}

/**
 * What the record is called, for a conflict's heading: a volunteer's or room's name, a booking's title,
 * a service record's project; empty when the row holds none of them.
 *
 * @example
 * recordName({ name: '张三' }) // => '张三'
 * recordName({ title: '读书会' }) // => '读书会'
 */
export function recordName(row: unknown): string {
  if (typeof row !== 'object' || row === null) return '';
  const r = row as Record<string, unknown>;
  const named = [r['name'], r['title'], r['projectName'], r['number']].find(
    (v) => typeof v === 'string' && v !== '',
  );
  return typeof named === 'string' ? named : '';
}

const TIME_FIELD = /At$/;

/**
 * A field's value as staff read it: times in China time, minutes as hours, yes/no, lists joined; an
 * absent value reads 空.
 *
 * @example
 * fieldValue('creditedMinutes', 90) // => '1 小时 30 分'
 * fieldValue('signInAt', Date.UTC(2026, 10, 20, 1)) // => '2026-11-20 09:00'
 * fieldValue('skills', ['摄影', '讲解']) // => '摄影、讲解'
 * fieldValue('guardian', { name: '李四', phone: '139' }) // => '李四，139'
 */
export function fieldValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '空';
  if (typeof value === 'number' && TIME_FIELD.test(field)) return `${dateKey(value)} ${formatTime(value)}`;
  if (typeof value === 'number' && field === 'creditedMinutes') {
    const [hours, minutes] = [Math.floor(value / 60), value % 60];
    return hours > 0 ? `${hours} 小时${minutes > 0 ? ` ${minutes} 分` : ''}` : `${minutes} 分`;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length === 0 ? '空' : value.map((v) => fieldValue('', v)).join('、');
  // Nested records (a guardian, a consent) show their values only: their keys are English.
  if (typeof value === 'object')
    return Object.values(value)
      .map((v) => fieldValue('', v))
      .join('，');
  return String(value);
}
