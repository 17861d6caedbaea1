import type { Booking, Closure, Room } from '../model/places';
import { addDays, fromDateAndMinutes } from '../time/center-time';
import type { MakeupDays } from './calendar';
import { checkBooking, type Problem } from './conflicts';
import type { Interval } from './intervals';
import type { BookingRules } from './rules';
import { nearestFreeSlot } from './suggestions';

/** How far either side of a conflicting date a move may go: the same week, so the series keeps its rhythm. */
export const MOVE_WINDOW_DAYS = 3;

/**
 * One date of a repeat rule as the preview shows it.
 *
 * @example
 * const row: PreviewRow = { date: '2026-10-01', start, end, problems: [closed], move: { start: wed9, end: wed10 } };
 */
export interface PreviewRow extends Interval {
  date: string;
  problems: Problem[];
  /** The free slot nearest to the wanted time, that day or up to three days either side; null if none. */
  move: Interval | null;
}

/**
 * Checks every date of a series against the room's bookings, hours and closures, and offers each
 * conflicting date a free slot of the same length: the nearest time that day, else on the nearest day
 * within `MOVE_WINDOW_DAYS` either side (later first) the time nearest the series' time; never before
 * `now`. Offered moves keep clear of the series' own free dates and of each other,
 * so taking every offer never makes the series conflict with itself. A date refused for its length
 * gets no move (no other time fixes that).
 *
 * @example
 * previewSeries({ roomId: room.id, room, dates: ['2026-09-24', '2026-10-01'], startMinute: 540, minutes: 60, others: [],
 *   closures: holidays, makeup, rules, now })[1].move
 * // => { start: …2026-09-30 09:00, end: …10:00 } (10-01 is 国庆节; the Wednesday before is free)
 */
export function previewSeries(input: {
  roomId: string;
  room: Room | undefined;
  dates: readonly string[];
  startMinute: number;
  minutes: number;
  expectedAttendees: number;
  /** The room's stored bookings around the series' dates (and the move window). */
  others: readonly Booking[];
  closures: readonly Closure[];
  makeup: MakeupDays;
  rules: Pick<BookingRules, 'maxDurationMinutes'>;
  now: number;
}): PreviewRow[] {
  const { room, startMinute, minutes } = input;
  const rows: PreviewRow[] = input.dates.map((date) => {
    const start = fromDateAndMinutes(date, startMinute);
    const span = { start, end: start + minutes * 60_000 };
    const problems = checkBooking({
      candidate: { id: null, roomId: input.roomId, ...span, expectedAttendees: input.expectedAttendees },
      room,
      others: input.others,
      closures: input.closures,
      makeup: input.makeup,
      rules: input.rules,
    });
    return { date, ...span, problems, move: null };
  });
  if (!room) return rows;
  // What the series itself will hold: its free dates first, then each move as it is offered.
  const taken: Booking[] = [
    ...input.others,
    ...rows.filter((r) => r.problems.length === 0).map((r) => held(room, r, r.date)),
  ];
  for (const row of rows) {
    if (row.problems.length === 0 || row.problems.some((p) => p.kind === 'duration' || p.kind === 'order'))
      continue;
    const move = nearestMove(room, row, taken, input);
    row.move = move;
    if (move) taken.push(held(room, move, `${row.date}-move`));
  }
  return rows;
}

/** Later days first on a tie: people more readily come a day later than a day sooner. */
const DAY_ORDER = [0, 1, -1, 2, -2, 3, -3].filter((d) => Math.abs(d) <= MOVE_WINDOW_DAYS);

/** The same day's nearest free time, else the nearest day's free time nearest the same time of day. */
function nearestMove(
  room: Room,
  wanted: Interval,
  taken: readonly Booking[],
  input: { closures: readonly Closure[]; makeup: MakeupDays; now: number },
): Interval | null {
  for (const offset of DAY_ORDER) {
    const shift = offset * 86_400_000;
    const slot = nearestFreeSlot({
      room,
      wanted: { start: wanted.start + shift, end: wanted.end + shift },
      bookings: taken,
      closures: input.closures,
      makeup: input.makeup,
      now: input.now,
      days: 0,
    });
    if (slot) return slot;
  }
  return null;
}

const held = (room: Room, span: Interval, key: string) =>
  placeholderBooking({ roomId: room.id, span, id: `series-${key}`, title: '本系列其他日期' });

/**
 * A stand-in booking for a time about to be taken by the same save (another date of a series), so the
 * conflict check treats it as held; `title` is what a conflict message names it.
 *
 * @example
 * placeholderBooking({ roomId: 'r1', span: { start, end }, id: 'series-2026-12-01', title: '本系列其他日期' }).number
 * // => '（本次）'
 */
export function placeholderBooking(input: {
  roomId: string;
  span: Interval;
  id: string;
  title: string;
}): Booking {
  const { roomId, span, id, title } = input;
  return {
    id,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: '',
    number: '（本次）',
    roomId,
    start: span.start,
    end: span.end,
    title,
    category: '其他',
    organisationId: null,
    contactName: '',
    phone: '',
    expectedAttendees: 0,
    equipment: [],
    notes: '',
    backfillReason: null,
    status: '已确认',
    actualAttendees: null,
    cancelReason: null,
    checkedInAt: null,
    seriesId: null,
  };
}

/**
 * The instants a preview must read bookings and closures between: the series' dates widened by the move
 * window on both sides. Null for no dates.
 *
 * @example
 * previewBounds(['2026-12-01', '2026-12-08']) // => { from: …2026-11-28 00:00, to: …2026-12-12 00:00 }
 */
export function previewBounds(dates: readonly string[]): { from: number; to: number } | null {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return null;
  return {
    from: fromDateAndMinutes(addDays(first, -MOVE_WINDOW_DAYS), 0),
    to: fromDateAndMinutes(addDays(last, MOVE_WINDOW_DAYS + 1), 0),
  };
}
