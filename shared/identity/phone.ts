import { toHalfWidth } from '../text/half-width';

/**
 * Outcome of checking a phone number.
 *
 * @example
 * const r: PhoneValidationResult = validateMobile(input, { mainland: true });
 * if (!r.ok) showError(r.message);
 */
export type PhoneValidationResult = { ok: true; normalised: string } | { ok: false; message: string };

/**
 * Puts a typed phone number into canonical form: half-width digits, separators (spaces, hyphens,
 * dots, brackets) removed, a leading + kept.
 *
 * @example
 * normalisePhone(' 138-1234 5678 ') // => '13812345678'
 * normalisePhone('＋852 9123 4567') // => '+85291234567'
 */
export function normalisePhone(raw: string): string {
  const half = toHalfWidth(raw).trim();
  const plus = half.startsWith('+') ? '+' : '';
  return plus + half.replace(/[\s\-\u2010-\u2015\u2212.()（）+]/g, '');
}

/** Strips the mainland country code written as +86, 0086 or 86 before an 11-digit mobile. */
function stripMainlandCountryCode(phone: string): string {
  const m = /^(?:\+86|0086|86)(1\d{10})$/.exec(phone);
  return m?.[1] ?? phone;
}

/**
 * Validates a mobile number. Mainland numbers must be 11 digits starting 13-19 (a +86 prefix is
 * dropped); other numbers (Hong Kong, Macao, Taiwan, abroad) are checked loosely: 6-20 digits with an
 * optional leading +.
 *
 * @example
 * validateMobile('138 1234 5678', { mainland: true }) // => { ok: true, normalised: '13812345678' }
 * validateMobile('12812345678', { mainland: true }) // => { ok: false, message: '手机号码第二位应为3至9' }
 */
export function validateMobile(raw: string, options: { mainland: boolean }): PhoneValidationResult {
  const phone = normalisePhone(raw);
  if (phone === '' || phone === '+') return { ok: false, message: '请填写手机号码' };
  if (!options.mainland) {
    if (!/^\+?\d+$/.test(phone)) return { ok: false, message: '手机号码只能包含数字，可带前缀 +' };
    const digits = phone.replace('+', '').length;
    if (digits < 6 || digits > 20) return { ok: false, message: '手机号码应为6至20位数字' };
    return { ok: true, normalised: phone };
  }
  const local = stripMainlandCountryCode(phone);
  if (!/^\d+$/.test(local)) return { ok: false, message: '手机号码只能包含数字' };
  if (local.length !== 11) return { ok: false, message: `手机号码应为11位，当前为${local.length}位` };
  if (!local.startsWith('1')) return { ok: false, message: '手机号码应以 1 开头' };
  if (!/^1[3-9]/.test(local)) return { ok: false, message: '手机号码第二位应为3至9' };
  return { ok: true, normalised: local };
}

/**
 * True for a mainland landline with its area code: 0 + 2-3 digit area code, an optional hyphen,
 * then a 7-8 digit local number, optionally followed by -extension.
 *
 * @example
 * isMainlandLandline('0591-87654321') // => true
 * isMainlandLandline('87654321') // => false (no area code)
 */
export function isMainlandLandline(raw: string): boolean {
  const phone = toHalfWidth(raw).trim().replace(/\s+/g, '');
  return /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/.test(phone);
}

/**
 * True for a number a unit can be called on: a mainland landline with area code or a mainland mobile.
 *
 * @example
 * isContactPhone('059112345678') // => true
 * isContactPhone('13812345678') // => true
 */
export function isContactPhone(raw: string): boolean {
  return isMainlandLandline(raw) || validateMobile(raw, { mainland: true }).ok;
}
