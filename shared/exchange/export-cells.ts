/**
 * Cells of an exported .xlsx sheet: real date, time and number cells, so the sheet sorts, filters and sums
 * in Excel; text only where digits are an identifier (ID numbers, phones, numbers with leading zeros).
 */
import { maskIdNumber, maskPhone } from '../privacy/mask';
import { CHINA_OFFSET_MINUTES, parseDateKey } from '../time/center-time';

/**
 * One cell as the sheet writer takes it; a Date needs a `format`.
 *
 * @example
 * const cell: ExportCell = { value: 2.5, format: '0.0' };
 */
export interface ExportCell {
  value?: string | number | Date | undefined;
  fontWeight?: 'bold';
  /** Excel number format, e.g. 'yyyy-mm-dd', 'hh:mm', '0.0'. */
  format?: string;
}

/**
 * The Excel number formats the exports use.
 *
 * @example
 * EXCEL_FORMATS.date // => 'yyyy-mm-dd'
 */
export const EXCEL_FORMATS = {
  date: 'yyyy-mm-dd',
  time: 'hh:mm',
  dateTime: 'yyyy-mm-dd hh:mm',
  hours: '0.0#',
} as const;

const MS_PER_MINUTE = 60_000;

/**
 * The center's wall-clock time of an instant as the Date a sheet writer should store. Excel cells carry
 * no zone and the writer reads a Date's UTC fields, so those fields must hold China time, whatever zone
 * the desk machine runs in.
 *
 * @example
 * excelWallClock(Date.UTC(2026, 11, 1, 15, 30)).toISOString() // => '2026-12-01T23:30:00.000Z'
 */
export function excelWallClock(epochMs: number, offsetMinutes = CHINA_OFFSET_MINUTES): Date {
  return new Date(epochMs + offsetMinutes * MS_PER_MINUTE);
}

/**
 * A plain text cell; empty for null or undefined. Use it for identifiers so Excel keeps leading zeros.
 *
 * @example
 * textCell('000123') // => { value: '000123' }
 * textCell(null) // => { value: '' }
 */
export function textCell(value: string | null | undefined): ExportCell {
  return { value: value ?? '' };
}

/**
 * A number cell (hours, counts); empty for null or a value that is not finite.
 *
 * @example
 * numberCell(3) // => { value: 3 }
 * numberCell(2.5, EXCEL_FORMATS.hours) // => { value: 2.5, format: '0.0#' }
 */
export function numberCell(value: number | null | undefined, format?: string): ExportCell {
  if (value === null || value === undefined || !Number.isFinite(value)) return { value: undefined };
  return format ? { value, format } : { value };
}

/**
 * The calendar day of an instant, as a date cell on the center's day (23:30 China time stays on its day).
 *
 * @example
 * dateCell(Date.UTC(2026, 11, 1, 15, 30)) // => { value: Date('2026-12-01T23:30Z'), format: 'yyyy-mm-dd' }
 */
export function dateCell(epochMs: number | null | undefined): ExportCell {
  if (epochMs === null || epochMs === undefined) return { value: undefined };
  return { value: excelWallClock(epochMs), format: EXCEL_FORMATS.date };
}

/**
 * A `YYYY-MM-DD` key (a birth date) as a date cell; a malformed key stays as the text it is.
 *
 * @example
 * dateKeyCell('1990-01-01') // => { value: Date('1990-01-01T00:00Z'), format: 'yyyy-mm-dd' }
 * dateKeyCell('1990-13-01') // => { value: '1990-13-01' }
 */
export function dateKeyCell(key: string | null | undefined): ExportCell {
  if (!key) return { value: undefined };
  const parts = parseDateKey(key);
  if (!parts) return { value: key };
  const d = new Date(0);
  d.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return { value: d, format: EXCEL_FORMATS.date };
}

/**
 * The center's clock time of an instant as a time cell (hh:mm).
 *
 * @example
 * timeCell(Date.UTC(2026, 11, 1, 1, 5)) // => { value: Date('2026-12-01T09:05Z'), format: 'hh:mm' }
 */
export function timeCell(epochMs: number | null | undefined): ExportCell {
  if (epochMs === null || epochMs === undefined) return { value: undefined };
  return { value: excelWallClock(epochMs), format: EXCEL_FORMATS.time };
}

/**
 * An instant as a date-and-time cell in the center's time.
 *
 * @example
 * dateTimeCell(Date.UTC(2026, 11, 1, 1, 5)) // => { value: Date('2026-12-01T09:05Z'), format: 'yyyy-mm-dd hh:mm' }
 */
export function dateTimeCell(epochMs: number | null | undefined): ExportCell {
  if (epochMs === null || epochMs === undefined) return { value: undefined };
  return { value: excelWallClock(epochMs), format: EXCEL_FORMATS.dateTime };
}

/**
 * Minutes as an hours number cell, rounded to 2 decimals (what the desk credits).
 *
 * @example
 * hoursCell(90) // => { value: 1.5, format: '0.0#' }
 */
export function hoursCell(minutes: number | null | undefined): ExportCell {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return { value: undefined };
  return { value: Math.round((minutes / 60) * 100) / 100, format: EXCEL_FORMATS.hours };
}

/**
 * Whether personal numbers go out in full. Only an admin may choose `full`, and the choice is logged.
 *
 * @example
 * const privacy: ExportPrivacy = 'masked';
 */
export type ExportPrivacy = 'masked' | 'full';

/**
 * An ID number as a text cell, masked unless the export is `full`.
 *
 * @example
 * idNumberCell('110105199001011234', 'masked') // => { value: '110105********1234' }
 * idNumberCell('110105199001011234', 'full') // => { value: '110105199001011234' }
 */
export function idNumberCell(idNumber: string | null | undefined, privacy: ExportPrivacy): ExportCell {
  if (!idNumber) return { value: '' };
  return { value: privacy === 'full' ? idNumber : maskIdNumber(idNumber) };
}

/**
 * A phone number as a text cell, masked unless the export is `full`.
 *
 * @example
 * phoneCell('13812345678', 'masked') // => { value: '138****5678' }
 */
export function phoneCell(phone: string | null | undefined, privacy: ExportPrivacy): ExportCell {
  if (!phone) return { value: '' };
  return { value: privacy === 'full' ? phone : maskPhone(phone) };
}
