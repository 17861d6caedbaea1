/**
 * 全国志愿服务信息系统 export presets. The official import templates change and are not public, so the
 * desk keeps named layouts of its own: which fields, in which order, under which header, with which date
 * and duration format. Pure: the screen edits a preset, the exporter turns rows into cells with it.
 */
import type { ServiceRecord, Volunteer } from '../model';
import {
  dateKeyCell,
  excelWallClock,
  idNumberCell,
  numberCell,
  phoneCell,
  textCell,
  type ExportCell,
  type ExportPrivacy,
} from './export-cells';

/**
 * What a preset exports: the roster, or confirmed service records.
 *
 * @example
 * const e: NationalEntity = 'records';
 */
export type NationalEntity = 'volunteers' | 'records';

/**
 * The date formats a preset may use (Excel number formats; the cell stays a real date).
 *
 * @example
 * NATIONAL_DATE_FORMATS[0] // => 'yyyy-mm-dd'
 */
export const NATIONAL_DATE_FORMATS = ['yyyy-mm-dd', 'yyyy/mm/dd', 'yyyymmdd', 'yyyy年m月d日'] as const;
export type NationalDateFormat = (typeof NATIONAL_DATE_FORMATS)[number];

/**
 * How a service duration is written: hours with one or two decimals, or whole minutes.
 *
 * @example
 * NATIONAL_DURATION_FORMATS.map((d) => d.label) // => ['小时（1 位小数）', '小时（2 位小数）', '分钟']
 */
export const NATIONAL_DURATION_FORMATS = [
  { value: 'hours1', label: '小时（1 位小数）' },
  { value: 'hours2', label: '小时（2 位小数）' },
  { value: 'minutes', label: '分钟' },
] as const;
export type NationalDurationFormat = (typeof NATIONAL_DURATION_FORMATS)[number]['value'];

/**
 * One row of a records export: the record and its volunteer (absent if erased).
 *
 * @example
 * const row: NationalRecordRow = { record, volunteer };
 */
export interface NationalRecordRow {
  record: ServiceRecord;
  volunteer: Volunteer | undefined;
}

/** How the cells of a row are formatted. */
interface CellFormat {
  date: NationalDateFormat;
  duration: NationalDurationFormat;
  privacy: ExportPrivacy;
}

interface FieldDef<T> {
  field: string;
  label: string;
  cell: (row: T, f: CellFormat) => ExportCell;
}

const dateOf = (ms: number | null | undefined, f: CellFormat): ExportCell =>
  ms === null || ms === undefined ? { value: undefined } : { value: excelWallClock(ms), format: f.date };
const keyDate = (key: string | null, f: CellFormat): ExportCell => {
  const cell = dateKeyCell(key);
  return cell.value instanceof Date ? { ...cell, format: f.date } : cell;
};
const timeOf = (ms: number | null | undefined): ExportCell =>
  ms === null || ms === undefined ? { value: undefined } : { value: excelWallClock(ms), format: 'hh:mm' };

/**
 * Minutes in the preset's duration format: a number cell, never text.
 *
 * @example
 * durationCell(100, 'hours1') // => { value: 1.7, format: '0.0' }
 * durationCell(100, 'hours2') // => { value: 1.67, format: '0.00' }
 * durationCell(100, 'minutes') // => { value: 100, format: '0' }
 */
export function durationCell(minutes: number | null, format: NationalDurationFormat): ExportCell {
  if (minutes === null) return { value: undefined };
  if (format === 'minutes') return numberCell(Math.round(minutes), '0');
  const places = format === 'hours1' ? 1 : 2;
  const factor = 10 ** places;
  return numberCell(Math.round((minutes / 60) * factor) / factor, places === 1 ? '0.0' : '0.00');
}

const VOLUNTEER_FIELDS: readonly FieldDef<Volunteer>[] = [
  { field: 'volunteerNo', label: '志愿者编号', cell: (v) => textCell(v.volunteerNo) },
  { field: 'name', label: '姓名', cell: (v) => textCell(v.name) },
  { field: 'gender', label: '性别', cell: (v) => textCell(v.gender) },
  { field: 'idType', label: '证件类型', cell: (v) => textCell(v.idType) },
  { field: 'idNumber', label: '证件号码', cell: (v, f) => idNumberCell(v.idNumber, f.privacy) },
  { field: 'birthDate', label: '出生日期', cell: (v, f) => keyDate(v.birthDate, f) },
  { field: 'phone', label: '手机号', cell: (v, f) => phoneCell(v.phone, f.privacy) },
  { field: 'politicalStatus', label: '政治面貌', cell: (v) => textCell(v.politicalStatus) },
  { field: 'registeredAt', label: '注册日期', cell: (v, f) => dateOf(v.createdAt, f) },
  { field: 'skills', label: '技能特长', cell: (v) => textCell(v.skills.join('、')) },
  { field: 'workUnit', label: '工作单位', cell: (v) => textCell(v.workUnit) },
  { field: 'address', label: '居住地址', cell: (v) => textCell(v.address) },
];

const RECORD_FIELDS: readonly FieldDef<NationalRecordRow>[] = [
  { field: 'volunteerNo', label: '志愿者编号', cell: (r) => textCell(r.volunteer?.volunteerNo) },
  { field: 'name', label: '姓名', cell: (r) => textCell(r.volunteer?.name) },
  {
    field: 'idNumber',
    label: '证件号码',
    cell: (r, f) => idNumberCell(r.volunteer?.idNumber, f.privacy),
  },
  { field: 'phone', label: '手机号', cell: (r, f) => phoneCell(r.volunteer?.phone, f.privacy) },
  { field: 'date', label: '服务日期', cell: (r, f) => dateOf(r.record.signInAt, f) },
  { field: 'signIn', label: '开始时间', cell: (r) => timeOf(r.record.signInAt) },
  { field: 'signOut', label: '结束时间', cell: (r) => timeOf(r.record.signOutAt) },
  {
    field: 'duration',
    label: '服务时长',
    cell: (r, f) => durationCell(r.record.creditedMinutes, f.duration),
  },
  { field: 'projectName', label: '服务项目', cell: (r) => textCell(r.record.projectName) },
  { field: 'post', label: '服务岗位', cell: (r) => textCell(r.record.post) },
  { field: 'place', label: '服务地点', cell: (r) => textCell(r.record.place) },
  { field: 'content', label: '服务内容', cell: (r) => textCell(r.record.content) },
  { field: 'serviceObject', label: '服务对象', cell: (r) => textCell(r.record.serviceObject) },
  { field: 'leader', label: '负责人', cell: (r) => textCell(r.record.leader) },
];

/**
 * The fields a preset of each entity may pick from, with their default header names.
 *
 * @example
 * NATIONAL_FIELDS.records.find((f) => f.field === 'duration')?.label // => '服务时长'
 */
export const NATIONAL_FIELDS: Readonly<Record<NationalEntity, readonly { field: string; label: string }[]>> =
  {
    volunteers: VOLUNTEER_FIELDS.map(({ field, label }) => ({ field, label })),
    records: RECORD_FIELDS.map(({ field, label }) => ({ field, label })),
  };

/**
 * One column of a preset: a field and the header it goes out under.
 *
 * @example
 * const c: NationalColumn = { field: 'idNumber', header: '身份证号码' };
 */
export interface NationalColumn {
  field: string;
  header: string;
}

/**
 * A saved layout for the national system (stored in the `nationalPresets` setting).
 *
 * @example
 * const p: NationalPreset = defaultNationalPreset('records', 'p-1');
 */
export interface NationalPreset {
  id: string;
  name: string;
  entity: NationalEntity;
  columns: NationalColumn[];
  dateFormat: NationalDateFormat;
  duration: NationalDurationFormat;
}

/**
 * A new preset with every field of the entity under its default header.
 *
 * @example
 * defaultNationalPreset('volunteers', 'p-1').columns[0] // => { field: 'volunteerNo', header: '志愿者编号' }
 */
export function defaultNationalPreset(entity: NationalEntity, id: string): NationalPreset {
  return {
    id,
    name: entity === 'volunteers' ? '志愿者信息' : '服务记录',
    entity,
    columns: NATIONAL_FIELDS[entity].map(({ field, label }) => ({ field, header: label })),
    dateFormat: 'yyyy-mm-dd',
    duration: 'hours2',
  };
}

/**
 * Moves a column one place up (-1) or down (+1); a move past either end leaves the list as it is.
 *
 * @example
 * moveColumn([{ field: 'a', header: 'A' }, { field: 'b', header: 'B' }], 1, -1).map((c) => c.field) // => ['b', 'a']
 */
export function moveColumn(
  columns: readonly NationalColumn[],
  index: number,
  delta: -1 | 1,
): NationalColumn[] {
  const to = index + delta;
  const next = [...columns];
  const [moved] = next.splice(index, 1);
  if (!moved || to < 0 || to > columns.length - 1) return [...columns];
  next.splice(to, 0, moved);
  return next;
}

/**
 * What is wrong with a preset, per field, in Chinese; empty when it can be saved.
 *
 * @example
 * nationalPresetProblems({ ...defaultNationalPreset('records', 'p'), name: ' ' }) // => { name: '请填写方案名称' }
 */
export function nationalPresetProblems(
  preset: NationalPreset,
  others: readonly NationalPreset[] = [],
): Partial<Record<'name' | 'columns', string>> {
  const problems: Partial<Record<'name' | 'columns', string>> = {};
  const name = preset.name.trim();
  if (!name) problems.name = '请填写方案名称';
  else if (others.some((p) => p.id !== preset.id && p.name.trim() === name))
    problems.name = `已有名为“${name}”的方案，请换一个名称`;
  const known = new Set(NATIONAL_FIELDS[preset.entity].map((f) => f.field));
  const headers = preset.columns.map((c) => c.header.trim());
  if (preset.columns.length === 0) problems.columns = '请至少保留一列';
  else if (preset.columns.some((c) => !known.has(c.field)))
    problems.columns = '有的列不属于这类数据，请删除后重新添加';
  else if (headers.some((h) => !h)) problems.columns = '每一列都需要表头名称';
  else if (new Set(headers).size !== headers.length) problems.columns = '表头名称不能重复';
  return problems;
}

/**
 * Whether a preset writes ID numbers or phones (so the export offers the admin's full-number choice).
 *
 * @example
 * presetHasPersonalNumbers(defaultNationalPreset('volunteers', 'p')) // => true
 */
export function presetHasPersonalNumbers(preset: NationalPreset): boolean {
  return preset.columns.some((c) => c.field === 'idNumber' || c.field === 'phone');
}

function sheetWith<T>(
  defs: readonly FieldDef<T>[],
  preset: NationalPreset,
  rows: readonly T[],
  privacy: ExportPrivacy,
): { header: string[]; widths: number[]; rows: ExportCell[][] } {
  const byField = new Map(defs.map((d) => [d.field, d]));
  const picked = preset.columns.flatMap((c) => {
    const def = byField.get(c.field);
    return def ? [{ header: c.header, def }] : [];
  });
  const format: CellFormat = { date: preset.dateFormat, duration: preset.duration, privacy };
  return {
    header: picked.map((p) => p.header),
    widths: picked.map((p) => Math.max(10, Array.from(p.header).length * 2 + 2)),
    rows: rows.map((row) => picked.map((p) => p.def.cell(row, format))),
  };
}

/**
 * The roster as a preset lays it out: its headers in its order, dates and durations in its formats.
 *
 * @example
 * nationalVolunteerSheet(preset, volunteers, 'masked').header // => preset.columns.map((c) => c.header)
 */
export function nationalVolunteerSheet(
  preset: NationalPreset,
  rows: readonly Volunteer[],
  privacy: ExportPrivacy,
): { header: string[]; widths: number[]; rows: ExportCell[][] } {
  return sheetWith(VOLUNTEER_FIELDS, preset, rows, privacy);
}

/**
 * Confirmed records as a preset lays them out (the caller passes only 已确认 records).
 *
 * @example
 * nationalRecordSheet(preset, [{ record, volunteer }], 'masked').rows.length // => 1
 */
export function nationalRecordSheet(
  preset: NationalPreset,
  rows: readonly NationalRecordRow[],
  privacy: ExportPrivacy,
): { header: string[]; widths: number[]; rows: ExportCell[][] } {
  return sheetWith(RECORD_FIELDS, preset, rows, privacy);
}
