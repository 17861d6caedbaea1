import { isOpenStatus } from '@shared/booking/rules';
import { planSeriesChange, type SeriesScope } from '@shared/booking/series';
import { stampUpdate, type Booking, type BookingStatus } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { checkAll } from './booking-check';
import { BookingRefusedError, bookingTables } from './booking-tx';

/** Cancelling bookings (one, or the rest of a series) and undoing it: part of the bookings repository. */
export function bookingCancelRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /**
     * Cancels a booking (or this and following / all open occurrences of its series) with a reason.
     * Resolves to the previous statuses, for 撤销 (see `restoreCancelled`).
     */
    async cancel(
      id: string,
      reason: string,
      scope: SeriesScope = 'this',
    ): Promise<{ id: string; status: BookingStatus }[]> {
      if (reason.trim() === '') throw new Error('请填写取消原因');
      return db.transaction('rw', bookingTables(db), async () => {
        const target = await db.bookings.get(id);
        if (!target || target.deletedAt !== null) throw new Error('找不到该预约');
        if (!isOpenStatus(target.status)) throw new Error(`该预约${target.status}，不能取消`);
        const series = target.seriesId ? await db.bookingSeries.get(target.seriesId) : undefined;
        const now = ctx.now();
        let targets = [target];
        if (series && scope !== 'this') {
          const occurrences = await db.bookings.where('seriesId').equals(series.id).toArray();
          const plan = planSeriesChange({
            rrule: series.rrule,
            occurrences,
            target,
            scope,
            now,
            kind: 'cancel',
          });
          targets = plan.targets;
          if (plan.truncateRrule) {
            await db.bookingSeries.put(
              stampUpdate(series, { rrule: plan.truncateRrule }, { now, deskId: ctx.deskId }),
            );
          }
        }
        await db.bookings.bulkPut(
          targets.map((t) =>
            stampUpdate(t, { status: '已取消', cancelReason: reason.trim() }, { now, deskId: ctx.deskId }),
          ),
        );
        await appendAudit(db, ctx, {
          action: targets.length > 1 ? `取消重复预约（${targets.length} 次）` : '取消预约',
          entity: 'bookings',
          entityId: id,
          reason: reason.trim(),
          after: targets.map((t) => t.number),
        });
        return targets.map((t) => ({ id: t.id, status: t.status }));
      });
    },

    /** Undoes a cancellation: each booking gets its old status back, unless its time has been taken since. */
    async restoreCancelled(entries: { id: string; status: BookingStatus }[]): Promise<void> {
      await db.transaction('rw', bookingTables(db), async () => {
        const rows = (await db.bookings.bulkGet(entries.map((e) => e.id))).filter((b): b is Booking => !!b);
        const { problems } = await checkAll(db, rows, new Set(rows.map((r) => r.id)));
        if (problems.length > 0) throw new BookingRefusedError(problems);
        const now = ctx.now();
        await db.bookings.bulkPut(
          rows.map((r) =>
            stampUpdate(
              r,
              { status: entries.find((e) => e.id === r.id)?.status ?? '已确认', cancelReason: null },
              { now, deskId: ctx.deskId },
            ),
          ),
        );
        await appendAudit(db, ctx, {
          action: '撤销取消预约',
          entity: 'bookings',
          entityId: rows[0]?.id ?? null,
          after: rows.map((r) => r.number),
        });
      });
    },
  };
}
