import type { Booking, Closure, Room } from '../model/places';
import { dateKey, formatMinutes, formatTime } from '../time/center-time';
import { closuresHitting, hoursOn, openSpans, type MakeupDays } from './calendar';
import { overlaps, type Interval } from './intervals';
import { holdsRoom, type BookingRules } from './rules';

const MINUTE_MS = 60_000;

/**
 * A booking being checked: where and when, and who else to ignore (itself when editing).
 *
 * @example
 * const c: Candidate = { id: null, roomId: 'r1', start, end, expectedAttendees: 40 };
 */
export interface Candidate {
  /** The booking's own id when it is being edited, so it does not conflict with itself. */
  id: string | null;
  roomId: string;
  start: number;
  end: number;
  expectedAttendees: number;
}

/**
 * Why a booking cannot be saved, with the form field the message belongs to.
 *
 * @example
 * const p: Problem = { kind: 'order', field: 'end', message: '结束时间须晚于开始时间' };
 */
export type Problem =
  | { kind: 'order' | 'duration'; field: 'end'; message: string }
  | { kind: 'hours' | 'closure'; field: 'start'; message: string }
  | { kind: 'room'; field: 'roomId'; message: string }
  | { kind: 'overlap'; field: 'start'; message: string; booking: Booking };

/**
 * Everything the check needs, read in the same transaction as the save.
 *
 * @example
 * checkBooking({ candidate, room, others, closures, makeup: new Map(), rules })
 */
export interface CheckInput {
  candidate: Candidate;
  room: Room | undefined;
  /** Bookings of the same room near the candidate (more is fine; other rooms are ignored). */
  others: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  rules: Pick<BookingRules, 'maxDurationMinutes'>;
}

/**
 * The time a booking takes out of its room: the booking plus the room's setup before and cleanup after.
 *
 * @example
 * occupiedSpan({ start: 9h, end: 10h }, { setupMinutes: 30, cleanupMinutes: 15 }) // => { start: 8:30, end: 10:15 }
 */
export function occupiedSpan(
  b: Pick<Booking, 'start' | 'end'>,
  room: Pick<Room, 'setupMinutes' | 'cleanupMinutes'>,
): Interval {
  return { start: b.start - room.setupMinutes * MINUTE_MS, end: b.end + room.cleanupMinutes * MINUTE_MS };
}

/**
 * Bookings of the room whose time, buffers included, collides with the candidate's. Cancelled and
 * no-show bookings do not hold the room; touching buffers are fine (half-open spans).
 *
 * @example
 * findOverlaps(candidate, room, others).length // => 0 for back-to-back bookings without buffers
 */
export function findOverlaps(
  candidate: Pick<Candidate, 'id' | 'roomId' | 'start' | 'end'>,
  room: Pick<Room, 'setupMinutes' | 'cleanupMinutes'>,
  others: readonly Booking[],
): Booking[] {
  const mine = occupiedSpan(candidate, room);
  return others.filter(
    (b) =>
      b.id !== candidate.id &&
      b.roomId === candidate.roomId &&
      b.deletedAt === null &&
      holdsRoom(b.status) &&
      overlaps(mine, occupiedSpan(b, room)),
  );
}

/**
 * True when [start, end) lies entirely inside one open span of the room.
 *
 * @example
 * withinOpenTime(room, start, end, closures, new Map()) // => true at 09:00–10:00 on an open day
 */
export function withinOpenTime(
  room: Room,
  start: number,
  end: number,
  closures: readonly Closure[],
  makeup: MakeupDays,
): boolean {
  const spans = openSpans(room, dateKey(start), dateKey(end - 1), closures, makeup);
  return spans.some((s) => s.start <= start && end <= s.end);
}

function hoursMessage(room: Room, start: number, makeup: MakeupDays): string {
  const day = dateKey(start);
  const hours = hoursOn(room, day, makeup);
  if (hours.length === 0) return `${room.name}这一天不开放`;
  const text = hours.map((h) => `${formatMinutes(h.openMinute)}–${formatMinutes(h.closeMinute)}`).join('、');
  return `超出开放时间：${room.name}当天开放 ${text}`;
}

/**
 * Every reason the candidate cannot be saved (empty when it can). Pure: the repository runs it inside
 * the save's transaction on the rows it just read, so what it says is what gets enforced.
 *
 * @example
 * checkBooking(input).map((p) => p.message) // => ['与 YY-2026-00017「社区合唱团排练」时间冲突（含布置与清场时间）']
 */
export function checkBooking(input: CheckInput): Problem[] {
  const { candidate, room, closures, makeup, rules } = input;
  if (!room || room.deletedAt !== null) return [{ kind: 'room', field: 'roomId', message: '请选择场地' }];
  if (!room.active) return [{ kind: 'room', field: 'roomId', message: `${room.name}已停用，不能预约` }];
  if (candidate.end <= candidate.start) {
    return [{ kind: 'order', field: 'end', message: '结束时间须晚于开始时间' }];
  }
  const problems: Problem[] = [];
  const minutes = (candidate.end - candidate.start) / MINUTE_MS;
  if (minutes > rules.maxDurationMinutes) {
    problems.push({
      kind: 'duration',
      field: 'end',
      message: `单次预约最长 ${rules.maxDurationMinutes / 60} 小时，当前为 ${Math.round((minutes / 60) * 10) / 10} 小时`,
    });
  }
  const span = { start: candidate.start, end: candidate.end };
  const hit = closuresHitting(closures, room.id, span);
  if (hit.length > 0) {
    const c = hit[0] as Closure;
    problems.push({
      kind: 'closure',
      field: 'start',
      message: `该时段${c.roomId ? '场地' : '中心'}闭馆：${c.reason}`,
    });
  } else if (!withinOpenTime(room, candidate.start, candidate.end, closures, makeup)) {
    problems.push({ kind: 'hours', field: 'start', message: hoursMessage(room, candidate.start, makeup) });
  }
  for (const b of findOverlaps(candidate, room, input.others)) {
    problems.push({
      kind: 'overlap',
      field: 'start',
      booking: b,
      message: `与 ${b.number}「${b.title}」（${formatTime(b.start)}–${formatTime(b.end)}）时间冲突${
        room.setupMinutes + room.cleanupMinutes > 0 ? '（含布置与清场时间）' : ''
      }`,
    });
  }
  return problems;
}
