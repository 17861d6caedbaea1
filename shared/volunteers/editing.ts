import type { BaseRecord } from '../model/base';
import type { Guardian, Volunteer } from '../model/people';
import { maskIdNumber, maskPhone } from '../privacy/mask';
import type { RegistrationInput } from './registration';

/**
 * The fields of a volunteer that staff may change after registration (not the number, the search
 * keys, or the merge link, which the repository owns).
 *
 * @example
 * const patch: Partial<EditableVolunteer> = { phone: '13912345678' };
 */
export type EditableVolunteer = Omit<
  Volunteer,
  keyof BaseRecord | 'volunteerNo' | 'searchKeys' | 'mergedIntoId' | 'anonymisedAt'
>;

/**
 * Chinese labels of the editable fields, as the registration form names them.
 *
 * @example
 * VOLUNTEER_FIELD_LABELS.phone // => '手机号码'
 */
export const VOLUNTEER_FIELD_LABELS: Readonly<Record<keyof EditableVolunteer, string>> = {
  name: '姓名',
  idType: '证件类型',
  idNumber: '证件号码',
  gender: '性别',
  birthDate: '出生日期',
  phone: '手机号码',
  politicalStatus: '政治面貌',
  address: '社区/住址',
  workUnit: '工作单位或学校',
  skills: '特长',
  intentions: '服务意向',
  availability: '可服务时间',
  teamIds: '服务队',
  emergencyContact: '紧急联系人',
  guardian: '监护人',
  photo: '照片',
  consent: '个人信息同意',
  notes: '备注',
};

const FIELDS = Object.keys(VOLUNTEER_FIELD_LABELS) as (keyof EditableVolunteer)[];

/**
 * The registration form prefilled with a registered volunteer, for editing with the same schema.
 * Consents already given stay ticked; the guardian fields are filled when there is a guardian.
 *
 * @example
 * useForm({ defaultValues: registrationFromVolunteer(volunteer) })
 */
export function registrationFromVolunteer(v: Volunteer): RegistrationInput {
  return {
    name: v.name,
    idType: v.idType,
    idNumber: v.idNumber,
    gender: v.gender ?? '男',
    birthDate: v.birthDate ?? '',
    phone: v.phone,
    politicalStatus: v.politicalStatus,
    address: v.address,
    workUnit: v.workUnit,
    skills: [...v.skills],
    intentions: [...v.intentions],
    availability: v.availability,
    teamIds: [...v.teamIds],
    emergencyName: v.emergencyContact?.name ?? '',
    emergencyPhone: v.emergencyContact?.phone ?? '',
    guardianName: v.guardian?.name ?? '',
    guardianRelation: v.guardian?.relation ?? '',
    guardianPhone: v.guardian?.phone ?? '',
    guardianConsent: v.guardian ? v.guardian.consentAt !== null : false,
    guardianAccompanies: v.guardian?.accompanies ?? false,
    privacyConsent: v.consent !== null,
    idNumberConsent: v.consent?.idNumberConsent ?? false,
    photo: v.photo,
    notes: v.notes,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The guardian as edited, keeping the original consent time when consent was neither given nor withdrawn. */
function keptGuardian(before: Guardian | null, after: Guardian | null): Guardian | null {
  if (!before || !after) return after;
  const consentSame = (before.consentAt !== null) === (after.consentAt !== null);
  return consentSame ? { ...after, consentAt: before.consentAt } : after;
}

/**
 * Only the fields an edit really changes. A consent that is still given keeps its original version and
 * time (ticking the same box again is not a new consent); so does a guardian's consent.
 *
 * @example
 * volunteerEditPatch(before, { ...before, phone: '13912345678' }) // => { phone: '13912345678' }
 */
export function volunteerEditPatch(
  before: EditableVolunteer,
  after: EditableVolunteer,
): Partial<EditableVolunteer> {
  const consentKept =
    before.consent !== null &&
    after.consent !== null &&
    before.consent.idNumberConsent === after.consent.idNumberConsent;
  const normalised: EditableVolunteer = {
    ...after,
    consent: consentKept ? before.consent : after.consent,
    guardian: keptGuardian(before.guardian, after.guardian),
  };
  const patch: Partial<Record<keyof EditableVolunteer, unknown>> = {};
  for (const k of FIELDS) if (!same(before[k], normalised[k])) patch[k] = normalised[k];
  return patch as Partial<EditableVolunteer>;
}

/**
 * A value as it may be written to the audit log or shown beside another version (同步冲突): ID numbers
 * and phones masked, no photo bytes.
 *
 * @example
 * auditValue('phone', '13912345678') // => '139****5678'
 */
export function auditValue(field: keyof EditableVolunteer, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field === 'idNumber' && typeof value === 'string') return maskIdNumber(value);
  if (field === 'phone' && typeof value === 'string') return maskPhone(value);
  if (field === 'photo') return '（照片）';
  if (field === 'emergencyContact' || field === 'guardian') {
    const person = value as { phone?: string };
    return { ...person, phone: maskPhone(person.phone ?? '') };
  }
  return value;
}

/**
 * The before/after pair of a change for the audit log, over the changed fields only. ID numbers and
 * phones are stored masked (the log is readable by every desk user), photos as a marker.
 *
 * @example
 * auditableChange(v, { phone: '13912345678' }) // => { before: { phone: '138****5678' }, after: { phone: '139****5678' } }
 */
export function auditableChange(
  before: EditableVolunteer,
  patch: Partial<EditableVolunteer>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = FIELDS.filter((k) => k in patch);
  return {
    before: Object.fromEntries(keys.map((k) => [k, auditValue(k, before[k])])),
    after: Object.fromEntries(keys.map((k) => [k, auditValue(k, patch[k])])),
  };
}

function shown(field: string, value: unknown, teamName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (Array.isArray(value)) {
    const items = field === 'teamIds' ? value.map((id) => teamName(String(id))) : value.map(String);
    return items.length ? items.join('、') : '（空）';
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (field === 'consent')
      return `告知版本 ${String(o.noticeVersion)}${o.idNumberConsent ? '，含证件号码' : ''}`;
    const relation = typeof o.relation === 'string' ? `${o.relation}，` : '';
    return `${String(o.name ?? '')}（${relation}${String(o.phone ?? '')}）`;
  }
  return String(value as string | number | boolean);
}

/**
 * One line per changed field of an audit entry written by {@link auditableChange}, for the change
 * history on the profile: "手机号码：138****5678 → 139****1111". Unknown fields are skipped.
 *
 * @example
 * describeVolunteerChange({ phone: '138****5678' }, { phone: '139****1111' }) // => ['手机号码：138****5678 → 139****1111']
 */
export function describeVolunteerChange(
  before: unknown,
  after: unknown,
  teamName: (id: string) => string = (id) => id,
): string[] {
  if (!after || typeof after !== 'object') return [];
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return FIELDS.filter((k) => k in a).map((k) => {
    const label = VOLUNTEER_FIELD_LABELS[k];
    if (k === 'photo') return `${label}：已${a[k] === null ? '移除' : '更换'}`;
    return `${label}：${shown(k, b[k], teamName)} → ${shown(k, a[k], teamName)}`;
  });
}
