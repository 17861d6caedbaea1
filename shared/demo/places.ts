import type { Draft } from '../model/base';
import type { Closure, NamedSession, OpeningHours, Room } from '../model/places';
import { addDays, fromDateAndMinutes } from '../time/center-time';
import { DAY_MS } from './context';
import type { DemoContext } from './context';
import { ROOM_DEFS } from './room-defs';

/**
 * 08:30, when the center opens, in minutes after midnight.
 *
 * @example
 * formatMinutes(OPEN_MINUTE) // => '08:30'
 */
export const OPEN_MINUTE = 510;

/**
 * Named sessions offered as booking shortcuts.
 *
 * @example
 * DEMO_SESSIONS[0] // => { name: '上午', startMinute: 510, endMinute: 720 }
 */
export const DEMO_SESSIONS: readonly NamedSession[] = [
  { name: '上午', startMinute: 510, endMinute: 720 },
  { name: '下午', startMinute: 840, endMinute: 1050 },
  { name: '晚上', startMinute: 1140, endMinute: 1260 },
];

/**
 * Tuesday to Sunday from 08:30; Monday is the weekly closing day, as in many public venues.
 *
 * @example
 * demoOpeningHours(1260).map((h) => h.weekday) // => [0, 2, 3, 4, 5, 6]
 */
export function demoOpeningHours(closeMinute: number): OpeningHours[] {
  return [0, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, openMinute: OPEN_MINUTE, closeMinute }));
}

/**
 * The demo rooms, in ROOM_DEFS order, set up 90 days before `now`.
 *
 * @example
 * generateRooms(ctx).find((r) => r.name === '理论讲堂')?.capacity // => 120
 */
export function generateRooms(ctx: DemoContext): Room[] {
  const installedAt = ctx.now - 90 * DAY_MS;
  return ROOM_DEFS.map((def, index) =>
    ctx.stamp<Draft<Room>>(
      {
        name: def.name,
        kind: def.kind,
        capacity: def.capacity,
        area: def.area,
        location: def.location,
        equipment: [...def.equipment],
        openingHours: demoOpeningHours(def.closeMinute),
        sessions: DEMO_SESSIONS.filter((s) => s.endMinute <= def.closeMinute).map((s) => ({ ...s })),
        setupMinutes: def.setupMinutes,
        cleanupMinutes: def.cleanupMinutes,
        needsApproval: def.needsApproval,
        color: def.color,
        active: true,
        sortOrder: (index + 1) * 10,
      },
      installedAt,
    ),
  );
}

/**
 * A few closures around `now`: a whole-center closure, a two-day room repair, a partial maintenance
 * slot and a past one. Bookings are generated around them.
 *
 * @example
 * generateClosures(ctx, rooms).some((c) => c.roomId === null) // => true
 */
export function generateClosures(ctx: DemoContext, rooms: readonly Room[]): Closure[] {
  const roomId = (name: string): string | null => rooms.find((r) => r.name === name)?.id ?? null;
  const plans: Draft<Closure>[] = [
    {
      roomId: null,
      date: addDays(ctx.today, 12),
      endDate: addDays(ctx.today, 12),
      startMinute: null,
      endMinute: null,
      reason: '中心消防设施年度检测，全天闭馆',
      source: 'center',
    },
    {
      roomId: roomId('多功能厅'),
      date: addDays(ctx.today, 5),
      endDate: addDays(ctx.today, 6),
      startMinute: null,
      endMinute: null,
      reason: 'LED屏维修',
      source: 'room',
    },
    {
      roomId: roomId('培训室'),
      date: addDays(ctx.today, 9),
      endDate: addDays(ctx.today, 9),
      startMinute: 840,
      endMinute: 1050,
      reason: '电脑系统升级维护',
      source: 'room',
    },
    {
      roomId: roomId('活动室'),
      date: addDays(ctx.today, -6),
      endDate: addDays(ctx.today, -6),
      startMinute: 510,
      endMinute: 720,
      reason: '钢琴调音',
      source: 'room',
    },
  ];
  return plans.map((plan) => ctx.stamp(plan, ctx.deskTime(addDays(plan.date, -10))));
}

/**
 * True when a closure covers any part of [start, end) in the given room (or the whole center).
 *
 * @example
 * isClosed(closures, room.id, start, end) // => false on an ordinary day
 */
export function isClosed(closures: readonly Closure[], roomId: string, start: number, end: number): boolean {
  return closures.some((c) => {
    if (c.roomId !== null && c.roomId !== roomId) return false;
    const from = fromDateAndMinutes(c.date, c.startMinute ?? 0);
    const to = fromDateAndMinutes(c.endDate, c.endMinute ?? 1440);
    return start < to && from < end;
  });
}
