import { checkBooking } from '@shared/booking/conflicts';
import type { BookingInput } from '@shared/booking/form-schema';
import { buildRrule, type Recurrence } from '@shared/booking/recurrence';
import { isOpenStatus } from '@shared/booking/rules';
import { planSeriesChange, type SeriesScope } from '@shared/booking/series';
import {
  stampNew,
  stampUpdate,
  type Booking,
  type BookingSeries,
  type BookingStatus,
  type Draft,
} from '@shared/model';
import { dateKey, fromDateAndMinutes, minuteOfDay } from '@shared/time/center-time';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { readRoomDayAhead } from '../totals/room-days';
import { syncActivityFromBooking } from './activities';
import { appendAudit, readAuditHeadAhead } from './audit';
import { checkAll } from './booking-check';
import { bookingCancelRepo } from './booking-cancel';
import { bookingStatusRepo } from './booking-status';
import {
  allocateNumbers,
  planNumbers,
  BookingRefusedError,
  closuresBetween,
  bookingTables,
  readCounter,
  readRules,
  roomBookings,
} from './booking-tx';
import { MAKEUP_DAYS } from './closures';

/** A booking as the form describes it, without the repeat rule. */
export type BookingFields = Omit<BookingInput, 'repeat'>;

/** The smaller set a single new booking touches: fewer stores to lock and commit. */
function createTables(db: DeskDatabase) {
  return [db.bookings, db.rooms, db.closures, db.counters, db.settings, db.auditLog, db.roomDays];
}

function isConstraintError(error: unknown): boolean {
  const inner = (error as { inner?: { name?: string } } | null)?.inner;
  return (error as { name?: string } | null)?.name === 'ConstraintError' || inner?.name === 'ConstraintError';
}

/** Bookings, write side. Every check-then-write runs in ONE read-write transaction. */
export function bookingsRepo(db: DeskDatabase, ctx: WriteContext) {
  const status = bookingStatusRepo(db, ctx);
  return {
    ...status,
    ...bookingCancelRepo(db, ctx),

    /** 实到人数 corrected: the activity made from the booking follows in the same transaction. */
    async correctAttendance(id: string, actualAttendees: number, reason: string): Promise<Booking> {
      return db.transaction('rw', bookingTables(db), async () => {
        const b = await status.correctAttendance(id, actualAttendees, reason);
        await syncActivityFromBooking(db, ctx, b);
        return b;
      });
    },

    /**
     * Creates a booking with the id the form chose when it opened, so a double submit returns the same
     * booking instead of a second one. A walk-in is created already checked in.
     */
    async create(input: BookingFields, options: { id: string; walkIn?: boolean }): Promise<Booking> {
      try {
        return await db.transaction('rw', createTables(db), async () => {
          // Everything the check needs, read at once: requests inside one transaction run side by side.
          readAuditHeadAhead(db);
          readRoomDayAhead(db, input.start);
          const [room, rules, others, closures, counter] = await Promise.all([
            db.rooms.get(input.roomId),
            readRules(db),
            roomBookings(db, input.roomId, input.start, input.end),
            closuresBetween(db, input.start, input.end),
            readCounter(db, ctx),
          ]);
          // A double submit finds its own first save among the room's bookings at that time.
          const existing = others.find((b) => b.id === options.id);
          if (existing) return existing;
          const problems = checkBooking({
            candidate: { ...input, id: options.id },
            room,
            others,
            closures,
            makeup: MAKEUP_DAYS,
            rules,
          });
          if (problems.length > 0) throw new BookingRefusedError(problems);
          const {
            numbers: [number],
            counter: nextCounter,
          } = await planNumbers(db, ctx, 1, counter);
          const now = ctx.now();
          const status: BookingStatus = options.walkIn ? '已签到' : room?.needsApproval ? '待审核' : '已确认';
          const row = stampNew<Draft<Booking>>(
            {
              ...input,
              number: number as string,
              status,
              actualAttendees: null,
              cancelReason: null,
              checkedInAt: options.walkIn ? now : null,
              seriesId: null,
            },
            { id: options.id, now, deskId: ctx.deskId },
          );
          // The three writes go out together: the save pays one round of requests before its commit.
          await Promise.all([
            db.counters.put(nextCounter),
            db.bookings.add(row),
            appendAudit(db, ctx, {
              action: options.walkIn ? '立即使用场地' : '新建预约',
              entity: 'bookings',
              entityId: row.id,
              after: row,
            }),
          ]);
          return row;
        });
      } catch (error) {
        // The same id saved earlier with other times: the add met the existing key and nothing was written.
        const saved = isConstraintError(error) ? await db.bookings.get(options.id) : undefined;
        if (saved) return saved;
        throw error;
      }
    },

    /**
     * Creates a repeating booking: the series row (RRULE) and one booking per chosen occurrence (dates
     * skipped in the preview are left out, moved ones carry their new time). All or nothing.
     */
    async createSeries(
      input: BookingFields,
      rule: Recurrence,
      occurrences: { start: number; end: number }[],
      options: { id: string },
    ): Promise<Booking[]> {
      return db.transaction('rw', bookingTables(db), async () => {
        const existing = await db.bookings.where('seriesId').equals(options.id).toArray();
        if (existing.length > 0) return existing;
        if (occurrences.length === 0) throw new Error('没有可预约的日期');
        const items = occurrences.map((o) => ({ ...input, ...o, id: null }));
        const { problems, dates } = await checkAll(db, items, new Set());
        if (problems.length > 0) throw new BookingRefusedError(problems, dates);
        const room = await db.rooms.get(input.roomId);
        const numbers = await allocateNumbers(db, ctx, occurrences.length);
        const now = ctx.now();
        const series = stampNew<Draft<BookingSeries>>(
          {
            roomId: input.roomId,
            rrule: buildRrule(rule),
            dtstart: input.start,
            durationMinutes: Math.round((input.end - input.start) / 60_000),
            title: input.title,
          },
          { id: options.id, now, deskId: ctx.deskId },
        );
        await db.bookingSeries.add(series);
        const rows = occurrences.map((o, i) =>
          stampNew<Draft<Booking>>(
            {
              ...input,
              ...o,
              number: numbers[i] as string,
              status: room?.needsApproval ? '待审核' : '已确认',
              actualAttendees: null,
              cancelReason: null,
              checkedInAt: null,
              seriesId: series.id,
            },
            { id: ctx.newId(), now, deskId: ctx.deskId },
          ),
        );
        await db.bookings.bulkAdd(rows);
        await appendAudit(db, ctx, {
          action: '新建重复预约',
          entity: 'bookingSeries',
          entityId: series.id,
          after: { series, count: rows.length },
        });
        return rows;
      });
    },

    /**
     * Edits a booking, or with a scope this / this and following / all occurrences of its series. The
     * time of day, length, room and details carry over to each occurrence on its own date; a "this and
     * following" edit ends the old rule and starts a new series. Refused as a whole on any conflict.
     */
    async update(id: string, input: BookingFields, scope: SeriesScope = 'this'): Promise<Booking[]> {
      return db.transaction('rw', bookingTables(db), async () => {
        const target = await db.bookings.get(id);
        if (!target || target.deletedAt !== null) throw new Error('找不到该预约');
        if (!isOpenStatus(target.status)) throw new Error(`该预约${target.status}，不能再修改`);
        const series = target.seriesId ? await db.bookingSeries.get(target.seriesId) : undefined;
        const now = ctx.now();
        let targets = [target];
        let plan = null;
        if (series && scope !== 'this') {
          const occurrences = await db.bookings.where('seriesId').equals(series.id).toArray();
          plan = planSeriesChange({ rrule: series.rrule, occurrences, target, scope, now, kind: 'edit' });
          targets = plan.targets;
        }
        const startMinute = minuteOfDay(input.start);
        const length = input.end - input.start;
        const next = targets.map((t) => {
          const start = t.id === target.id ? input.start : fromDateAndMinutes(dateKey(t.start), startMinute);
          const end = t.id === target.id ? input.end : start + length;
          return { ...t, ...input, start, end };
        });
        const { problems, dates } = await checkAll(db, next, new Set(targets.map((t) => t.id)));
        if (problems.length > 0) throw new BookingRefusedError(problems, targets.length > 1 ? dates : []);
        let newSeriesId: string | null = null;
        if (series && plan) {
          const durationMinutes = Math.round(length / 60_000);
          if (plan.truncateRrule && plan.splitRrule) {
            await db.bookingSeries.put(
              stampUpdate(series, { rrule: plan.truncateRrule }, { now, deskId: ctx.deskId }),
            );
            const first = next[0] as Booking;
            const fresh = stampNew<Draft<BookingSeries>>(
              {
                roomId: input.roomId,
                rrule: plan.splitRrule,
                dtstart: first.start,
                durationMinutes,
                title: input.title,
              },
              { id: ctx.newId(), now, deskId: ctx.deskId },
            );
            await db.bookingSeries.add(fresh);
            newSeriesId = fresh.id;
          } else {
            const dtstart = fromDateAndMinutes(dateKey(series.dtstart), startMinute);
            await db.bookingSeries.put(
              stampUpdate(
                series,
                { roomId: input.roomId, dtstart, durationMinutes, title: input.title },
                { now, deskId: ctx.deskId },
              ),
            );
          }
        }
        const rows = next.map((n) =>
          stampUpdate(n, newSeriesId ? { seriesId: newSeriesId } : {}, { now, deskId: ctx.deskId }),
        );
        await db.bookings.bulkPut(rows);
        for (const row of rows) await syncActivityFromBooking(db, ctx, row);
        await appendAudit(db, ctx, {
          action: rows.length > 1 ? `修改重复预约（${scope === 'all' ? '全部' : '此次及以后'}）` : '修改预约',
          entity: 'bookings',
          entityId: id,
          before: target,
          after: rows.length > 1 ? { count: rows.length, first: rows[0] } : rows[0],
        });
        return rows;
      });
    },
  };
}
