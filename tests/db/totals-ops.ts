import fc from 'fast-check';
import type { ActivityDraft } from '@shared/activities/activity-schema';
import { BOOKING_CATEGORIES } from '@shared/model';
import { dateKey, fromDateAndMinutes, addDays } from '@shared/time/center-time';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import type { BookingFields } from '../../renderer/src/db/repos/bookings';
import type { testContext } from './helpers';
import { FRONT_DESK } from './volunteer-fixtures';

/** The writes the totals property test draws from: every path that changes a counted figure. */
export const BASE_DAY = '2026-11-22';
const STATIONS = [null, 'station-1', 'station-2'] as const;
const CATEGORIES = BOOKING_CATEGORIES.slice(0, 3);
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

export type Op =
  | { k: 'signInOut'; v: number; minutes: number; a: number | null }
  | { k: 'advance'; minutes: number }
  | { k: 'addPast'; v: number; day: number; at: number; minutes: number; a: number | null }
  | { k: 'confirm' | 'void' | 'deleteRecord' | 'restoreRecord'; r: number }
  | { k: 'createActivity'; station: number; cat: number; day: number; at: number }
  | { k: 'editActivity'; a: number; station: number; cat: number; day: number }
  | { k: 'removeActivity' | 'restoreActivity'; a: number }
  | { k: 'hours'; a: number; v: number; minutes: number }
  | { k: 'booking'; attendees: number; room: number }
  | { k: 'attendance' | 'cancelBooking' | 'linkActivity'; b: number; n: number }
  | { k: 'noShow' | 'deleteBooking' | 'restoreBooking'; b: number }
  | { k: 'moveBooking'; b: number; room: number; day: number; at: number; minutes: number };

const n = fc.nat(1000);
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    k: fc.constant('signInOut' as const),
    v: n,
    minutes: fc.integer({ min: 5, max: 900 }),
    a: fc.option(n),
  }),
  fc.record({ k: fc.constant('advance' as const), minutes: fc.integer({ min: 0, max: 1440 }) }),
  fc.record({
    k: fc.constant('addPast' as const),
    v: n,
    day: fc.integer({ min: -3, max: 0 }),
    at: fc.integer({ min: 0, max: 1380 }),
    minutes: fc.integer({ min: 30, max: 300 }),
    a: fc.option(n),
  }),
  fc.record({
    k: fc.constantFrom(
      'confirm' as const,
      'void' as const,
      'deleteRecord' as const,
      'restoreRecord' as const,
    ),
    r: n,
  }),
  fc.record({
    k: fc.constant('createActivity' as const),
    station: n,
    cat: n,
    day: fc.integer({ min: -3, max: 3 }),
    at: fc.integer({ min: 0, max: 1300 }),
  }),
  fc.record({
    k: fc.constant('editActivity' as const),
    a: n,
    station: n,
    cat: n,
    day: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({ k: fc.constantFrom('removeActivity' as const, 'restoreActivity' as const), a: n }),
  fc.record({ k: fc.constant('hours' as const), a: n, v: n, minutes: fc.integer({ min: 10, max: 60 }) }),
  fc.record({ k: fc.constant('booking' as const), attendees: fc.integer({ min: 0, max: 80 }), room: n }),
  fc.record({
    k: fc.constantFrom('attendance' as const, 'cancelBooking' as const, 'linkActivity' as const),
    b: n,
    n: fc.integer({ min: 0, max: 80 }),
  }),
  fc.record({
    k: fc.constantFrom('noShow' as const, 'deleteBooking' as const, 'restoreBooking' as const),
    b: n,
  }),
  fc.record({
    k: fc.constant('moveBooking' as const),
    b: n,
    room: n,
    day: fc.integer({ min: -40, max: 3 }),
    at: fc.integer({ min: 0, max: 1380 }),
    minutes: fc.integer({ min: 15, max: 1500 }),
  }),
);

function activityDraft(station: number, cat: number, day: string, at: number): ActivityDraft {
  return {
    title: '测试活动',
    category: pick(CATEGORIES, cat) ?? '志愿服务',
    projectId: null,
    stationId: pick(STATIONS, station) ?? null,
    place: '社区广场',
    start: fromDateAndMinutes(day, at),
    end: fromDateAndMinutes(day, at + 120),
    organiser: '团委',
    serviceObject: '居民',
    beneficiaries: 10 + (cat % 7),
    participants: 5 + (station % 5),
    summary: '',
    content: '服务',
    evaluation: '优秀',
    leader: '王队长',
  };
}

export async function apply(op: Op, db: DeskDatabase, repos: Repos, ctx: ReturnType<typeof testContext>) {
  const volunteers = (await db.volunteers.orderBy('id').primaryKeys()) as string[];
  // The few rows touched last, so a sequence keeps working on the same activity, record or booking.
  const activities = await db.activities.orderBy('updatedAt').reverse().limit(3).toArray();
  const records = (await db.serviceRecords.orderBy('updatedAt').reverse().limit(4).primaryKeys()) as string[];
  const bookings = (await db.bookings.orderBy('updatedAt').reverse().limit(3).primaryKeys()) as string[];
  const today = dateKey(ctx.now());
  const activityTarget = (a: number | null) => {
    const act = a === null ? undefined : pick(activities, a);
    return act ? { ...FRONT_DESK, activityId: act.id } : FRONT_DESK;
  };
  switch (op.k) {
    case 'signInOut': {
      const r = await repos.serviceRecords.signIn(pick(volunteers, op.v) ?? '', activityTarget(op.a));
      ctx.advance(op.minutes * 60_000);
      await repos.serviceRecords.signOut(r.id);
      return;
    }
    case 'advance':
      ctx.advance(op.minutes * 60_000);
      return;
    case 'addPast': {
      const signInAt = fromDateAndMinutes(addDays(today, op.day), op.at);
      if (signInAt + op.minutes * 60_000 > ctx.now()) return;
      await repos.serviceRecords.addPast(pick(volunteers, op.v) ?? '', {
        ...activityTarget(op.a),
        signInAt,
        signOutAt: signInAt + op.minutes * 60_000,
        evaluation: '好',
        reason: '补录',
      });
      return;
    }
    case 'confirm': {
      const waiting = await db.serviceRecords.where('status').equals('待确认').primaryKeys();
      return repos.serviceRecords.confirm(String(pick(waiting, op.r) ?? ''));
    }
    case 'void':
      return repos.serviceRecords.void(pick(records, op.r) ?? '', '测试作废');
    case 'deleteRecord':
    case 'restoreRecord':
      await db.serviceRecords.update(pick(records, op.r) ?? '', {
        deletedAt: op.k === 'deleteRecord' ? ctx.now() : null,
      });
      return;
    case 'createActivity':
      await repos.activities.create(activityDraft(op.station, op.cat, addDays(BASE_DAY, op.day), op.at));
      return;
    case 'editActivity': {
      const a = pick(activities, op.a);
      if (!a) return;
      // An activity recording a booking keeps its start: computeReport pairs them within one period.
      const start = a.bookingId ? a.start : fromDateAndMinutes(addDays(dateKey(a.start), op.day), 600);
      await repos.activities.update(a.id, {
        ...activityDraft(op.station, op.cat, dateKey(start), 600),
        start,
        end: start + 120 * 60_000,
      });
      return;
    }
    case 'removeActivity':
      return repos.activities.remove(pick(activities, op.a)?.id ?? '');
    case 'restoreActivity':
      return repos.activities.restore(pick(activities, op.a)?.id ?? '');
    case 'hours': {
      const a = pick(activities, op.a);
      if (!a) return;
      await repos.activities.saveHours(a.id, [
        {
          volunteerId: pick(volunteers, op.v) ?? '',
          minutes: op.minutes,
          content: '服务',
          evaluation: '好',
          leader: '王',
        },
      ]);
      await repos.activities.confirmAll(a.id);
      return;
    }
    case 'booking': {
      const rooms = await repos.places.rooms();
      const start = Math.ceil((ctx.now() + 3_600_000) / 3_600_000) * 3_600_000;
      const fields: BookingFields = {
        roomId: pick(rooms, op.room)?.id ?? '',
        start,
        end: start + 3_600_000,
        title: '讲座',
        category: '法治',
        organisationId: null,
        contactName: '林晓',
        phone: '13812345678',
        expectedAttendees: 60,
        equipment: [],
        notes: '',
        backfillReason: null,
      };
      const b = await repos.bookings.create(fields, { id: `bk-${ctx.newId()}` });
      if (b.status === '待审核') await repos.bookings.confirm(b.id);
      ctx.advance(start - ctx.now() + 10 * 60_000);
      await repos.bookings.checkIn(b.id, op.attendees);
      return;
    }
    case 'attendance':
      await repos.bookings.correctAttendance(pick(bookings, op.b) ?? '', op.n, '补登');
      return;
    case 'cancelBooking':
      await repos.bookings.cancel(pick(bookings, op.b) ?? '', '测试取消');
      return;
    case 'linkActivity':
      await repos.activities.createFromBooking(pick(bookings, op.b) ?? '');
      return;
    // Raw writes: the middleware keeps the room days whoever writes, overlaps and all.
    case 'noShow':
      await db.bookings.update(pick(bookings, op.b) ?? '', { status: '未到场' });
      return;
    case 'deleteBooking':
    case 'restoreBooking':
      await db.bookings.update(pick(bookings, op.b) ?? '', {
        deletedAt: op.k === 'deleteBooking' ? ctx.now() : null,
      });
      return;
    case 'moveBooking': {
      const rooms = await repos.places.rooms();
      // Up to a day long from late evening: some cross midnight, some start before a period.
      const start = fromDateAndMinutes(addDays(BASE_DAY, op.day), op.at);
      await db.bookings.update(pick(bookings, op.b) ?? '', {
        roomId: pick(rooms, op.room)?.id ?? '',
        start,
        end: start + op.minutes * 60_000,
      });
      return;
    }
  }
}
