import type { Closure } from '../model/places';
import { addDays } from '../time/center-time';

/**
 * The holiday dataset as the `chinese-days` package ships it: date → "English,中文,天数".
 *
 * @example
 * const data: HolidayDataset = { holidays: { '2026-10-01': 'National Day,国庆节,3' }, workdays: { '2026-09-20': 'National Day,国庆节,3' } };
 */
export interface HolidayDataset {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
}

function chineseName(value: string): string {
  return value.split(',')[1] ?? value;
}

/**
 * Make-up workdays (调休上班) with the holiday each makes up for.
 *
 * @example
 * makeupDays(data).get('2026-09-20') // => '国庆节'
 */
export function makeupDays(data: HolidayDataset): Map<string, string> {
  return new Map(Object.entries(data.workdays).map(([date, v]) => [date, chineseName(v)]));
}

/**
 * The public holidays of one year as whole-day center closures, consecutive days of one holiday merged.
 *
 * @example
 * holidayClosures(data, 2026).find((c) => c.reason === '国庆节') // => { date: '2026-10-01', endDate: '2026-10-07', … }
 */
export function holidayClosures(
  data: HolidayDataset,
  year: number,
): Omit<Closure, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deskId'>[] {
  const days = Object.entries(data.holidays)
    .filter(([date]) => date.startsWith(`${year}-`))
    .sort(([a], [b]) => a.localeCompare(b));
  const out: Omit<Closure, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'deskId'>[] = [];
  for (const [date, value] of days) {
    const reason = chineseName(value);
    const last = out[out.length - 1];
    if (last && last.reason === reason && addDays(last.endDate, 1) === date) last.endDate = date;
    else {
      out.push({
        roomId: null,
        date,
        endDate: date,
        startMinute: null,
        endMinute: null,
        reason,
        source: 'holiday',
      });
    }
  }
  return out;
}
