import type { Volunteer } from '../model/people';
import { maskIdNumber, maskPhone } from '../privacy/mask';
import { normaliseQuery } from '../search/search-keys';
import { addDays, fromDateAndMinutes } from '../time/center-time';

/**
 * Marker left where an erased value stood in the audit log or in a free-text field.
 *
 * @example
 * ERASED_MARKER // => '（已注销清除）'
 */
export const ERASED_MARKER = '（已注销清除）';

/**
 * The name an anonymised volunteer is shown under: a placeholder with the kept volunteer number.
 *
 * @example
 * anonymisedName('ZYZ000123') // => '已注销志愿者 ZYZ000123'
 */
export function anonymisedName(volunteerNo: string): string {
  return `已注销志愿者 ${volunteerNo}`;
}

/**
 * True when the volunteer's personal data was erased on request.
 *
 * @example
 * isAnonymised({ anonymisedAt: 1763780000000 }) // => true
 */
export function isAnonymised(v: Pick<Volunteer, 'anonymisedAt'>): boolean {
  return typeof v.anonymisedAt === 'number';
}

/**
 * The volunteer row after erasure (注销): every personal field is emptied; the id, the volunteer
 * number, team memberships and bookkeeping stay, so service records (and with them the hours totals)
 * still point at a row. The search keys hold only the number. `politicalStatus` has no empty value in
 * the model, so it falls back to 群众 (the form's default). A deleted row stays deleted; a live one is
 * deleted at `now` (a person who asked to be forgotten no longer serves).
 *
 * @example
 * anonymisedVolunteer(v, 1763780000000).name // => '已注销志愿者 ZYZ000123'
 */
export function anonymisedVolunteer(v: Volunteer, now: number): Volunteer {
  return {
    ...v,
    name: anonymisedName(v.volunteerNo),
    idType: '其他',
    idNumber: '',
    gender: null,
    birthDate: null,
    phone: '',
    politicalStatus: '群众',
    address: '',
    workUnit: '',
    skills: [],
    intentions: [],
    availability: '',
    emergencyContact: null,
    guardian: null,
    photo: null,
    consent: null,
    searchKeys: [normaliseQuery(v.volunteerNo)],
    notes: '',
    deletedAt: v.deletedAt ?? now,
    updatedAt: now,
    anonymisedAt: now,
  };
}

/**
 * Fields of a volunteer (and of the audit entries about one) that hold personal data. In the audit
 * log their values are replaced by {@link ERASED_MARKER} when the volunteer is anonymised.
 *
 * @example
 * PERSONAL_FIELDS.has('phone') // => true
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'idNumber',
  'gender',
  'birthDate',
  'phone',
  'politicalStatus',
  'address',
  'workUnit',
  'skills',
  'intentions',
  'availability',
  'emergencyContact',
  'guardian',
  'photo',
  'consent',
  'notes',
]);

/** Shorter values (a one-character name) would match unrelated text. */
const MIN_ERASED_LENGTH = 2;

/**
 * The strings that identify this person and must not survive anywhere once erased: name, ID number
 * and phone (full and masked), address, guardian's and emergency contact's names and phones.
 * Longest first, so a full number is replaced before a part of it.
 *
 * @example
 * erasedValues(v).includes(v.idNumber) // => true
 */
export function erasedValues(v: Volunteer): string[] {
  const phones = [v.phone, v.guardian?.phone ?? '', v.emergencyContact?.phone ?? ''];
  const values = [
    v.name,
    v.idNumber,
    v.idNumber ? maskIdNumber(v.idNumber) : '',
    v.address,
    v.guardian?.name ?? '',
    v.emergencyContact?.name ?? '',
    ...phones,
    ...phones.filter(Boolean).map(maskPhone),
  ];
  const kept = values.map((s) => s.trim()).filter((s) => Array.from(s).length >= MIN_ERASED_LENGTH);
  return [...new Set(kept)].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of the erased values in a string by `replacement`.
 *
 * @example
 * scrubText('张三丰代签', ['张三丰'], '已注销志愿者 ZYZ000001') // => '已注销志愿者 ZYZ000001代签'
 */
export function scrubText(text: string, erased: readonly string[], replacement: string): string {
  let out = text;
  for (const value of erased) out = out.split(value).join(replacement);
  return out;
}

/**
 * A JSON-like value with every string scrubbed (see {@link scrubText}). With `personalKeys`, the
 * values under those keys (at any depth) become {@link ERASED_MARKER}: used for audit snapshots.
 *
 * @example
 * scrubValue({ name: '张三丰', teamIds: ['t1'] }, ['张三丰'], 'X', PERSONAL_FIELDS) // => { name: '（已注销清除）', teamIds: ['t1'] }
 */
export function scrubValue(
  value: unknown,
  erased: readonly string[],
  replacement: string,
  personalKeys: ReadonlySet<string> = new Set(),
): unknown {
  if (typeof value === 'string') return scrubText(value, erased, replacement);
  if (Array.isArray(value)) return value.map((x) => scrubValue(x, erased, replacement, personalKeys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, x]) => [
        k,
        personalKeys.has(k) && x !== null ? ERASED_MARKER : scrubValue(x, erased, replacement, personalKeys),
      ]),
    );
  }
  return value;
}

/**
 * Default years of inactivity after which a volunteer is listed for review (retention setting).
 *
 * @example
 * DEFAULT_RETENTION_YEARS // => 3
 */
export const DEFAULT_RETENTION_YEARS = 3;

/**
 * The instant before which a volunteer's last activity counts as inactive: the start of the same
 * calendar day `years` years ago (365 days a year, leap days ignored), in the center's zone.
 *
 * @example
 * retentionCutoff('2026-11-22', 3) === fromDateAndMinutes('2023-11-23', 0) // => true
 */
export function retentionCutoff(todayKey: string, years: number): number {
  return fromDateAndMinutes(addDays(todayKey, -365 * years), 0);
}
