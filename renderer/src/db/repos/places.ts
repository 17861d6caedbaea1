import { checkBooking, type Problem } from '@shared/booking/conflicts';
import { expandDates, type Recurrence } from '@shared/booking/recurrence';
import { freeRooms, nearestFreeSlot } from '@shared/booking/suggestions';
import { walkInSpan } from '@shared/booking/walk-in';
import { previewBounds, previewSeries, type PreviewRow } from '@shared/booking/series-preview';
import type { Interval } from '@shared/booking/intervals';
import type { BookingRules } from '@shared/booking/rules';
import type {
  Booking,
  BookingSeries,
  BookingStatus,
  BookingCategory,
  Closure,
  Organisation,
  Room,
} from '@shared/model';
import { dateKey, fromDateAndMinutes, minuteOfDay } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import { closuresBetween, OVERLAP_LOOKBACK_MS, readRules, roomBookings } from './booking-tx';
import { MAKEUP_DAYS } from './closures';
import { live } from './live';

/** What the booking form shows while typing: problems, and what to offer instead. */
export interface BookingAdvice {
  problems: Problem[];
  /** Nearest free slot of the same length in the same room (on a conflict, closure or hours problem). */
  slot: Interval | null;
  /** Other rooms free at that time with enough seats. */
  rooms: Room[];
  /** Set when expected attendees exceed the room's capacity. */
  overCapacity: { capacity: number } | null;
}

export type { PreviewRow } from '@shared/booking/series-preview';

/** List filters; dates are inclusive `YYYY-MM-DD`. */
export interface BookingFilter {
  fromDate: string;
  toDate: string;
  roomId?: string | null;
  organisationId?: string | null;
  status?: BookingStatus | null;
  category?: BookingCategory | null;
  text?: string;
}

/** Rooms, organisations, closures and bookings, read side. */
export function placesRepo(db: DeskDatabase) {
  async function between(from: number, to: number): Promise<Booking[]> {
    // Bound the scan from below by the longest booking, so the index does the work (platform notes).
    const rows = await db.bookings
      .where('start')
      .between(from - OVERLAP_LOOKBACK_MS, to, true, false)
      .toArray();
    return live(rows).filter((b) => b.end > from && b.start < to);
  }

  return {
    /** Rooms in display order, active or not, excluding deleted ones. */
    async rooms(): Promise<Room[]> {
      return live(await db.rooms.orderBy('sortOrder').toArray());
    },

    async organisations(): Promise<Organisation[]> {
      const rows = live(await db.organisations.orderBy('name').toArray());
      return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },

    /**
     * The organisations of these ids by id, deleted and unknown ones left out: what a list of bookings
     * names, without reading (and sorting by name) every organisation of a district.
     */
    async organisationsByIds(ids: readonly string[]): Promise<Map<string, Organisation>> {
      const rows = await db.organisations.bulkGet([...new Set(ids)]);
      return new Map(live(rows.filter((o) => o !== undefined)).map((o) => [o.id, o]));
    },

    /** Bookings that overlap [from, to), by start time. */
    bookingsBetween: between,

    rules(): Promise<BookingRules> {
      return readRules(db);
    },

    /** Closures touching a date range. */
    closuresBetween(fromDate: string, toDate: string): Promise<Closure[]> {
      return closuresBetween(db, fromDateAndMinutes(fromDate, 0), fromDateAndMinutes(toDate, 1440));
    },

    async booking(id: string): Promise<Booking | undefined> {
      const b = await db.bookings.get(id);
      return b && b.deletedAt === null ? b : undefined;
    },

    async series(id: string): Promise<{ series: BookingSeries; occurrences: Booking[] } | undefined> {
      const series = await db.bookingSeries.get(id);
      if (!series) return undefined;
      const occurrences = live(await db.bookings.where('seriesId').equals(id).toArray()).sort(
        (a, b) => a.start - b.start,
      );
      return { series, occurrences };
    },

    async seriesByIds(ids: string[]): Promise<Map<string, BookingSeries>> {
      const rows = await db.bookingSeries.bulkGet(ids);
      return new Map(rows.filter((s): s is BookingSeries => !!s).map((s) => [s.id, s]));
    },

    /** The booking list: a date range through the start index, other filters in memory. */
    async search(f: BookingFilter): Promise<Booking[]> {
      const rows = await between(fromDateAndMinutes(f.fromDate, 0), fromDateAndMinutes(f.toDate, 1440));
      const text = f.text?.trim().toLowerCase() ?? '';
      return rows
        .filter(
          (b) =>
            (!f.roomId || b.roomId === f.roomId) &&
            (!f.organisationId || b.organisationId === f.organisationId) &&
            (!f.status || b.status === f.status) &&
            (!f.category || b.category === f.category) &&
            (!text ||
              b.title.toLowerCase().includes(text) ||
              b.number.toLowerCase().includes(text) ||
              b.contactName.includes(text) ||
              b.phone.includes(text)),
        )
        .sort((a, b) => a.start - b.start);
    },

    /** Live advice for the form: the same checks the save enforces, plus what to offer instead. */
    async advise(
      candidate: { id: string | null; roomId: string; start: number; end: number; expectedAttendees: number },
      now: number,
    ): Promise<BookingAdvice> {
      const rules = await readRules(db);
      const rooms = live(await db.rooms.toArray());
      const room = rooms.find((r) => r.id === candidate.roomId);
      const dayFrom = fromDateAndMinutes(dateKey(candidate.start), 0);
      const closures = await closuresBetween(db, dayFrom, dayFrom + 15 * 86_400_000);
      const sameRoom = await roomBookings(db, candidate.roomId, dayFrom, dayFrom + 15 * 86_400_000);
      const problems = checkBooking({
        candidate,
        room,
        others: sameRoom,
        closures,
        makeup: MAKEUP_DAYS,
        rules,
      });
      const wanted = { start: candidate.start, end: candidate.end };
      const timing = problems.some((p) => p.kind === 'overlap' || p.kind === 'closure' || p.kind === 'hours');
      const overCapacity =
        room && candidate.expectedAttendees > room.capacity ? { capacity: room.capacity } : null;
      let slot: Interval | null = null;
      let others: Room[] = [];
      if (room && timing && candidate.end > candidate.start) {
        slot = nearestFreeSlot({
          room,
          wanted,
          bookings: sameRoom,
          ignoreId: candidate.id,
          closures,
          makeup: MAKEUP_DAYS,
          now,
          days: 14,
        });
      }
      if ((timing || overCapacity) && candidate.end > candidate.start) {
        const all = await between(candidate.start - 4 * 3_600_000, candidate.end + 4 * 3_600_000);
        others = freeRooms({
          rooms,
          wanted,
          bookings: all.filter((b) => b.id !== candidate.id),
          closures,
          makeup: MAKEUP_DAYS,
          rules,
          excludeRoomId: candidate.roomId,
          minCapacity: Math.max(candidate.expectedAttendees, 1),
        });
      }
      return { problems, slot, rooms: others, overCapacity };
    },

    /**
     * Every date of a repeat rule with ok/conflict, and for each conflict the nearest free slot within
     * three days either side (see previewSeries), never before `now`.
     */
    async preview(
      input: { roomId: string; start: number; end: number; expectedAttendees: number },
      rule: Recurrence,
      cap: number,
      now = 0,
    ): Promise<PreviewRow[]> {
      const dates = expandDates(rule, dateKey(input.start), cap);
      const bounds = previewBounds(dates);
      if (!bounds) return [];
      const [rules, room, closures, others] = await Promise.all([
        readRules(db),
        db.rooms.get(input.roomId),
        closuresBetween(db, bounds.from, bounds.to),
        roomBookings(db, input.roomId, bounds.from, bounds.to),
      ]);
      return previewSeries({
        roomId: input.roomId,
        room,
        dates,
        startMinute: minuteOfDay(input.start),
        minutes: Math.round((input.end - input.start) / 60_000),
        expectedAttendees: input.expectedAttendees,
        others: live(others),
        closures,
        makeup: MAKEUP_DAYS,
        rules,
        now,
      });
    },

    /** The span a walk-in in this room would get now, or null when it is closed or taken. */
    async walkIn(roomId: string, now: number): Promise<Interval | null> {
      const room = await db.rooms.get(roomId);
      if (!room) return null;
      const rules = await readRules(db);
      const dayFrom = fromDateAndMinutes(dateKey(now), 0);
      const bookings = await roomBookings(db, roomId, dayFrom, dayFrom + 86_400_000);
      const closures = await closuresBetween(db, dayFrom, dayFrom + 86_400_000);
      return walkInSpan({
        room,
        now,
        bookings,
        closures,
        makeup: MAKEUP_DAYS,
        maxDurationMinutes: rules.maxDurationMinutes,
      });
    },
  };
}
