/**
 * Masked display forms for sensitive personal information. ID numbers and phones are shown masked by
 * default (PIPL); revealing the full value is a deliberate, logged action elsewhere.
 */

const MASK = '*';

/** Keeps the last `keep` characters; short values keep fewer so at least half stays hidden. */
function maskAllButLast(value: string, keep: number): string {
  const chars = Array.from(value);
  const shown = Math.min(keep, Math.floor(chars.length / 2));
  return MASK.repeat(chars.length - shown) + chars.slice(chars.length - shown).join('');
}

/**
 * Masks a document number: the first 6 and last 4 characters stay visible (the common form) for
 * numbers of 15 or more characters; shorter numbers (passports, passes) show only the last 2, because
 * first 6 + last 4 would reveal nearly all of them.
 *
 * @example
 * maskIdNumber('110105199001011234') // => '110105********1234'
 * maskIdNumber('E12345678') // => '*******78'
 */
export function maskIdNumber(idNumber: string): string {
  const id = idNumber.trim();
  const chars = Array.from(id);
  if (chars.length >= 15) {
    return chars.slice(0, 6).join('') + MASK.repeat(chars.length - 10) + chars.slice(-4).join('');
  }
  return maskAllButLast(id, 2);
}

/**
 * Masks a phone number: the first 3 and last 4 digits stay visible (138****5678); a leading + and the
 * following digits count as the first 3 characters. Shorter numbers (local landlines) show only the
 * last 4, or the last 2 below 8 characters.
 *
 * @example
 * maskPhone('13812345678') // => '138****5678'
 * maskPhone('+85291234567') // => '+85*****4567'
 */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  const chars = Array.from(p);
  if (chars.length >= 11) {
    return chars.slice(0, 3).join('') + MASK.repeat(chars.length - 7) + chars.slice(-4).join('');
  }
  return maskAllButLast(p, chars.length >= 8 ? 4 : 2);
}
