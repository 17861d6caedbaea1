import type { OpeningHours } from '@shared/model';
import { formatMinutes } from '@shared/time/center-time';

const DAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
/** Chinese timetables list the week from Monday. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function spansOf(hours: OpeningHours[], weekday: number): string {
  return hours
    .filter((h) => h.weekday === weekday)
    .sort((a, b) => a.openMinute - b.openMinute)
    .map((h) => `${formatMinutes(h.openMinute)}–${formatMinutes(h.closeMinute)}`)
    .join('、');
}

function dayRangeLabel(days: number[]): string {
  const first = DAY_NAMES[days[0] ?? 0] ?? '';
  const last = DAY_NAMES[days[days.length - 1] ?? 0] ?? '';
  if (days.length === 1) return first;
  if (days.length === 2) return `${first}、${last}`;
  return `${first}至${last}`;
}

/**
 * Opening hours as one line, consecutive days with the same hours grouped.
 *
 * @example
 * summariseOpeningHours(monToFri830to1730) // => '周一至周五 08:30–17:30'
 */
export function summariseOpeningHours(hours: OpeningHours[]): string {
  const groups: { days: number[]; spans: string }[] = [];
  for (const day of WEEK_ORDER) {
    const spans = spansOf(hours, day);
    const last = groups[groups.length - 1];
    if (
      spans &&
      last &&
      last.spans === spans &&
      last.days[last.days.length - 1] === WEEK_ORDER[WEEK_ORDER.indexOf(day) - 1]
    ) {
      last.days.push(day);
    } else if (spans) {
      groups.push({ days: [day], spans });
    }
  }
  if (groups.length === 0) return '未设置开放时间';
  return groups.map((g) => `${dayRangeLabel(g.days)} ${g.spans}`).join('；');
}
