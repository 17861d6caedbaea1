import type { Gender, IdType } from '../model/people';
import { isValidDateKey, parseDateKey } from '../time/center-time';
import { toHalfWidth } from '../text/half-width';

/**
 * Outcome of checking a document number; on success carries what the number encodes.
 *
 * @example
 * const r: IdValidationResult = validateIdNumber('居民身份证', input, { today });
 * if (r.ok) form.birthDate = r.birthDate ?? null;
 */
export type IdValidationResult =
  | {
      ok: true;
      /** Upper-case, half-width; legacy 15-digit numbers come back converted to 18. */
      normalised: string;
      /** `YYYY-MM-DD`, when the document type encodes it. */
      birthDate?: string;
      gender?: Gender;
      /** True when a legacy 15-digit 居民身份证 number was converted. */
      converted15?: boolean;
    }
  | { ok: false; message: string };

/**
 * Options for {@link validateIdNumber}.
 *
 * @example
 * validateIdNumber('居民身份证', input, { today: dateKey(now) });
 */
export interface IdValidationOptions {
  /** The center's current date `YYYY-MM-DD`; enables the age plausibility check (0-120). */
  today?: string;
}

/**
 * Oldest plausible age; anything beyond is almost certainly a typo in the birth date.
 *
 * @example
 * ageOn(birthDate, today) > MAX_PLAUSIBLE_AGE // => the number is rejected
 */
export const MAX_PLAUSIBLE_AGE = 120;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** Province-level codes of GB/T 2260 that issue 居民身份证 (mainland only). */
const MAINLAND_PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
]);
const HMT_ADDRESS_CODES = new Set(['810000', '820000', '830000']);
const LOOSE_TYPES: ReadonlySet<IdType> = new Set([
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '护照',
  '其他',
]);

/**
 * Puts a typed or pasted document number into canonical form: half-width, no spaces or hyphens,
 * upper case (so a lowercase check character x becomes X).
 *
 * @example
 * normaliseIdNumber(' １１０１０５-1990 0101 123x ') // => '11010519900101123X'
 */
export function normaliseIdNumber(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .toUpperCase();
}

/**
 * The GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits.
 *
 * @example
 * computeCheckChar('11010519491231002') // => 'X'
 */
export function computeCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Full years of age on a date; someone born on 02-29 comes of age on 03-01 in common years.
 *
 * @example
 * ageOn('2008-11-23', '2026-11-22') // => 17
 * ageOn('2008-11-22', '2026-11-22') // => 18
 */
export function ageOn(birthDate: string, today: string): number {
  const b = parseDateKey(birthDate);
  const t = parseDateKey(today);
  if (!b || !t) throw new RangeError('ageOn needs two YYYY-MM-DD dates');
  const beforeBirthday = t.month < b.month || (t.month === b.month && t.day < b.day);
  return t.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * Builds a valid 18-character number from its parts (demo data and tests only; never for real people).
 *
 * @example
 * makeIdNumber({ addressCode: '350102', birthDate: '19900101', sequence: 123 }) // => '350102199001011238'
 */
export function makeIdNumber(parts: { addressCode: string; birthDate: string; sequence: number }): string {
  const { addressCode, birthDate, sequence } = parts;
  if (!/^\d{6}$/.test(addressCode)) throw new RangeError('addressCode must be 6 digits');
  if (!/^\d{8}$/.test(birthDate)) throw new RangeError('birthDate must be YYYYMMDD');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError('sequence must be an integer 0..999');
  }
  const first17 = `${addressCode}${birthDate}${String(sequence).padStart(3, '0')}`;
  return first17 + computeCheckChar(first17);
}

function fail(message: string): IdValidationResult {
  return { ok: false, message };
}

function birthKey(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

function checkBirthDate(key: string, today: string | undefined): string | null {
  if (!isValidDateKey(key)) return '出生日期不存在';
  if (today === undefined || !isValidDateKey(today)) return null;
  // Same-format date keys compare correctly as strings.
  if (key > today) return '出生日期晚于今天，请核对';
  if (ageOn(key, today) > MAX_PLAUSIBLE_AGE) return `出生日期早于${MAX_PLAUSIBLE_AGE}年前，请核对`;
  return null;
}

/** Checks an 18-character GB 11643 number: characters, birth date, then the check character. */
function checkEighteen(label: string, id: string, today: string | undefined): IdValidationResult {
  if (id.length !== 18) return fail(`${label}号码应为18位，当前为${id.length}位`);
  if (!/^\d{17}/.test(id)) return fail(`${label}号码前17位应为数字`);
  const last = id.charAt(17);
  if (!/[\dX]/.test(last)) return fail(`${label}号码最后一位应为数字或 X`);
  const birthDate = birthKey(id.slice(6, 14));
  const dateProblem = checkBirthDate(birthDate, today);
  if (dateProblem) return fail(dateProblem);
  const expected = computeCheckChar(id.slice(0, 17));
  if (last !== expected) return fail(`校验位错误，应为 ${expected}`);
  const gender: Gender = Number(id.charAt(16)) % 2 === 1 ? '男' : '女';
  return { ok: true, normalised: id, birthDate, gender };
}

function validateResidentCard(id: string, today: string | undefined): IdValidationResult {
  if (id.length === 15) {
    if (!/^\d{15}$/.test(id)) return fail('15位身份证号码应全部为数字');
    const converted = makeLegacyEighteen(id);
    const result = validateResidentCard(converted, today);
    return result.ok ? { ...result, converted15: true } : result;
  }
  if (id.length !== 18) return fail(`身份证号码应为18位，当前为${id.length}位`);
  const province = id.slice(0, 2);
  if (/^\d{6}$/.test(id.slice(0, 6))) {
    if (HMT_ADDRESS_CODES.has(id.slice(0, 6)))
      return fail('该号码是港澳台居民居住证号码，请将证件类型改为港澳台居民居住证');
    if (province.startsWith('9')) return fail('该号码是外国人永久居留身份证号码，请更改证件类型');
    if (!MAINLAND_PROVINCES.has(province)) return fail(`地址码无效：${province} 不是有效的省级代码`);
  }
  return checkEighteen('身份证', id, today);
}

/** Legacy numbers omit the century (always 19xx) and the check character. */
function makeLegacyEighteen(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + computeCheckChar(first17);
}

function validateHmtPermit(id: string, today: string | undefined): IdValidationResult {
  if (id.length !== 18) return fail(`居住证号码应为18位，当前为${id.length}位`);
  if (!HMT_ADDRESS_CODES.has(id.slice(0, 6))) {
    return fail('地址码无效：港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头');
  }
  return checkEighteen('居住证', id, today);
}

/**
 * The birth date of an old 15-character permit (YYMMDD at characters 6-11), in the later century that is
 * not after today (20YY for a child born this century, else 19YY).
 */
function legacyPermitBirthDate(id: string, today: string | undefined): string {
  const yy = id.slice(5, 7);
  const thisYear = today && isValidDateKey(today) ? today.slice(0, 4) : '2099';
  const century = `20${yy}` <= thisYear ? '20' : '19';
  return birthKey(`${century}${id.slice(5, 11)}`);
}

function validateForeignPermit(id: string, today: string | undefined): IdValidationResult {
  // Old version: ISO country letters, issuing authority, birth date YYMMDD, sequence, check digit.
  if (/^[A-Z]{3}\d{12}$/.test(id)) {
    const birthDate = legacyPermitBirthDate(id, today);
    const dateProblem = checkBirthDate(birthDate, today);
    if (dateProblem) return fail(`${dateProblem}（号码第6至11位为出生日期）`);
    return { ok: true, normalised: id, birthDate };
  }
  if (id.length === 18 && id.startsWith('9')) return checkEighteen('永久居留身份证', id, today);
  if (id.length === 18) return fail('2023版外国人永久居留身份证号码应以 9 开头');
  return fail('外国人永久居留身份证号码应为以 9 开头的18位，或3位字母加12位数字（旧版）');
}

/**
 * Validates a document number for its type, with a precise Chinese message on failure. 居民身份证 and
 * the permits are checked strictly (length, address code, real birth date, MOD 11-2 check); passes,
 * passports and 其他 loosely (4-20 letters or digits), since their formats are not verified.
 *
 * @example
 * validateIdNumber('居民身份证', '11010519491231002x')
 * // => { ok: true, normalised: '11010519491231002X', birthDate: '1949-12-31', gender: '女' }
 * validateIdNumber('居民身份证', '110105194912310021') // => { ok: false, message: '校验位错误，应为 X' }
 */
export function validateIdNumber(
  idType: IdType,
  raw: string,
  options: IdValidationOptions = {},
): IdValidationResult {
  const id = normaliseIdNumber(raw);
  if (id === '') return fail('请填写证件号码');
  switch (idType) {
    case '居民身份证':
      return validateResidentCard(id, options.today);
    case '港澳台居民居住证':
      return validateHmtPermit(id, options.today);
    case '外国人永久居留身份证':
      return validateForeignPermit(id, options.today);
    default:
      if (!LOOSE_TYPES.has(idType)) return fail('未知的证件类型');
      if (!/^[A-Z0-9]{4,20}$/.test(id)) return fail('证件号码应为4至20位字母或数字');
      return { ok: true, normalised: id };
  }
}
