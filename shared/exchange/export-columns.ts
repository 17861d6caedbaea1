/**
 * What each exported list writes: one column per header, each a pure function from a row (and the names
 * it refers to) to a cell. The screens and the exporter share these, so a list exports what it shows.
 */
import type { Activity, Volunteer } from '../model';
import {
  dateCell,
  dateKeyCell,
  dateTimeCell,
  hoursCell,
  idNumberCell,
  numberCell,
  phoneCell,
  textCell,
  timeCell,
  type ExportCell,
  type ExportPrivacy,
} from './export-cells';

/**
 * One column of an exported list.
 *
 * @example
 * const col: ExportColumn<Volunteer, NameLookups> = { header: '姓名', width: 10, cell: (v) => textCell(v.name) };
 */
export interface ExportColumn<T, L> {
  header: string;
  /** Column width in characters. */
  width: number;
  cell: (row: T, lookups: L, privacy: ExportPrivacy) => ExportCell;
}

/**
 * Names the lists refer to by id (teams, projects, 所/站).
 *
 * @example
 * const lookups: NameLookups = { names: new Map([['t1', '青年志愿服务队']]) };
 */
export interface NameLookups {
  names: ReadonlyMap<string, string>;
}

/**
 * The sheet of a list: headers, widths, and each row's cells, in column order.
 *
 * @example
 * const sheet = sheetOf(VOLUNTEER_COLUMNS, volunteers, { names: new Map() }, 'masked');
 * sheet.header[0] // => '志愿者编号'
 */
export function sheetOf<T, L>(
  columns: readonly ExportColumn<T, L>[],
  rows: readonly T[],
  lookups: L,
  privacy: ExportPrivacy,
): { header: string[]; widths: number[]; rows: ExportCell[][] } {
  return {
    header: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    rows: rows.map((row) => columns.map((c) => c.cell(row, lookups, privacy))),
  };
}

/**
 * Whether a list's columns hold ID numbers or phones, so the export offers the admin's full-number choice.
 *
 * @example
 * hasPersonalNumbers(VOLUNTEER_COLUMNS) // => true
 * hasPersonalNumbers(ACTIVITY_COLUMNS) // => false
 */
export function hasPersonalNumbers(columns: readonly { header: string }[]): boolean {
  return columns.some((c) => PERSONAL_HEADERS.has(c.header));
}

const PERSONAL_HEADERS = new Set(['证件号码', '手机号', '紧急联系人电话', '联系电话']);

const nameOf = (lookups: NameLookups, id: string | null, none = '') =>
  id === null ? none : (lookups.names.get(id) ?? '（已删除）');

/**
 * The volunteer roster: the volunteer number stays text (leading zeros), dates are date cells.
 *
 * @example
 * VOLUNTEER_COLUMNS.map((c) => c.header).includes('证件号码') // => true
 */
export const VOLUNTEER_COLUMNS: readonly ExportColumn<Volunteer, NameLookups>[] = [
  { header: '志愿者编号', width: 14, cell: (v) => textCell(v.volunteerNo) },
  { header: '姓名', width: 10, cell: (v) => textCell(v.name) },
  { header: '性别', width: 6, cell: (v) => textCell(v.gender) },
  { header: '出生日期', width: 12, cell: (v) => dateKeyCell(v.birthDate) },
  { header: '证件类型', width: 12, cell: (v) => textCell(v.idType) },
  { header: '证件号码', width: 22, cell: (v, _, p) => idNumberCell(v.idNumber, p) },
  { header: '手机号', width: 14, cell: (v, _, p) => phoneCell(v.phone, p) },
  { header: '政治面貌', width: 12, cell: (v) => textCell(v.politicalStatus) },
  {
    header: '所属队伍',
    width: 24,
    cell: (v, l) => textCell(v.teamIds.map((id) => nameOf(l, id)).join('、')),
  },
  { header: '技能特长', width: 20, cell: (v) => textCell(v.skills.join('、')) },
  { header: '工作单位', width: 20, cell: (v) => textCell(v.workUnit) },
  { header: '注册时间', width: 17, cell: (v) => dateTimeCell(v.createdAt) },
];

/**
 * The activities list: date, start and end as date and time cells, 时长 and 人次 as numbers.
 *
 * @example
 * ACTIVITY_COLUMNS[1]?.header // => '日期'
 */
export const ACTIVITY_COLUMNS: readonly ExportColumn<Activity, NameLookups>[] = [
  { header: '活动名称', width: 30, cell: (a) => textCell(a.title) },
  { header: '日期', width: 12, cell: (a) => dateCell(a.start) },
  { header: '开始', width: 8, cell: (a) => timeCell(a.start) },
  { header: '结束', width: 8, cell: (a) => timeCell(a.end) },
  { header: '时长（小时）', width: 10, cell: (a) => hoursCell((a.end - a.start) / 60_000) },
  { header: '类别', width: 10, cell: (a) => textCell(a.category) },
  { header: '地点', width: 16, cell: (a) => textCell(a.place) },
  { header: '所/站', width: 14, cell: (a, l) => textCell(nameOf(l, a.stationId, '本中心')) },
  { header: '服务项目', width: 16, cell: (a, l) => textCell(nameOf(l, a.projectId)) },
  { header: '组织单位', width: 20, cell: (a) => textCell(a.organiser) },
  { header: '服务对象', width: 14, cell: (a) => textCell(a.serviceObject) },
  { header: '参与人次', width: 10, cell: (a) => numberCell(a.participants) },
  { header: '受益人次', width: 10, cell: (a) => numberCell(a.beneficiaries) },
  { header: '志愿者人次', width: 10, cell: (a) => numberCell(a.volunteerCount) },
  { header: '负责人', width: 10, cell: (a) => textCell(a.leader) },
];
