import { MAX_WINDOWS_PER_DAY } from '../booking/room-schema';
import { cellText, type CellResult, type RawCell } from './import-cells';

/**
 * Opening hours as a room list writes them: the weekdays (0 = Sunday … 6 = Saturday) and the day's
 * windows as typed times, left for the room form's schema to check (close after open, no overlap).
 *
 * @example
 * const h: ImportedHours = { weekdays: [1, 2, 3, 4, 5], windows: [{ openTime: '09:00', closeTime: '17:30' }] };
 */
export interface ImportedHours {
  /** Null when the cell names no days: the room form's usual days (Tuesday to Sunday) are kept. */
  weekdays: number[] | null;
  windows: { openTime: string; closeTime: string }[];
}

const DAY = '[一二三四五六日天]';
const WEEKDAY_OF: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
/** Chinese weeks run Monday to Sunday, so 周五至周日 is 5, 6, 0. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

function dayList(text: string): number[] | null {
  const t = text.replace(/星期/g, '周');
  if (/^(每天|每日|全周|周一至周日|周一到周日)$/.test(t)) return WEEK_ORDER;
  if (/^(工作日)$/.test(t)) return [1, 2, 3, 4, 5];
  if (/^(周末|双休日)$/.test(t)) return [6, 0];
  const range = new RegExp(`^周(${DAY})[至到\\-~]周?(${DAY})$`).exec(t);
  if (range) {
    const from = WEEK_ORDER.indexOf(WEEKDAY_OF[range[1] ?? ''] ?? -1);
    const to = WEEK_ORDER.indexOf(WEEKDAY_OF[range[2] ?? ''] ?? -1);
    return from >= 0 && to >= from ? WEEK_ORDER.slice(from, to + 1) : null;
  }
  const list = t.split(/[、,，]/);
  const days = list.map((d) => new RegExp(`^周(${DAY})$`).exec(d)?.[1]);
  if (days.some((d) => d === undefined)) return null;
  return WEEK_ORDER.filter((w) => days.some((d) => WEEKDAY_OF[d ?? ''] === w));
}

/**
 * Reads a 开放时间 cell: optional days (周二至周日, 周一、周三, 每天, 工作日) then one or more windows
 * (08:30-12:00、14:00-17:30). Empty gives null (the room form's defaults are kept).
 *
 * @example
 * parseOpeningHours('周一至周五 9:00-17:30')
 * // => { ok: true, value: { weekdays: [1, 2, 3, 4, 5], windows: [{ openTime: '9:00', closeTime: '17:30' }] } }
 * parseOpeningHours('看情况').ok // => false
 */
export function parseOpeningHours(cell: RawCell): CellResult<ImportedHours | null> {
  const text = cellText(cell).replace(/：/g, ':');
  if (text === '') return { ok: true, value: null };
  const bad = {
    ok: false as const,
    message: `开放时间“${text}”无法识别，请写成“周二至周日 08:30-17:30”的形式`,
  };
  const firstTime = text.search(/\d{1,2}[:.]\d{2}/);
  if (firstTime < 0) return bad;
  const dayText = text.slice(0, firstTime).replace(/\s+/g, '');
  const weekdays = dayText === '' ? null : dayList(dayText);
  if (dayText !== '' && (weekdays === null || weekdays.length === 0)) return bad;
  const windows: ImportedHours['windows'] = [];
  const rest = text
    .slice(firstTime)
    .replace(/\s*[-~～—–至到]\s*/g, '-')
    .split(/[、,，;；\s]+/)
    .filter((s) => s !== '');
  for (const part of rest) {
    const m = /^(\d{1,2}[:.]\d{2})-(\d{1,2}[:.]\d{2})$/.exec(part);
    if (!m) return bad;
    windows.push({ openTime: (m[1] ?? '').replace('.', ':'), closeTime: (m[2] ?? '').replace('.', ':') });
  }
  if (windows.length === 0) return bad;
  if (windows.length > MAX_WINDOWS_PER_DAY)
    return { ok: false, message: `开放时间每天最多 ${MAX_WINDOWS_PER_DAY} 段` };
  return { ok: true, value: { weekdays, windows } };
}
