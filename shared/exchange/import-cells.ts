import { ID_TYPES, POLITICAL_STATUSES } from '../model/people';
import type { Gender, IdType, PoliticalStatus } from '../model/people';
import { toHalfWidth } from '../text/half-width';
import { isValidDateKey } from '../time/center-time';

/**
 * One cell as the spreadsheet reader hands it over: text, a number (Excel stores dates as serial
 * numbers), a boolean, or nothing.
 *
 * @example
 * const row: RawCell[] = ['张三', 110105194912310021, 45000, null];
 */
export type RawCell = string | number | boolean | null;

/**
 * Result of reading one cell: the value, or a Chinese message saying what is wrong with it.
 *
 * @example
 * const r: CellResult<string> = parseImportDate('2026/3/5');
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The message for an ID number Excel turned into a number: its last digits are gone and are never guessed.
 *
 * @example
 * readIdCell(110105194912310020) // => { ok: false, message: ID_AS_NUMBER_MESSAGE }
 */
export const ID_AS_NUMBER_MESSAGE =
  '身份证号被 Excel 存成了数字，末几位可能已丢失，请把该列设为文本后重新导出';

/**
 * A cell as plain text: trimmed, half-width; whole numbers without exponent or decimals.
 *
 * @example
 * cellText(13812345678) // => '13812345678'
 * cellText(' 张 三 ') // => '张 三'
 */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (typeof cell === 'number')
    return Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell);
  return toHalfWidth(cell).trim();
}

/**
 * Reads an ID-number cell. A number cell with more than 15 digits, or text in scientific notation
 * (how Excel writes such a number to .csv), has lost digits to floating point: refused, never guessed.
 *
 * @example
 * readIdCell('11010519491231002x') // => { ok: true, value: '11010519491231002X' }
 * readIdCell('1.10105E+17') // => { ok: false, message: ID_AS_NUMBER_MESSAGE }
 */
export function readIdCell(cell: RawCell): CellResult<string> {
  if (typeof cell === 'number') {
    // Excel keeps 15 significant digits, so an 18-digit number has already lost its tail.
    if (!Number.isSafeInteger(cell) || cell >= 1e15 || cell < 0)
      return { ok: false, message: ID_AS_NUMBER_MESSAGE };
    return { ok: true, value: cell.toFixed(0) };
  }
  const text = cellText(cell).replace(/\s+/g, '').toUpperCase();
  if (/^\d(\.\d+)?E\+?\d+$/.test(text)) return { ok: false, message: ID_AS_NUMBER_MESSAGE };
  return { ok: true, value: text };
}

/** Days from 1899-12-30 (Excel's day 0 in the 1900 date system, past its fictitious 1900-02-29). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a date cell as `YYYY-MM-DD`: Excel serial numbers, and text as people type it ("2026/3/5",
 * "2026-03-05", "2026.3.5", "2026年3月5日", "20260305"), with or without a time after it. Empty gives null.
 *
 * @example
 * parseImportDate(46086) // => { ok: true, value: '2026-03-05' }
 * parseImportDate('2026年3月5日') // => { ok: true, value: '2026-03-05' }
 * parseImportDate('3月5日') // => { ok: false, message: '日期“3月5日”无法识别，请写成 2026/3/5 的形式' }
 */
export function parseImportDate(cell: RawCell): CellResult<string | null> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2958465)
      return { ok: false, message: `日期“${cell}”无法识别，请写成 2026/3/5 的形式` };
    const d = new Date(EXCEL_EPOCH_UTC + Math.floor(cell) * 86_400_000);
    return {
      ok: true,
      value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    };
  }
  const text = cellText(cell);
  if (text === '') return { ok: true, value: null };
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(
      text,
    ) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const key = m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : '';
  if (!m) return { ok: false, message: `日期“${text}”无法识别，请写成 2026/3/5 的形式` };
  if (!isValidDateKey(key)) return { ok: false, message: `日期“${text}”不存在，请核对` };
  return { ok: true, value: key };
}

/**
 * Reads a gender cell (男/女, 男性/女性); empty gives null.
 *
 * @example
 * parseGender('女性') // => { ok: true, value: '女' }
 */
export function parseGender(cell: RawCell): CellResult<Gender | null> {
  const t = cellText(cell).replace(/性$/, '');
  if (t === '') return { ok: true, value: null };
  const g = (['男', '女'] as const).find((x) => x === t);
  return g ? { ok: true, value: g } : { ok: false, message: `性别“${cellText(cell)}”应为男或女` };
}

const POLITICAL_ALIASES: Record<string, PoliticalStatus> = {
  党员: '中共党员',
  共产党员: '中共党员',
  中国共产党党员: '中共党员',
  预备党员: '中共预备党员',
  中国共产党预备党员: '中共预备党员',
  团员: '共青团员',
  中国共产主义青年团团员: '共青团员',
  无党派人士: '群众',
  无: '群众',
};

/**
 * Reads a 政治面貌 cell, accepting the short forms rolls use (党员, 团员); empty means 群众.
 *
 * @example
 * parsePoliticalStatus('党员') // => { ok: true, value: '中共党员' }
 */
export function parsePoliticalStatus(cell: RawCell): CellResult<PoliticalStatus> {
  const t = cellText(cell).replace(/\s+/g, '');
  if (t === '') return { ok: true, value: '群众' };
  const exact = POLITICAL_STATUSES.find((s) => s === t);
  const value =
    exact ??
    POLITICAL_ALIASES[t] ??
    (/^(民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)/.test(t) ? '民主党派' : null);
  return value ? { ok: true, value } : { ok: false, message: `政治面貌“${t}”无法识别` };
}

/**
 * Reads a 证件类型 cell ("身份证" is 居民身份证); empty means 居民身份证.
 *
 * @example
 * parseIdType('身份证') // => { ok: true, value: '居民身份证' }
 */
export function parseIdType(cell: RawCell): CellResult<IdType> {
  const t = cellText(cell).replace(/\s+/g, '');
  if (t === '' || t === '身份证') return { ok: true, value: '居民身份证' };
  const found = ID_TYPES.find((x) => x === t);
  return found ? { ok: true, value: found } : { ok: false, message: `证件类型“${t}”无法识别` };
}

/**
 * Splits a list cell (特长, 所属队伍) on the separators people type: 、，,；; and spaces.
 *
 * @example
 * splitList('书法、摄影, 急救') // => ['书法', '摄影', '急救']
 */
export function splitList(cell: RawCell): string[] {
  return [
    ...new Set(
      cellText(cell)
        .split(/[、,;；\s]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}
