import { toHalfWidth } from '../text/half-width';

/**
 * Volunteer fields a spreadsheet column can fill, in the order the mapping step lists them.
 *
 * @example
 * IMPORT_FIELDS.includes('idNumber') // => true
 */
export const IMPORT_FIELDS = [
  'name',
  'gender',
  'idType',
  'idNumber',
  'phone',
  'birthDate',
  'politicalStatus',
  'team',
  'registeredOn',
  'volunteerNo',
  'address',
  'workUnit',
  'skills',
  'notes',
] as const;

/**
 * One importable volunteer field.
 *
 * @example
 * const f: ImportField = 'phone';
 */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * The Chinese name of each field, as the mapping step and the report show it.
 *
 * @example
 * IMPORT_FIELD_LABELS.idNumber // => '证件号码'
 */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: '姓名',
  gender: '性别',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '手机号码',
  birthDate: '出生日期',
  politicalStatus: '政治面貌',
  team: '所属队伍',
  registeredOn: '注册时间',
  volunteerNo: '志愿者编号',
  address: '社区/住址',
  workUnit: '工作单位或学校',
  skills: '特长',
  notes: '备注',
};

/**
 * Fields without which a row cannot become a volunteer: the mapping step refuses to go on without them.
 *
 * @example
 * REQUIRED_IMPORT_FIELDS // => ['name', 'idNumber']
 */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'idNumber'];

/** Header spellings seen in the rolls centers keep, after {@link normaliseHeader}. */
const ALIASES: Record<ImportField, readonly string[]> = {
  name: ['姓名', '志愿者姓名', '名字', '真实姓名'],
  gender: ['性别'],
  idType: ['证件类型', '证件类别', '证件种类'],
  idNumber: ['身份证号', '身份证号码', '身份证', '证件号码', '证件号', '公民身份号码', '身份证件号码'],
  phone: ['手机号', '手机号码', '联系电话', '电话', '手机', '联系方式', '电话号码'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日'],
  politicalStatus: ['政治面貌'],
  team: ['所属队伍', '队伍', '志愿服务队', '所属服务队', '服务队', '所在队伍'],
  registeredOn: ['注册时间', '注册日期', '登记时间', '登记日期', '加入时间'],
  volunteerNo: ['志愿者编号', '编号', '志愿者号'],
  address: ['社区/住址', '住址', '地址', '家庭住址', '居住地址', '所在社区', '社区'],
  workUnit: ['工作单位', '工作单位或学校', '单位', '学校', '工作单位/学校'],
  skills: ['特长', '专业特长', '技能'],
  notes: ['备注', '说明'],
};

/**
 * The columns one kind of import understands: its fields in order, their Chinese labels, the header
 * spellings (after {@link normaliseHeader}) recognised for each, and the fields no row can do without.
 * Volunteers, rooms and organisations each have one; the mapping step and its checks take any.
 *
 * @example
 * const rooms: ImportHeaders<'name'> = { fields: ['name'], labels: { name: '名称' }, aliases: { name: ['名称'] }, required: ['name'] };
 */
export interface ImportHeaders<F extends string> {
  fields: readonly F[];
  labels: Readonly<Record<F, string>>;
  aliases: Readonly<Record<F, readonly string[]>>;
  required: readonly F[];
}

/**
 * The volunteer import's columns.
 *
 * @example
 * VOLUNTEER_IMPORT_HEADERS.required // => ['name', 'idNumber']
 */
export const VOLUNTEER_IMPORT_HEADERS: ImportHeaders<ImportField> = {
  fields: IMPORT_FIELDS,
  labels: IMPORT_FIELD_LABELS,
  aliases: ALIASES,
  required: REQUIRED_IMPORT_FIELDS,
};

/**
 * A header cell as compared: half-width, no spaces, without required-field marks (`*`, `（必填）`).
 *
 * @example
 * normaliseHeader(' *身份证号（必填） ') // => '身份证号'
 */
export function normaliseHeader(raw: string): string {
  return toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\((必填|选填|可选)\)$/, '');
}

/**
 * The field a header names for one kind of import, or null.
 *
 * @example
 * headerField(VOLUNTEER_IMPORT_HEADERS, '公民身份号码') // => 'idNumber'
 */
export function headerField<F extends string>(kind: ImportHeaders<F>, raw: string): F | null {
  const key = normaliseHeader(raw);
  return kind.fields.find((f) => kind.aliases[f].includes(key)) ?? null;
}

/**
 * The volunteer field a header names, or null when it is not one the desk knows.
 *
 * @example
 * fieldForHeader('公民身份号码') // => 'idNumber'
 * fieldForHeader('鞋码') // => null
 */
export function fieldForHeader(raw: string): ImportField | null {
  return headerField(VOLUNTEER_IMPORT_HEADERS, raw);
}

/**
 * Column mapping as remembered between imports: header text (normalised) → field, '' for "do not import".
 *
 * @example
 * const saved: RememberedMapping = { 身份证: 'idNumber', 鞋码: '' };
 */
export type RememberedMapping = Record<string, ImportField | ''>;

/**
 * One kind's detected mapping, one field (or null) per column. A remembered choice for the same header
 * wins over recognition (a remembered field the kind does not have counts as none); a field goes to its
 * first column only.
 *
 * @example
 * detectColumns(VOLUNTEER_IMPORT_HEADERS, ['姓名', '鞋码'], { 鞋码: '' }) // => ['name', null]
 */
export function detectColumns<F extends string>(
  kind: ImportHeaders<F>,
  headers: readonly string[],
  remembered: Readonly<Record<string, string>> = {},
): (F | null)[] {
  const taken = new Set<F>();
  return headers.map((h) => {
    const key = normaliseHeader(h);
    const saved = Object.hasOwn(remembered, key) ? remembered[key] : undefined;
    const field = saved === undefined ? headerField(kind, h) : (kind.fields.find((f) => f === saved) ?? null);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * The detected volunteer mapping: one field (or null) per column, and the headers left unmapped.
 *
 * @example
 * detectMapping(['姓名', '身份证号', '鞋码'])
 * // => { columns: ['name', 'idNumber', null], unmapped: ['鞋码'] }
 */
export function detectMapping(
  headers: readonly string[],
  remembered: RememberedMapping = {},
): { columns: (ImportField | null)[]; unmapped: string[] } {
  const columns = detectColumns(VOLUNTEER_IMPORT_HEADERS, headers, remembered);
  const unmapped = headers.filter((h, i) => columns[i] === null && normaliseHeader(h) !== '');
  return { columns, unmapped };
}

/**
 * What is wrong with one kind's mapping, in Chinese: a required field missing or a field given to two
 * columns.
 *
 * @example
 * columnProblems(VOLUNTEER_IMPORT_HEADERS, ['name', 'name']) // => ['请指定哪一列是证件号码', '“姓名”只能对应一列']
 */
export function columnProblems<F extends string>(
  kind: ImportHeaders<F>,
  columns: readonly (F | null)[],
): string[] {
  const problems = kind.required
    .filter((f) => !columns.includes(f))
    .map((f) => `请指定哪一列是${kind.labels[f]}`);
  const seen = new Set<F>();
  for (const f of columns) {
    if (f === null) continue;
    if (seen.has(f)) problems.push(`“${kind.labels[f]}”只能对应一列`);
    seen.add(f);
  }
  return problems;
}

/**
 * What is wrong with a volunteer mapping, in Chinese.
 *
 * @example
 * mappingProblems(['name', null]) // => ['请指定哪一列是证件号码']
 */
export function mappingProblems(columns: readonly (ImportField | null)[]): string[] {
  return columnProblems(VOLUNTEER_IMPORT_HEADERS, columns);
}

/**
 * The mapping to remember: every header (normalised) with its chosen field ('' when not imported).
 *
 * @example
 * rememberMapping(['身份证', '鞋码'], ['idNumber', null]) // => { 身份证: 'idNumber', 鞋码: '' }
 */
export function rememberMapping<F extends string>(
  headers: readonly string[],
  columns: readonly (F | null)[],
): Record<string, F | ''> {
  const out: Record<string, F | ''> = {};
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key !== '') out[key] = columns[i] ?? '';
  });
  return out;
}
