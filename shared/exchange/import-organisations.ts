import { organisationSchema } from '../booking/organisation-schema';
import { ORGANISATION_TYPES, type Organisation, type OrganisationType } from '../model/places';
import { cellText } from './import-cells';
import { issueMessages, nameCellText, type ImportKind } from './import-kind';

/**
 * Organisation fields a spreadsheet column can fill.
 *
 * @example
 * ORGANISATION_IMPORT_FIELDS[0] // => 'name'
 */
export const ORGANISATION_IMPORT_FIELDS = ['name', 'type', 'contactName', 'phone', 'notes'] as const;

/**
 * One importable organisation field.
 *
 * @example
 * const f: OrganisationImportField = 'phone';
 */
export type OrganisationImportField = (typeof ORGANISATION_IMPORT_FIELDS)[number];

/**
 * An organisation read from a file, validated by the organisation form's schema (phone normalised).
 *
 * @example
 * const o: ImportedOrganisation = { name: '东街街道', type: '党政机关', contactName: '林晓', phone: '059187654321', notes: '' };
 */
export interface ImportedOrganisation {
  name: string;
  type: OrganisationType;
  contactName: string;
  phone: string;
  notes: string;
}

const ORGANISATION_TYPE_ALIASES: Record<string, OrganisationType> = {
  机关: '党政机关',
  政府机关: '党政机关',
  街道: '党政机关',
  乡镇: '党政机关',
  学校单位: '学校',
  高校: '学校',
  中小学: '学校',
  幼儿园: '学校',
  公司: '企业',
  国企: '企业',
  民营企业: '企业',
  社团: '社会组织',
  协会: '社会组织',
  志愿服务组织: '社会组织',
  村: '社区',
  村委会: '社区',
  居委会: '社区',
  社区居委会: '社区',
  居民: '个人',
};

/**
 * 单位 as an import kind: 单位名称 (the duplicate key), 类型, 联系人, 联系电话 (the form's phone rule), 备注.
 *
 * @example
 * ORGANISATION_IMPORT.labels.phone // => '联系电话'
 */
export const ORGANISATION_IMPORT: ImportKind<OrganisationImportField, ImportedOrganisation> = {
  noun: '单位',
  measure: '家',
  fields: ORGANISATION_IMPORT_FIELDS,
  labels: { name: '单位名称', type: '类型', contactName: '联系人', phone: '联系电话', notes: '备注' },
  aliases: {
    name: ['单位名称', '单位', '名称', '组织名称', '机构名称', '单位全称'],
    type: ['类型', '单位类型', '单位性质', '性质', '类别'],
    contactName: ['联系人', '负责人', '联系人姓名', '对接人'],
    phone: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'],
    notes: ['备注', '说明'],
  },
  required: ['name', 'type', 'contactName', 'phone'],
  readValues(cell) {
    const problems: string[] = [];
    const typeText = cellText(cell('type')).replace(/\s+/g, '');
    const type =
      typeText === ''
        ? null
        : (ORGANISATION_TYPES.find((t) => t === typeText) ?? ORGANISATION_TYPE_ALIASES[typeText] ?? null);
    if (typeText === '') problems.push('类型为空');
    else if (type === null)
      problems.push(`类型“${typeText}”无法识别，应为${ORGANISATION_TYPES.join('、')}之一`);
    const parsed = organisationSchema.safeParse({
      name: nameCellText(cell('name')),
      type: type ?? '社区',
      contactName: cellText(cell('contactName')),
      phone: cellText(cell('phone')),
      notes: cellText(cell('notes')),
    });
    if (!parsed.success) problems.push(...issueMessages(parsed.error.issues));
    if (problems.length > 0 || !parsed.success) return { values: null, problems };
    return { values: parsed.data, problems };
  },
  keyOf: (v) => v.name,
};

/**
 * For a unit already on record: what the file may fill because it is empty there. Never overwrites.
 *
 * @example
 * fillEmptyOrganisationFields({ ...org, notes: '' }, imported) // => { notes: '每月一次' }
 */
export function fillEmptyOrganisationFields(
  current: Organisation,
  v: ImportedOrganisation,
): Partial<Organisation> {
  const patch: Partial<Organisation> = {};
  if (current.contactName === '' && v.contactName !== '') patch.contactName = v.contactName;
  if (current.phone === '' && v.phone !== '') patch.phone = v.phone;
  if (current.notes === '' && v.notes !== '') patch.notes = v.notes;
  return patch;
}
