import {
  isAfterCursor,
  isBeforeCursor,
  matchesActivity,
  type ActivityCursor,
  type ActivityFilter,
  type TimeRange,
} from '@shared/activities/activity-list';
import {
  activityDraftProblems,
  type ActivityDraft,
  type ActivityProblems,
} from '@shared/activities/activity-schema';
import type { Activity, AuditEntry, Booking, Draft, ServiceRecord } from '@shared/model';
import { stampNew, stampUpdate } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { activityVolunteersRepo } from './activity-volunteers';
import { appendAudit } from './audit';

export type { ActivityVolunteerRow, VolunteerHoursInput, VolunteerHoursResult } from './activity-volunteers';

/** Thrown when an activity draft cannot be saved; `problems` are shown at the fields. */
export class ActivityInvalidError extends Error {
  constructor(readonly problems: ActivityProblems) {
    super(Object.values(problems)[0] ?? '活动信息有误');
  }
}

/** A page of the newest-first list. */
export interface ActivityPage {
  rows: Activity[];
  /** Rows exist before the first / after the last row shown. */
  hasNewer: boolean;
  hasOlder: boolean;
}

/**
 * The activity fields that follow the booking it was made from: title, time, 实到人数. Called inside a
 * booking write's transaction (which must include db.activities), so the two never disagree.
 */
export async function syncActivityFromBooking(
  db: DeskDatabase,
  ctx: WriteContext,
  booking: Booking,
): Promise<void> {
  const linked = await db.activities.where('bookingId').equals(booking.id).toArray();
  for (const a of linked) {
    if (a.deletedAt !== null) continue;
    const patch = {
      title: booking.title,
      start: booking.start,
      end: booking.end,
      participants: booking.actualAttendees ?? a.participants,
    };
    if (
      a.title === patch.title &&
      a.start === patch.start &&
      a.end === patch.end &&
      a.participants === patch.participants
    )
      continue;
    const row = stampUpdate(a, patch, { now: ctx.now(), deskId: ctx.deskId });
    await db.activities.put(row);
    await appendAudit(db, ctx, {
      action: '随预约更新活动',
      entity: 'activities',
      entityId: a.id,
      before: { title: a.title, start: a.start, end: a.end, participants: a.participants },
      after: patch,
    });
  }
}

/** 活动记录: the unit of 场次, its volunteers' hours, and its place in the newest-first list. */
export function activitiesRepo(db: DeskDatabase, ctx: WriteContext) {
  const stamp = () => ({ now: ctx.now(), deskId: ctx.deskId });
  const hoursTables = [db.activities, db.serviceRecords, db.volunteers, db.auditLog];

  async function requireLive(id: string): Promise<Activity> {
    const a = await db.activities.get(id);
    if (!a || a.deletedAt !== null) throw new Error('找不到该活动记录');
    return a;
  }

  async function insert(draft: ActivityDraft, links: Partial<Activity>, action: string): Promise<Activity> {
    const problems = activityDraftProblems(draft);
    if (Object.keys(problems).length > 0) throw new ActivityInvalidError(problems);
    const row = stampNew<Draft<Activity>>(
      {
        ...draft,
        roomId: null,
        bookingId: null,
        orderId: null,
        organisationId: null,
        volunteerCount: 0,
        photoIds: [],
        ...links,
      },
      { id: ctx.newId(), ...stamp() },
    );
    await db.activities.add(row);
    await appendAudit(db, ctx, { action, entity: 'activities', entityId: row.id, after: row });
    return row;
  }

  return {
    ...activityVolunteersRepo(db, ctx),

    get(id: string): Promise<Activity | undefined> {
      return db.activities.get(id);
    },

    /** The live activity made from a booking, if any (the booking page's 查看活动记录). */
    async ofBooking(bookingId: string): Promise<Activity | undefined> {
      return db.activities
        .where('bookingId')
        .equals(bookingId)
        .filter((a) => a.deletedAt === null)
        .first();
    },

    /**
     * One page of the period, newest first, read by the `start` index from the cursor on (keyset,
     * never offset); filters are applied while the page fills, so a page always holds `size` rows when
     * that many match. `direction` 'older' continues after `cursor`, 'newer' goes back before it.
     */
    async page(
      range: TimeRange,
      filter: ActivityFilter,
      size: number,
      cursor: ActivityCursor | null = null,
      direction: 'older' | 'newer' = 'older',
    ): Promise<ActivityPage> {
      const match = (a: Activity) => matchesActivity(a, filter);
      if (direction === 'older') {
        // Equal starts sort by id in the index, so (start, id) is a total order for the keyset.
        const got = await olderByStart(range, cursor, size + 1, match);
        return { rows: got.slice(0, size), hasOlder: got.length > size, hasNewer: cursor !== null };
      }
      const got = await newerByStart(range, cursor, size + 1, match);
      const rows = got.slice(0, size).reverse();
      return { rows, hasNewer: got.length > size, hasOlder: true };
    },

    /**
     * How many live activities start in the period, for the list header: the period's range of the start
     * index, counted by key, less the deleted ones in it (the deletedAt index holds only deleted rows).
     */
    async countIn(range: TimeRange): Promise<number> {
      const [all, deleted] = await Promise.all([
        db.activities.where('start').between(range.from, range.to, true, false).count(),
        db.activities
          .where('deletedAt')
          .above(0)
          .filter((a) => a.start >= range.from && a.start < range.to)
          .count(),
      ]);
      return all - deleted;
    },

    create(draft: ActivityDraft): Promise<Activity> {
      return db.transaction('rw', db.activities, db.auditLog, () => insert(draft, {}, '新建活动'));
    },

    /** 记为活动: one action from a checked-in booking; refuses a second activity for the same booking. */
    async createFromBooking(bookingId: string): Promise<Activity> {
      return db.transaction(
        'rw',
        [db.activities, db.bookings, db.rooms, db.organisations, db.auditLog],
        async () => {
          const b = await db.bookings.get(bookingId);
          if (!b || b.deletedAt !== null) throw new Error('找不到该预约');
          if (b.status !== '已签到' && b.status !== '已完成') throw new Error('预约签到后才能记为活动');
          const existing = await this.ofBooking(bookingId);
          if (existing) throw new Error('该预约已记为活动');
          const room = await db.rooms.get(b.roomId);
          const org = b.organisationId ? await db.organisations.get(b.organisationId) : undefined;
          const draft: ActivityDraft = {
            title: b.title,
            category: b.category,
            projectId: null,
            stationId: null,
            place: room?.name ?? '',
            start: b.start,
            end: b.end,
            organiser: org?.name ?? b.contactName,
            serviceObject: '',
            beneficiaries: 0,
            participants: b.actualAttendees ?? 0,
            summary: b.notes,
            content: '',
            evaluation: '',
            leader: '',
          };
          return insert(
            draft,
            { roomId: b.roomId, bookingId: b.id, organisationId: b.organisationId },
            '预约记为活动',
          );
        },
      );
    },

    async update(id: string, draft: ActivityDraft): Promise<Activity> {
      return db.transaction('rw', db.activities, db.auditLog, async () => {
        const before = await requireLive(id);
        const problems = activityDraftProblems(draft);
        if (Object.keys(problems).length > 0) throw new ActivityInvalidError(problems);
        const row = stampUpdate(before, draft, stamp());
        await db.activities.put(row);
        await appendAudit(db, ctx, {
          action: '修改活动',
          entity: 'activities',
          entityId: id,
          before,
          after: row,
        });
        return row;
      });
    },

    /** Soft-deletes the activity and voids its 待确认 records; `restore` brings both back. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', hoursTables, async () => {
        const a = await requireLive(id);
        const pending = await db.serviceRecords
          .where('activityId')
          .equals(id)
          .filter((r) => r.deletedAt === null && r.status === '待确认')
          .toArray();
        await db.serviceRecords.bulkPut(pending.map((r) => stampUpdate(r, { status: '作废' }, stamp())));
        await db.activities.put({ ...a, deletedAt: ctx.now(), ...stamp() });
        await appendAudit(db, ctx, {
          action: '删除活动',
          entity: 'activities',
          entityId: id,
          before: { deletedAt: null },
          after: { deletedAt: ctx.now(), voidedRecordIds: pending.map((r) => r.id) },
        });
      });
    },

    /** The most recently deleted activities (the deletedAt index holds only deleted rows). */
    async deleted(limit = 50): Promise<Activity[]> {
      return db.activities.where('deletedAt').above(0).reverse().limit(limit).toArray();
    },

    async restore(id: string): Promise<void> {
      await db.transaction('rw', hoursTables, async () => {
        const a = await db.activities.get(id);
        if (!a || a.deletedAt === null) throw new Error('该活动记录未删除');
        // The records this activity's deletion voided are named in its audit entry, so records voided
        // by hand earlier stay voided.
        const entries = await db.auditLog.where('[entity+entityId]').equals(['activities', id]).toArray();
        const last = entries
          .filter((e) => e.action === '删除活动')
          .sort((x, y) => x.at - y.at)
          .at(-1);
        const ids = (
          (last?.after as { voidedRecordIds?: string[] } | undefined)?.voidedRecordIds ?? []
        ).slice();
        const records = (await db.serviceRecords.bulkGet(ids)).filter(
          (r): r is ServiceRecord => r !== undefined && r.status === '作废',
        );
        await db.serviceRecords.bulkPut(records.map((r) => stampUpdate(r, { status: '待确认' }, stamp())));
        await db.activities.put({ ...a, deletedAt: null, ...stamp() });
        await appendAudit(db, ctx, {
          action: '恢复活动',
          entity: 'activities',
          entityId: id,
          before: { deletedAt: a.deletedAt },
          after: { deletedAt: null, restoredRecordIds: records.map((r) => r.id) },
        });
      });
    },

    /** 修改记录: the activity's audit entries, newest first. */
    async history(id: string): Promise<AuditEntry[]> {
      const rows = await db.auditLog.where('[entity+entityId]').equals(['activities', id]).toArray();
      return rows.sort((x, y) => y.at - x.at);
    },
  };

  async function olderByStart(
    range: TimeRange,
    cursor: ActivityCursor | null,
    limit: number,
    match: (a: Activity) => boolean,
  ): Promise<Activity[]> {
    const upper = cursor ? cursor.start : range.to;
    return db.activities
      .where('start')
      .between(range.from, upper, true, cursor !== null)
      .reverse()
      .filter((a) => match(a) && (!cursor || isAfterCursor(a, cursor)))
      .limit(limit)
      .toArray();
  }

  async function newerByStart(
    range: TimeRange,
    cursor: ActivityCursor | null,
    limit: number,
    match: (a: Activity) => boolean,
  ): Promise<Activity[]> {
    const lower = cursor ? cursor.start : range.from;
    return db.activities
      .where('start')
      .between(lower, range.to, true, false)
      .filter((a) => match(a) && (!cursor || isBeforeCursor(a, cursor)))
      .limit(limit)
      .toArray();
  }
}
