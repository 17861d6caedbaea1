import type { Booking, Closure, Room } from '../model/places';
import { minuteOfDay, weekdayOf, dateKey } from '../time/center-time';
import { openSpans, type MakeupDays } from './calendar';
import { intersectIntervals, unionLength, type Interval } from './intervals';
import { holdsRoom } from './rules';
import { roomDayOf, spansOf, type RoomDay } from './room-days';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * One room's use over a period, in minutes.
 *
 * @example
 * const u: RoomUtilisation = { roomId: 'r1', openMinutes: 600, usedMinutes: 150, idleRate: 0.75, noShowMinutes: 0, bookings: 2 };
 */
export interface RoomUtilisation {
  roomId: string;
  openMinutes: number;
  /** Union of held bookings inside open time: never above openMinutes. */
  usedMinutes: number;
  /** 1 - used/open, or null when the room was never open. */
  idleRate: number | null;
  /** Time booked by bookings that ended up 未到场, inside open time. */
  noShowMinutes: number;
  bookings: number;
}

/**
 * Open and used time per weekday (0 = Sunday) and hour (0-23), summed over rooms.
 *
 * @example
 * heat.used[6][9] / heat.open[6][9] // => Saturday 09:00–10:00 usage rate
 */
export interface HeatMap {
  open: number[][];
  used: number[][];
}

function minutes(spans: readonly Interval[]): number {
  return Math.round(unionLength(spans) / MINUTE_MS);
}

/**
 * Open hours, used hours, idle rate and no-show hours per room between two dates (inclusive). Used time
 * is the union of bookings that hold the room, clipped to open time, so it can never exceed 100%.
 *
 * @example
 * roomUtilisation({ rooms, bookings, closures, makeup, fromDate: '2026-11-01', toDate: '2026-11-30' })[0].idleRate // => 0.62
 */
export function roomUtilisation(input: {
  rooms: readonly Room[];
  bookings: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  fromDate: string;
  toDate: string;
}): RoomUtilisation[] {
  return input.rooms.map((room) => {
    const mine = input.bookings.filter((b) => b.roomId === room.id && b.deletedAt === null);
    const held = mine.filter((b) => holdsRoom(b.status));
    const open = openSpans(room, input.fromDate, input.toDate, input.closures, input.makeup);
    return useOf(
      room.id,
      open,
      held,
      mine.filter((b) => b.status === '未到场'),
      held.length,
    );
  });
}

/** One room's figures from its open spans and its held and 未到场 spans (any order, may overlap). */
function useOf(
  roomId: string,
  open: readonly Interval[],
  held: readonly Interval[],
  noShow: readonly Interval[],
  bookings: number,
): RoomUtilisation {
  const openMinutes = minutes(open);
  const usedMinutes = minutes(intersectIntervals(held, open));
  return {
    roomId,
    openMinutes,
    usedMinutes,
    idleRate: openMinutes > 0 ? 1 - usedMinutes / openMinutes : null,
    noShowMinutes: minutes(intersectIntervals(noShow, open)),
    bookings,
  };
}

/**
 * roomUtilisation from stored room days (one per day from fromDate to toDate that had bookings) plus
 * the bookings that start before fromDate and reach into it: the same figures as roomUtilisation over
 * every booking overlapping the period, without reading them.
 *
 * @example
 * roomUtilisationFromDays({ rooms, days, before: [], closures, makeup, fromDate: '2026-01-01', toDate: '2026-12-31' })[0].usedMinutes // => 5400
 */
export function roomUtilisationFromDays(input: {
  rooms: readonly Room[];
  days: readonly RoomDay[];
  before: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  fromDate: string;
  toDate: string;
}): RoomUtilisation[] {
  const earlier = roomDayOf(input.fromDate, input.before);
  const days = earlier ? [earlier, ...input.days] : input.days;
  return input.rooms.map((room) => {
    const held: Interval[] = [];
    const noShow: Interval[] = [];
    let bookings = 0;
    for (const d of days) {
      const use = d.rooms[room.id];
      if (!use) continue;
      held.push(...spansOf(use.held));
      noShow.push(...spansOf(use.noShow));
      bookings += use.bookings;
    }
    const open = openSpans(room, input.fromDate, input.toDate, input.closures, input.makeup);
    return useOf(room.id, open, held, noShow, bookings);
  });
}

function grid(): number[][] {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
}

/** Adds each span's minutes into its weekday × hour cells (center time). */
function spread(spans: readonly Interval[], into: number[][]): void {
  for (const s of spans) {
    let t = s.start;
    while (t < s.end) {
      const hourEnd = Math.min(s.end, t - (minuteOfDay(t) % 60) * MINUTE_MS - (t % MINUTE_MS) + HOUR_MS);
      const row = into[weekdayOf(dateKey(t))] as number[];
      const hour = Math.floor(minuteOfDay(t) / 60);
      row[hour] = (row[hour] ?? 0) + (hourEnd - t) / MINUTE_MS;
      t = hourEnd;
    }
  }
}

/**
 * Weekday × hour heat map of open and used minutes across rooms, same rules as roomUtilisation.
 *
 * @example
 * const heat = utilisationHeatMap({ rooms, bookings, closures, makeup, fromDate, toDate });
 */
export function utilisationHeatMap(input: {
  rooms: readonly Room[];
  bookings: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  fromDate: string;
  toDate: string;
}): HeatMap {
  const heat: HeatMap = { open: grid(), used: grid() };
  for (const room of input.rooms) {
    const open = openSpans(room, input.fromDate, input.toDate, input.closures, input.makeup);
    const held = input.bookings.filter(
      (b) => b.roomId === room.id && b.deletedAt === null && holdsRoom(b.status),
    );
    spread(open, heat.open);
    spread(intersectIntervals(held, open), heat.used);
  }
  return heat;
}

/**
 * All rooms together over the period: the figures a center reports upward as 场地使用率 and 闲置率.
 * Rates come from summed minutes (a big hall open long weighs more than a small room), null if nothing
 * was open.
 *
 * @example
 * totalUtilisation([{ roomId: 'a', openMinutes: 600, usedMinutes: 300, idleRate: 0.5, noShowMinutes: 0, bookings: 3 },
 *   { roomId: 'b', openMinutes: 200, usedMinutes: 0, idleRate: 1, noShowMinutes: 60, bookings: 0 }])
 * // => { openMinutes: 800, usedMinutes: 300, usageRate: 0.375, idleRate: 0.625, noShowMinutes: 60, bookings: 3 }
 */
export function totalUtilisation(rows: readonly RoomUtilisation[]): {
  openMinutes: number;
  usedMinutes: number;
  usageRate: number | null;
  idleRate: number | null;
  noShowMinutes: number;
  bookings: number;
} {
  const sum = (f: (r: RoomUtilisation) => number) => rows.reduce((s, r) => s + f(r), 0);
  const openMinutes = sum((r) => r.openMinutes);
  const usedMinutes = sum((r) => r.usedMinutes);
  const usageRate = openMinutes > 0 ? usedMinutes / openMinutes : null;
  return {
    openMinutes,
    usedMinutes,
    usageRate,
    idleRate: usageRate === null ? null : 1 - usageRate,
    noShowMinutes: sum((r) => r.noShowMinutes),
    bookings: sum((r) => r.bookings),
  };
}
