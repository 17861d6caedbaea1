import { z } from 'zod';
import { noMarkup, stripBidiControls } from '../text/plain-text';
import { ageOn, MAX_PLAUSIBLE_AGE, normaliseIdNumber, validateIdNumber } from '../identity/id-card';
import { normalisePhone, validateMobile } from '../identity/phone';
import type { Draft } from '../model/base';
import type { IdType, MinorAgeRules, Volunteer } from '../model/people';
import { ID_TYPES, POLITICAL_STATUSES } from '../model/people';
import { isValidDateKey } from '../time/center-time';
import { toHalfWidth } from '../text/half-width';
import { minorRequirements } from './minors';

/**
 * Document types whose holders have a mainland mobile (11 digits); others are checked loosely.
 *
 * @example
 * MAINLAND_PHONE_ID_TYPES.has('居民身份证') // => true
 */
export const MAINLAND_PHONE_ID_TYPES: ReadonlySet<IdType> = new Set(['居民身份证']);

/**
 * Document types that encode birth date and gender, so the form derives both instead of asking.
 *
 * @example
 * DERIVING_ID_TYPES.has('港澳台居民居住证') // => true
 */
export const DERIVING_ID_TYPES: ReadonlySet<IdType> = new Set([
  '居民身份证',
  '港澳台居民居住证',
  '外国人永久居留身份证',
]);

const text = (max: number, label: string) =>
  z.string().overwrite(stripBidiControls).trim().max(max, `${label}不能超过${max}个字`);

const baseSchema = z.object({
  name: z
    .string({ error: '请填写姓名' })
    .overwrite(stripBidiControls)
    .trim()
    .min(1, { error: '请填写姓名', abort: true })
    .max(30, '姓名不能超过30个字')
    .refine(...noMarkup('姓名')),
  idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
  idNumber: z.string().overwrite(normaliseIdNumber),
  gender: z.enum(['男', '女'], { error: '请选择性别' }),
  birthDate: z.string().trim(),
  phone: z.string().overwrite(normalisePhone),
  politicalStatus: z.enum(POLITICAL_STATUSES, { error: '请选择政治面貌' }),
  address: text(100, '社区/住址'),
  workUnit: text(60, '工作单位或学校'),
  skills: z.array(z.string().trim().min(1).max(20, '每项特长不能超过20个字')).max(20, '特长最多20项'),
  intentions: z.array(z.string()),
  availability: text(40, '可服务时间'),
  teamIds: z.array(z.string()),
  emergencyName: text(30, '紧急联系人'),
  emergencyPhone: z.string().overwrite(normalisePhone),
  guardianName: text(30, '监护人姓名').refine(...noMarkup('监护人姓名')),
  guardianRelation: text(10, '与本人关系'),
  guardianPhone: z.string().overwrite(normalisePhone),
  guardianConsent: z.boolean(),
  guardianAccompanies: z.boolean(),
  privacyConsent: z.boolean(),
  idNumberConsent: z.boolean(),
  photo: z.string().nullable(),
  notes: text(200, '备注'),
});

/**
 * The registration form's values as typed (before parsing).
 *
 * @example
 * const blank: RegistrationInput = emptyRegistration();
 */
export type RegistrationInput = z.input<typeof baseSchema>;

/**
 * The registration form's values after parsing: trimmed, normalised, birth date and gender derived.
 *
 * @example
 * const values: RegistrationValues = registrationSchema(options).parse(input);
 */
export type RegistrationValues = z.output<typeof baseSchema>;

/**
 * A blank form, with the most common choices preselected.
 *
 * @example
 * useForm({ defaultValues: emptyRegistration() })
 */
export function emptyRegistration(): RegistrationInput {
  return {
    name: '',
    idType: '居民身份证',
    idNumber: '',
    gender: '男',
    birthDate: '',
    phone: '',
    politicalStatus: '群众',
    address: '',
    workUnit: '',
    skills: [],
    intentions: [],
    availability: '',
    teamIds: [],
    emergencyName: '',
    emergencyPhone: '',
    guardianName: '',
    guardianRelation: '',
    guardianPhone: '',
    guardianConsent: false,
    guardianAccompanies: false,
    privacyConsent: false,
    idNumberConsent: false,
    photo: null,
    notes: '',
  };
}

/**
 * Birth date and gender a document number gives away, or null when it does not (or is invalid).
 *
 * @example
 * derivedFromId('居民身份证', '11010519491231002x', '2026-11-22') // => { birthDate: '1949-12-31', gender: '女', normalised: '11010519491231002X' }
 */
export function derivedFromId(
  idType: IdType,
  raw: string,
  today: string,
): { birthDate: string; gender: '男' | '女'; normalised: string } | null {
  if (!DERIVING_ID_TYPES.has(idType)) return null;
  const r = validateIdNumber(idType, raw, { today });
  return r.ok && r.birthDate && r.gender
    ? { birthDate: r.birthDate, gender: r.gender, normalised: r.normalised }
    : null;
}

/**
 * The registration schema for a day and the center's minor limits. Errors are precise Chinese
 * messages on the field they concern: the ID number (check character, impossible or implausible birth
 * date), the phone, the birth date, the guardian fields for minors, and both consents. Birth date and
 * gender come from the ID number when its type encodes them.
 *
 * @example
 * registrationSchema({ today: '2026-11-22', minorRules: DEFAULT_MINOR_RULES }).safeParse(values)
 */
export function registrationSchema(options: { today: string; minorRules: MinorAgeRules }) {
  const { today, minorRules } = options;
  return baseSchema
    .superRefine((v, ctx) => {
      const issue = (path: keyof RegistrationValues, message: string): void => {
        ctx.addIssue({ code: 'custom', path: [path], message });
      };
      const id = validateIdNumber(v.idType, v.idNumber, { today });
      let birthDate = v.birthDate;
      if (!id.ok) issue('idNumber', id.message);
      else if (id.birthDate) birthDate = id.birthDate;
      if (!id.ok && DERIVING_ID_TYPES.has(v.idType)) birthDate = '';
      else if (birthDate === '') issue('birthDate', '请填写出生日期');
      else if (!isValidDateKey(birthDate)) issue('birthDate', '出生日期格式应为 YYYY-MM-DD，且为真实日期');
      else if (birthDate > today) issue('birthDate', '出生日期晚于今天，请核对');
      else if (ageOn(birthDate, today) > MAX_PLAUSIBLE_AGE)
        issue('birthDate', `出生日期早于${MAX_PLAUSIBLE_AGE}年前，请核对`);

      const phone = validateMobile(v.phone, { mainland: MAINLAND_PHONE_ID_TYPES.has(v.idType) });
      if (!phone.ok) issue('phone', phone.message);
      if (v.emergencyPhone !== '') {
        const p = validateMobile(v.emergencyPhone, { mainland: false });
        if (!p.ok) issue('emergencyPhone', p.message);
      }
      if (!v.privacyConsent) issue('privacyConsent', '请先告知个人信息处理规则，并取得本人同意');
      if (!v.idNumberConsent) issue('idNumberConsent', '实名注册需单独同意收集证件号码');

      if (birthDate === '' || !isValidDateKey(birthDate) || birthDate > today) return;
      const age = ageOn(birthDate, today);
      const need = minorRequirements(age, minorRules);
      const ageField: keyof RegistrationValues = DERIVING_ID_TYPES.has(v.idType) ? 'idNumber' : 'birthDate';
      if (need.tooYoung) issue(ageField, `未满${minorRules.minimumAge}周岁，暂不能注册为志愿者`);
      if (!need.needsGuardian) return;
      if (v.guardianName === '')
        issue('guardianName', `未满${minorRules.guardianBelow}周岁，请填写监护人姓名`);
      if (v.guardianRelation === '') issue('guardianRelation', '请填写监护人与本人的关系');
      const g = validateMobile(v.guardianPhone, { mainland: false });
      if (v.guardianPhone === '') issue('guardianPhone', '请填写监护人电话');
      else if (!g.ok) issue('guardianPhone', g.message);
      if (need.needsConsent && !v.guardianConsent)
        issue('guardianConsent', `未满${minorRules.consentBelow}周岁，须取得监护人同意`);
      if (need.mustBeAccompanied && !v.guardianAccompanies)
        issue('guardianAccompanies', `未满${minorRules.accompanyBelow}周岁，服务时须由监护人陪同`);
    })
    .transform((v) => {
      const derived = derivedFromId(v.idType, v.idNumber, today);
      return derived ? { ...v, birthDate: derived.birthDate, gender: derived.gender } : v;
    });
}

/**
 * The volunteer row a parsed form becomes, before the repository adds the number and search keys.
 * Phones are stored normalised; a mainland mobile without its +86.
 *
 * @example
 * const draft = registrationToDraft(values, { noticeVersion: '2025-01', now, today });
 */
export function registrationToDraft(
  v: RegistrationValues,
  options: { noticeVersion: string; now: number; today: string; minorRules: MinorAgeRules },
): Omit<Draft<Volunteer>, 'volunteerNo' | 'searchKeys'> {
  const phone = validateMobile(v.phone, { mainland: MAINLAND_PHONE_ID_TYPES.has(v.idType) });
  const id = validateIdNumber(v.idType, v.idNumber, { today: options.today });
  const age = isValidDateKey(v.birthDate) ? ageOn(v.birthDate, options.today) : 99;
  const minor = minorRequirements(age, options.minorRules).needsGuardian;
  const guardianPhone = validateMobile(v.guardianPhone, { mainland: false });
  return {
    name: v.name,
    idType: v.idType,
    idNumber: id.ok ? id.normalised : normaliseIdNumber(v.idNumber),
    gender: v.gender,
    birthDate: v.birthDate || null,
    phone: phone.ok ? phone.normalised : v.phone,
    politicalStatus: v.politicalStatus,
    address: v.address,
    workUnit: v.workUnit,
    skills: [...new Set(v.skills.map((s) => toHalfWidth(s).trim()).filter((s) => s !== ''))],
    intentions: v.intentions,
    availability: v.availability,
    teamIds: v.teamIds,
    emergencyContact: v.emergencyName ? { name: v.emergencyName, phone: v.emergencyPhone } : null,
    guardian: minor
      ? {
          name: v.guardianName,
          relation: v.guardianRelation,
          phone: guardianPhone.ok ? guardianPhone.normalised : v.guardianPhone,
          consentAt: v.guardianConsent ? options.now : null,
          accompanies: v.guardianAccompanies,
        }
      : null,
    photo: v.photo,
    consent: {
      noticeVersion: options.noticeVersion,
      consentedAt: options.now,
      idNumberConsent: v.idNumberConsent,
    },
    notes: v.notes,
  };
}

/**
 * Service intention categories offered at registration (free text is still accepted).
 *
 * @example
 * SERVICE_INTENTIONS.includes('关爱老人') // => true
 */
export const SERVICE_INTENTIONS = [
  '理论宣讲',
  '文明交通',
  '关爱老人',
  '环境保护',
  '文化文艺',
  '医疗健康',
  '助残帮困',
  '科普宣传',
  '应急救援',
] as const;

/**
 * Availability choices offered at registration.
 *
 * @example
 * AVAILABILITY_CHOICES[0] // => '工作日白天'
 */
export const AVAILABILITY_CHOICES = ['工作日白天', '工作日晚上', '周末', '周末及节假日', '不限'] as const;
