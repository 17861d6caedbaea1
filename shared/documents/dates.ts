import { parseDateKey } from '../time/center-time';

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}

/**
 * A date as Chinese certificates and letters print it, in Chinese numerals.
 *
 * @example
 * chineseDate('2026-11-22') // => '二〇二六年十一月二十二日'
 * chineseDate('2026-01-05') // => '二〇二六年一月五日'
 */
export function chineseDate(key: string): string {
  const parts = parseDateKey(key);
  if (!parts) return '';
  const year = Array.from(String(parts.year), (d) => DIGITS[Number(d)] ?? '').join('');
  return `${year}年${smallNumber(parts.month)}月${smallNumber(parts.day)}日`;
}

/**
 * A date in the short form used inside running text and tables.
 *
 * @example
 * shortChineseDate('2026-03-08') // => '2026年3月8日'
 */
export function shortChineseDate(key: string): string {
  const parts = parseDateKey(key);
  return parts ? `${parts.year}年${parts.month}月${parts.day}日` : '';
}
