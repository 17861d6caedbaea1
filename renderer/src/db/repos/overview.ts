import Dexie from 'dexie';
import type { BookingSeries, ServiceRecord, Volunteer } from '@shared/model';
import { isOverdue } from '@shared/orders/order-board';
import type { OrderStatus } from '@shared/orders/order-machine';
import { orderFigures } from '@shared/stats/practice-figures';
import { nextSeriesDates, type NextSeriesDate, type OverviewTodo } from '@shared/stats/overview';
import { dateKey } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import { live } from './live';
import { countRegistered } from './registered-volunteers';
import { centerFigures } from './report-reads';

const DAY_MS = 86_400_000;
/** The series panel looks this far ahead: far enough for every weekly series to show its next date. */
export const SERIES_LOOKAHEAD_DAYS = 14;
/** A cap on the rows the series panel reads, so a crowded fortnight still reads a bounded range. */
const SERIES_ROW_CAP = 5_000;
/** Names shown for the people on duty; the count covers the rest. */
const ON_DUTY_NAMES = 12;

/** A sign-in with the volunteer's name (null when the volunteer was deleted or erased). */
export interface SignInLine {
  record: ServiceRecord;
  volunteer: Pick<Volunteer, 'id' | 'name' | 'volunteerNo'> | null;
}

/** Who is on duty and who signed in today. */
export interface OverviewToday {
  /** Volunteers signed in today and not signed out, newest first (at most ON_DUTY_NAMES). */
  onDuty: SignInLine[];
  onDutyCount: number;
  signInCount: number;
  /** Today's latest sign-ins, newest first. */
  latest: SignInLine[];
}

/** This month's (or any period's) key figures. */
export interface KeyFigures {
  sessions: number;
  peopleReached: number;
  volunteerServices: number;
  confirmedMinutes: number;
  newVolunteers: number;
  ordersCompleted: number;
}

/** A series' next date with the series' own title. */
export interface SeriesLine extends NextSeriesDate {
  series: BookingSeries | null;
}

/** 今日概览's reads: each one an index range of today, this month or a pending status. */
export function overviewRepo(db: DeskDatabase) {
  async function withNames(records: ServiceRecord[]): Promise<SignInLine[]> {
    const people = await db.volunteers.bulkGet([...new Set(records.map((r) => r.volunteerId))]);
    const byId = new Map(
      people.flatMap((v) =>
        v && v.deletedAt === null && !v.anonymisedAt
          ? [[v.id, { id: v.id, name: v.name, volunteerNo: v.volunteerNo }] as const]
          : [],
      ),
    );
    return records.map((record) => ({ record, volunteer: byId.get(record.volunteerId) ?? null }));
  }

  // Pending work is a small set, so each figure below reads its whole index range in one request and
  // filters here. A Dexie filter walks a cursor instead: a round trip to the page per row, each one
  // waiting behind whatever the page is rendering, so on a cold start these counts came in last.
  const liveRows = async <T extends { deletedAt: number | null }>(rows: Promise<T[]>) => live(await rows);
  const liveCount = async (status: OrderStatus) =>
    (await liveRows(db.serviceOrders.where('status').equals(status).toArray())).length;

  return {
    /** On duty now and today's sign-ins, for the day [from, to). */
    async today(from: number, to: number): Promise<OverviewToday> {
      const [open, signedIn] = await Promise.all([
        liveRows(
          db.serviceRecords
            .where('[status+signInAt]')
            .between(['服务中', from], ['服务中', Dexie.maxKey], true, true)
            .toArray(),
        ),
        liveRows(db.serviceRecords.where('signInAt').between(from, to, true, false).toArray()),
      ]);
      // Newest first, as the index read backwards gives them (ties by id, as a reverse cursor has them).
      const onDuty = open.reverse();
      const counted = signedIn.filter((r) => r.status !== '作废').reverse();
      return {
        onDuty: await withNames(onDuty.slice(0, ON_DUTY_NAMES)),
        onDutyCount: onDuty.length,
        signInCount: counted.length,
        latest: await withNames(counted.slice(0, 5)),
      };
    },

    /** What waits for the desk, counted by status indexes; `todayStart` separates forgotten sign-outs. */
    async todo(todayStart: number, now: number): Promise<OverviewTodo> {
      const [pendingBookings, pendingRecords, forgottenSignOuts, toReview, toDispatch, running, followUps] =
        await Promise.all([
          liveRows(db.bookings.where('status').equals('待审核').toArray()),
          liveRows(
            db.serviceRecords
              .where('[status+signInAt]')
              .between(['待确认', Dexie.minKey], ['待确认', Dexie.maxKey])
              .toArray(),
          ),
          liveRows(
            db.serviceRecords
              .where('[status+signInAt]')
              .between(['服务中', Dexie.minKey], ['服务中', todayStart], true, false)
              .toArray(),
          ),
          liveCount('待审单'),
          liveCount('待派单'),
          // Only accepted-or-waiting orders can be overdue; they are the open work, never the whole table.
          // Two ranges, one request each: `anyOf` walks a cursor, a round trip to the page per order, and
          // on a district cold start that read came in ~100 ms after every other one.
          Promise.all(['待接单', '服务中'].map((s) => db.serviceOrders.where('status').equals(s).toArray())),
          liveCount('待回访'),
        ]);
      return {
        pendingBookings: pendingBookings.length,
        pendingRecords: pendingRecords.length,
        forgottenSignOuts: forgottenSignOuts.length,
        openOrders: toReview + toDispatch,
        overdueOrders: live(running.flat()).filter((o) => isOverdue(o, now)).length,
        followUps,
      };
    },

    /** The next date of each recurring series within SERIES_LOOKAHEAD_DAYS of `now`, soonest first. */
    async nextSeries(now: number, limit = 6): Promise<SeriesLine[]> {
      // One getAll over the fortnight, filtered here: a Dexie filter walks a cursor row by row, which
      // made this the slowest read of a cold start.
      const fortnight = await db.bookings
        .where('start')
        .between(now, now + SERIES_LOOKAHEAD_DAYS * DAY_MS, true, false)
        .limit(SERIES_ROW_CAP)
        .toArray();
      const upcoming = fortnight.filter((b) => b.seriesId !== null);
      const next = nextSeriesDates(upcoming, limit);
      const series = await db.bookingSeries.bulkGet(next.map((n) => n.seriesId));
      return next.map((n, i) => ({ ...n, series: series[i] ?? null }));
    },

    /**
     * A period's key figures [from, to): the reports' stored figures plus volunteers registered in it.
     * Not the reports' period summary: its count of distinct volunteers unpacks everyone who served on
     * each day of the month, for a figure this page does not show. In a district cold start's profile
     * that was about 30 ms of the page's thread, and more again in garbage collection.
     */
    async keyFigures(from: number, to: number): Promise<KeyFigures> {
      const [figures, completed, registered] = await Promise.all([
        centerFigures(db, dateKey(from), dateKey(to - 1)),
        // Only the completed orders: practiceFigures would read the month's activities and records a
        // second time on every change while the overview is open.
        db.serviceOrders.where('completedAt').between(from, to, true, false).toArray(),
        // By registration date, so volunteers taken in from Excel count as well as those signed up here.
        countRegistered(db, from, to),
      ]);
      return {
        sessions: figures.sessions,
        peopleReached: figures.participants,
        volunteerServices: figures.volunteerServices,
        confirmedMinutes: figures.volunteerMinutes,
        newVolunteers: registered,
        ordersCompleted: orderFigures([], completed, 0).completed,
      };
    },
  };
}
