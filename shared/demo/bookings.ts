import type { Draft } from '../model/base';
import { DOCUMENT_PREFIX } from '../model/documents';
import type { Booking, BookingCategory, BookingStatus, Closure, Organisation, Room } from '../model/places';
import { addDays, fromDateAndMinutes, weekdayOf } from '../time/center-time';
import { dateRange, MINUTE_MS } from './context';
import type { DemoContext } from './context';
import { isClosed } from './places';
import { ORGANISATION_DEFS, DEMO_WORDS } from './pools';
import { ROOM_DEFS } from './room-defs';
import type { RoomDef } from './room-defs';

/**
 * The booking window around `now`, in days.
 *
 * @example
 * addDays(today, -DEMO_BOOKING_DAYS.before) // => the first day with bookings
 */
export const DEMO_BOOKING_DAYS = { before: 14, after: 16 } as const;

const DURATIONS = [60, 90, 120, 150, 180] as const;

/** A planned booking before statuses and bookkeeping are decided. */
interface Plan {
  room: Room;
  day: string;
  start: number;
  end: number;
  category: BookingCategory;
  title: string;
  organisation: Organisation | null;
  series: boolean;
}

/** Weekly fixtures a real center would have; kept as plain rows (seriesId null) for the demo. */
const WEEKLY = [
  {
    weekday: 6,
    room: '道德讲堂',
    from: 540,
    to: 660,
    title: '道德讲堂·身边好人故事会',
    category: '道德',
    org: '鼓楼区东街街道办事处',
  },
  {
    weekday: 3,
    room: '活动室',
    from: 1140,
    to: 1230,
    title: '社区合唱团排练',
    category: '文化文艺',
    org: '鼓东街道东大社区居委会',
  },
] as const;

/**
 * Keeps every booking of a room apart, setup and cleanup buffers included, inside opening hours and
 * outside closures. Intervals are half-open, so one booking's buffer may end where the next begins.
 */
function createScheduler(closures: readonly Closure[]) {
  const occupied = new Map<string, { from: number; to: number }[]>();
  return (room: Room, day: string, startMinute: number, endMinute: number): boolean => {
    const hours = room.openingHours.find((h) => h.weekday === weekdayOf(day));
    if (!hours) return false;
    if (startMinute - room.setupMinutes < hours.openMinute) return false;
    if (endMinute + room.cleanupMinutes > hours.closeMinute) return false;
    const from = fromDateAndMinutes(day, startMinute - room.setupMinutes);
    const to = fromDateAndMinutes(day, endMinute + room.cleanupMinutes);
    if (isClosed(closures, room.id, from, to)) return false;
    const taken = occupied.get(room.id) ?? [];
    if (taken.some((t) => from < t.to && t.from < to)) return false;
    taken.push({ from, to });
    occupied.set(room.id, taken);
    return true;
  };
}

function pickOrganisation(
  ctx: DemoContext,
  organisations: readonly Organisation[],
  category: BookingCategory,
) {
  const fitting = organisations.filter((o) =>
    ORGANISATION_DEFS.find((d) => d.name === o.name)?.categories.includes(category),
  );
  return fitting.length > 0 ? ctx.rand.pick(fitting) : ctx.rand.pick(organisations);
}

function planBookings(
  ctx: DemoContext,
  rooms: readonly Room[],
  closures: readonly Closure[],
  organisations: readonly Organisation[],
): Plan[] {
  const { rand } = ctx;
  const reserve = createScheduler(closures);
  const days = dateRange(
    addDays(ctx.today, -DEMO_BOOKING_DAYS.before),
    addDays(ctx.today, DEMO_BOOKING_DAYS.after),
  );
  const plans: Plan[] = [];
  const defOf = (room: Room): RoomDef =>
    ROOM_DEFS.find((d) => d.name === room.name) ?? (ROOM_DEFS[0] as RoomDef);

  for (const day of days) {
    for (const w of WEEKLY) {
      const room = rooms.find((r) => r.name === w.room);
      if (!room || weekdayOf(day) !== w.weekday || !reserve(room, day, w.from, w.to)) continue;
      const organisation = organisations.find((o) => o.name === w.org) ?? null;
      plans.push({
        room,
        day,
        start: fromDateAndMinutes(day, w.from),
        end: fromDateAndMinutes(day, w.to),
        category: w.category,
        title: w.title,
        organisation,
        series: true,
      });
    }
  }
  for (const day of days) {
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    for (const room of rooms) {
      const def = defOf(room);
      for (const session of room.sessions) {
        const evening = session.startMinute >= 1080;
        if (!rand.chance(def.popularity * (weekend ? 1.3 : 1) * (evening ? 0.6 : 1))) continue;
        const [category, title] = rand.pick(def.uses);
        const options = rand
          .shuffle([0, 30, 60])
          .flatMap((offset) => rand.shuffle(DURATIONS).map((d) => [session.startMinute + offset, d] as const))
          .filter(([from, d]) => from + d <= session.endMinute);
        const chosen = options.find(([from, d]) => reserve(room, day, from, from + d));
        if (!chosen) continue;
        const [start, duration] = chosen;
        plans.push({
          room,
          day,
          start: fromDateAndMinutes(day, start),
          end: fromDateAndMinutes(day, start + duration),
          category,
          title,
          organisation: pickOrganisation(ctx, organisations, category),
          series: false,
        });
      }
    }
  }
  return plans;
}

/** Statuses follow the clock: past ones done, current ones checked in, future ones confirmed or pending. */
function naturalStatus(ctx: DemoContext, plan: Plan): BookingStatus {
  if (plan.end <= ctx.now) return '已完成';
  if (plan.start <= ctx.now) return '已签到';
  const soon = plan.start - ctx.now < 86_400_000;
  return !soon && ctx.rand.chance(plan.room.needsApproval ? 0.5 : 0.15) ? '待审核' : '已确认';
}

/**
 * A month of bookings around `now` (14 days back, 16 ahead), never overlapping in a room, numbered
 * YY-<year>-00001… in creation order, with statuses that agree with the clock: mostly 已完成 in the
 * past (a couple 未到场 and 已取消), 已确认 or 待审核 ahead.
 *
 * @example
 * generateBookings(ctx, rooms, closures, organisations)[0].number // => e.g. 'YY-2026-00012'
 */
export function generateBookings(
  ctx: DemoContext,
  rooms: readonly Room[],
  closures: readonly Closure[],
  organisations: readonly Organisation[],
): Booking[] {
  const { rand, now } = ctx;
  const plans = planBookings(ctx, rooms, closures, organisations).sort((a, b) => a.start - b.start);
  const statuses = plans.map((p) => naturalStatus(ctx, p));
  const past = rand.shuffle(plans.map((p, i) => (p.end <= now && !p.series ? i : -1)).filter((i) => i >= 0));
  const future = rand.shuffle(
    plans.map((p, i) => (p.start > now && !p.series ? i : -1)).filter((i) => i >= 0),
  );
  for (const i of past.slice(0, 2)) statuses[i] = '未到场';
  for (const i of [...past.slice(2, 4), ...future.slice(0, 1)]) statuses[i] = '已取消';
  const seriesCreatedAt = ctx.deskTime(addDays(ctx.today, -DEMO_BOOKING_DAYS.before - 30));

  const rows = plans.map((plan, i) => {
    const status = statuses[i] ?? '已确认';
    const leadDay = addDays(plan.day, -rand.int(2, 20));
    const createdAt = plan.series
      ? seriesCreatedAt
      : ctx.deskTime(leadDay <= ctx.today ? leadDay : addDays(ctx.today, -rand.int(0, 14)));
    const capacity = plan.room.capacity;
    const expectedAttendees = rand.int(Math.max(5, Math.round(capacity * 0.25)), Math.round(capacity * 0.9));
    const checkedInAt =
      status === '已完成' || status === '已签到' ? plan.start - rand.int(5, 20) * MINUTE_MS : null;
    const actualAttendees =
      status === '已完成'
        ? Math.min(capacity, Math.max(1, Math.round(expectedAttendees * (0.7 + rand.next() * 0.35))))
        : null;
    const cancelledAt = Math.max(createdAt, Math.min(plan.start - rand.int(2, 72) * 60 * MINUTE_MS, now));
    const updatedAt = Math.min(
      now,
      status === '已完成' || status === '未到场'
        ? plan.end + rand.int(10, 90) * MINUTE_MS
        : status === '已取消'
          ? cancelledAt
          : status === '已签到'
            ? (checkedInAt ?? createdAt)
            : status === '已确认'
              ? createdAt + rand.int(30, 600) * MINUTE_MS
              : createdAt,
    );
    const draft: Draft<Booking> = {
      number: '',
      roomId: plan.room.id,
      start: plan.start,
      end: plan.end,
      title: plan.title,
      category: plan.category,
      organisationId: plan.organisation?.id ?? null,
      contactName: plan.organisation?.contactName ?? '',
      phone: plan.organisation?.phone ?? '',
      expectedAttendees,
      actualAttendees,
      equipment: rand.shuffle(plan.room.equipment).slice(0, rand.int(0, plan.room.equipment.length)),
      notes: plan.series ? '每周固定活动' : '',
      status,
      cancelReason: status === '已取消' ? rand.pick(DEMO_WORDS.cancelReasons) : null,
      checkedInAt,
      seriesId: null,
      backfillReason: null,
    };
    const row = ctx.stamp(draft, createdAt);
    return { ...row, updatedAt: Math.max(row.createdAt, updatedAt) };
  });

  // Numbers are allocated when a booking is entered, so they follow creation order.
  const year = ctx.today.slice(0, 4);
  const prefix = DOCUMENT_PREFIX['场地使用确认单'];
  [...rows]
    .sort((a, b) => a.createdAt - b.createdAt || a.start - b.start)
    .forEach((row, n) => {
      row.number = `${prefix}-${year}-${String(n + 1).padStart(5, '0')}`;
    });
  return rows;
}
