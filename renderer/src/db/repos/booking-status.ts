import { canCheckIn, dueStatusChanges, statusAfterCheckIn } from '@shared/booking/status-sweep';
import { stampUpdate, type AuditEntry, type Booking } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { OVERLAP_LOOKBACK_MS, readRules } from './booking-tx';

const CHECKED_IN = '预约签到';
const ATTENDANCE_CORRECTED = '更正实到人数';

/** Moves an organisation's no-show count by `delta`, inside the caller's transaction. */
async function countNoShow(db: DeskDatabase, ctx: WriteContext, b: Booking, delta: number): Promise<void> {
  if (!b.organisationId) return;
  const org = await db.organisations.get(b.organisationId);
  if (!org) return;
  await db.organisations.put(
    stampUpdate(
      org,
      { noShowCount: Math.max(0, org.noShowCount + delta) },
      { now: ctx.now(), deskId: ctx.deskId },
    ),
  );
}

/** Booking status changes: approval, check-in and the clock's no-show / completion sweep. */
export function bookingStatusRepo(db: DeskDatabase, ctx: WriteContext) {
  const tables = [db.bookings, db.organisations, db.settings, db.auditLog];
  return {
    /** 待审核 → 已确认. */
    async confirm(id: string): Promise<void> {
      await db.transaction('rw', tables, async () => {
        const b = await db.bookings.get(id);
        if (!b || b.status !== '待审核') throw new Error('只有待审核的预约可以确认');
        await db.bookings.put(stampUpdate(b, { status: '已确认' }, { now: ctx.now(), deskId: ctx.deskId }));
        await appendAudit(db, ctx, { action: '审核通过预约', entity: 'bookings', entityId: id });
      });
    },

    /**
     * Records arrival and actual attendance (实到人数). A booking the clock marked 未到场 can be
     * corrected this way, which also takes the no-show off its organisation's count.
     */
    async checkIn(id: string, actualAttendees: number): Promise<Booking> {
      if (!Number.isInteger(actualAttendees) || actualAttendees < 0)
        throw new Error('实到人数须为不小于 0 的整数');
      return db.transaction('rw', tables, async () => {
        const b = await db.bookings.get(id);
        const now = ctx.now();
        if (!b || b.deletedAt !== null) throw new Error('找不到该预约');
        if (!canCheckIn(b, now)) {
          throw new Error(b.status === '已确认' ? '开始前一小时内才能签到' : `该预约${b.status}，不能签到`);
        }
        if (b.status === '未到场') await countNoShow(db, ctx, b, -1);
        const row = stampUpdate(
          b,
          { status: statusAfterCheckIn(b, now), checkedInAt: now, actualAttendees },
          { now, deskId: ctx.deskId },
        );
        await db.bookings.put(row);
        await appendAudit(db, ctx, {
          action: CHECKED_IN,
          entity: 'bookings',
          entityId: id,
          before: b.status,
          after: { actualAttendees },
        });
        return row;
      });
    },

    /**
     * Corrects 实到人数 after check-in (a late group, a miscount), with a reason; the old and new
     * counts go to the audit log, which is the attendance's history.
     */
    async correctAttendance(id: string, actualAttendees: number, reason: string): Promise<Booking> {
      if (!Number.isInteger(actualAttendees) || actualAttendees < 0)
        throw new Error('实到人数须为不小于 0 的整数');
      const why = reason.trim();
      if (!why) throw new Error('请填写更正原因');
      if (why.length > 100) throw new Error('更正原因不能超过100个字');
      return db.transaction('rw', tables, async () => {
        const b = await db.bookings.get(id);
        if (!b || b.deletedAt !== null) throw new Error('找不到该预约');
        if (b.actualAttendees === null) throw new Error('该预约尚未签到，请先签到');
        if (b.actualAttendees === actualAttendees) throw new Error('实到人数没有变化');
        const now = ctx.now();
        const row = stampUpdate(b, { actualAttendees }, { now, deskId: ctx.deskId });
        await db.bookings.put(row);
        await appendAudit(db, ctx, {
          action: ATTENDANCE_CORRECTED,
          entity: 'bookings',
          entityId: id,
          before: { actualAttendees: b.actualAttendees },
          after: { actualAttendees },
          reason: why,
        });
        return row;
      });
    },

    /** The attendance's history, oldest first: the check-in and every correction, from the audit log. */
    async attendanceHistory(id: string): Promise<AuditEntry[]> {
      const rows = await db.auditLog.where('[entity+entityId]').equals(['bookings', id]).toArray();
      return rows
        .filter((r) => r.action === CHECKED_IN || r.action === ATTENDANCE_CORRECTED)
        .sort((a, b) => a.at - b.at);
    },

    /**
     * Applies what the clock made due (未到场 after the grace period, 已完成 after the end) to bookings
     * that started in the last three days. Writes nothing when nothing is due. Resolves to the count.
     */
    async sweep(): Promise<number> {
      return db.transaction('rw', tables, async () => {
        const now = ctx.now();
        const rules = await readRules(db);
        const recent = await db.bookings
          .where('start')
          .between(now - 3 * 86_400_000 - OVERLAP_LOOKBACK_MS, now, true, true)
          .toArray();
        const due = dueStatusChanges(recent, now, rules);
        for (const { booking, to } of due) {
          await db.bookings.put(stampUpdate(booking, { status: to }, { now, deskId: ctx.deskId }));
          if (to === '未到场') await countNoShow(db, ctx, booking, 1);
          await appendAudit(db, ctx, {
            action: to === '未到场' ? '自动标记未到场' : '自动完成预约',
            entity: 'bookings',
            entityId: booking.id,
            before: booking.status,
            after: to,
          });
        }
        return due.length;
      });
    },
  };
}
