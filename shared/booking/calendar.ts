import type { Closure, OpeningHours, Room } from '../model/places';
import { addDays, daysBetween, fromDateAndMinutes, weekdayOf } from '../time/center-time';
import { mergeIntervals, subtractIntervals, type Interval } from './intervals';

/**
 * Make-up workdays (调休上班) by date, with the holiday they make up for. A weekday a room is normally
 * closed on opens with that room's regular workday hours on such a date.
 *
 * @example
 * const makeup: MakeupDays = new Map([['2026-09-20', '国庆节']]);
 */
export type MakeupDays = ReadonlyMap<string, string>;

/**
 * The span a closure takes out of the calendar: whole days, or from `startMinute` on the first day to
 * `endMinute` on the last.
 *
 * @example
 * closureSpan({ date: '2026-12-01', endDate: '2026-12-01', startMinute: 840, endMinute: 1050 })
 * // => { start: fromDateAndMinutes('2026-12-01', 840), end: fromDateAndMinutes('2026-12-01', 1050) }
 */
export function closureSpan(c: Pick<Closure, 'date' | 'endDate' | 'startMinute' | 'endMinute'>): Interval {
  return {
    start: fromDateAndMinutes(c.date, c.startMinute ?? 0),
    end: fromDateAndMinutes(c.endDate, c.endMinute ?? 1440),
  };
}

/**
 * True when a live closure applies to the room (a center closure applies to every room).
 *
 * @example
 * closes(centerClosure, 'room-1') // => true
 */
export function closes(c: Pick<Closure, 'roomId' | 'deletedAt'>, roomId: string): boolean {
  return c.deletedAt === null && (c.roomId === null || c.roomId === roomId);
}

/** Monday to Friday, the days a make-up workday borrows its hours from. */
const WORKDAYS = [1, 2, 3, 4, 5] as const;

/**
 * A room's opening windows (minutes after midnight) on a date: its own weekday's hours, or on a make-up
 * workday the hours of its first open workday when it is normally closed that weekday.
 *
 * @example
 * hoursOn(room, '2026-11-24', new Map()) // => [{ weekday: 2, openMinute: 510, closeMinute: 1260 }]
 */
export function hoursOn(room: Pick<Room, 'openingHours'>, date: string, makeup: MakeupDays): OpeningHours[] {
  const weekday = weekdayOf(date);
  const own = room.openingHours.filter((h) => h.weekday === weekday);
  if (own.length > 0 || !makeup.has(date)) return own;
  for (const day of WORKDAYS) {
    const borrowed = room.openingHours.filter((h) => h.weekday === day);
    if (borrowed.length > 0) return borrowed.map((h) => ({ ...h, weekday }));
  }
  return [];
}

/**
 * When a room can be used between two dates (inclusive): opening hours minus closures, as merged
 * epoch spans.
 *
 * @example
 * openSpans(room, '2026-11-24', '2026-11-24', closures, new Map()) // => [{ start: …08:30, end: …21:00 }]
 */
export function openSpans(
  room: Pick<Room, 'id' | 'openingHours'>,
  fromDate: string,
  toDate: string,
  closures: readonly Closure[],
  makeup: MakeupDays,
): Interval[] {
  const spans: Interval[] = [];
  const days = daysBetween(fromDate, toDate);
  for (let i = 0; i <= days; i += 1) {
    const date = addDays(fromDate, i);
    for (const h of hoursOn(room, date, makeup)) {
      spans.push({
        start: fromDateAndMinutes(date, h.openMinute),
        end: fromDateAndMinutes(date, h.closeMinute),
      });
    }
  }
  const closed = closures.filter((c) => closes(c, room.id)).map(closureSpan);
  return subtractIntervals(mergeIntervals(spans), closed);
}

/**
 * The closures that cover any part of [start, end) in a room, for messages.
 *
 * @example
 * closuresHitting(closures, 'room-1', { start, end })[0]?.reason // => '中心消防设施年度检测，全天闭馆'
 */
export function closuresHitting(closures: readonly Closure[], roomId: string, span: Interval): Closure[] {
  return closures.filter((c) => {
    if (!closes(c, roomId)) return false;
    const s = closureSpan(c);
    return s.start < span.end && span.start < s.end;
  });
}
