import holidayData from 'chinese-days/dist/chinese-days.json';
import { holidayClosures, makeupDays, type HolidayDataset } from '@shared/booking/holidays';
import { stampNew, stampUpdate, type Closure, type Draft } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { setDeleted } from './soft-delete';
import { live } from './live';

/** The holidays and 调休 days of the maintained `chinese-days` dataset: bookings and duty rosters read the same one. */
export const HOLIDAY_DATASET: HolidayDataset = holidayData;
const DATASET = HOLIDAY_DATASET;

/** Make-up workdays (调休上班) from the maintained `chinese-days` dataset. */
export const MAKEUP_DAYS: ReadonlyMap<string, string> = makeupDays(DATASET);

/** The public holiday name of a date, if the dataset has one. */
export function holidayName(date: string): string | null {
  const v = DATASET.holidays[date];
  return v ? (v.split(',')[1] ?? null) : null;
}

/** Years the holiday dataset covers, newest first. */
export function holidayYears(): number[] {
  return [...new Set(Object.keys(DATASET.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => b - a);
}

/** Closures: public holidays, center closed dates and per-room blackouts. */
export function closuresRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** Live closures ending on or after a date, by start. */
    async from(date: string): Promise<Closure[]> {
      return live(await db.closures.where('endDate').aboveOrEqual(date).toArray()).sort((a, b) =>
        a.date.localeCompare(b.date),
      );
    },

    async save(draft: Draft<Closure>, id: string | null): Promise<Closure> {
      if (draft.endDate < draft.date) throw new Error('结束日期不能早于开始日期');
      return db.transaction('rw', db.closures, db.auditLog, async () => {
        const now = ctx.now();
        const existing = id ? await db.closures.get(id) : undefined;
        const row = existing
          ? stampUpdate(existing, draft, { now, deskId: ctx.deskId })
          : stampNew(draft, { id: ctx.newId(), now, deskId: ctx.deskId });
        await db.closures.put(row);
        await appendAudit(db, ctx, {
          action: existing ? '修改闭馆安排' : '新建闭馆安排',
          entity: 'closures',
          entityId: row.id,
          before: existing ?? null,
          after: row,
        });
        return row;
      });
    },

    async remove(id: string): Promise<void> {
      await setDeleted(db, ctx, db.closures, id, true, '闭馆安排');
    },

    async restore(id: string): Promise<void> {
      await setDeleted(db, ctx, db.closures, id, false, '闭馆安排');
    },

    /**
     * Adds the public holidays of a year as whole-day center closures, skipping ones already there
     * (also ones deleted on purpose, so a re-import does not bring back a holiday the center opens on).
     * Resolves to how many were added.
     */
    async importHolidays(year: number): Promise<number> {
      return db.transaction('rw', db.closures, db.auditLog, async () => {
        const existing = await db.closures
          .where('date')
          .between(`${year}-01-01`, `${year}-12-31`, true, true)
          .toArray();
        const now = ctx.now();
        const fresh = holidayClosures(DATASET, year).filter(
          (h) => !existing.some((c) => c.source === 'holiday' && c.date === h.date),
        );
        await db.closures.bulkAdd(
          fresh.map((h) => stampNew(h, { id: ctx.newId(), now, deskId: ctx.deskId })),
        );
        await appendAudit(db, ctx, {
          action: '导入法定节假日',
          entity: 'closures',
          entityId: null,
          after: { year, added: fresh.length },
        });
        return fresh.length;
      });
    },
  };
}
