import { stampNew, stampUpdate, type Booking, type Draft, type Organisation } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { setDeleted } from './soft-delete';
import { live } from './live';

/** What the desk types about a unit; the no-show count is kept by the booking repository. */
export type OrganisationDraft = Omit<Draft<Organisation>, 'noShowCount'>;

/** Organisations (单位): edit, delete with restore, and their booking history. */
export function organisationsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** Creates (id null) or updates a unit; refuses a name another live unit already has. */
    async save(draft: OrganisationDraft, id: string | null): Promise<Organisation> {
      return db.transaction('rw', db.organisations, db.auditLog, async () => {
        const name = draft.name.trim();
        const clash = (await db.organisations.where('name').equals(name).toArray()).find(
          (o) => o.deletedAt === null && o.id !== id,
        );
        if (clash) throw new Error(`已有名为「${name}」的单位`);
        const now = ctx.now();
        const existing = id ? await db.organisations.get(id) : undefined;
        const row = existing
          ? stampUpdate(existing, { ...draft, name }, { now, deskId: ctx.deskId })
          : stampNew<Draft<Organisation>>(
              { ...draft, name, noShowCount: 0 },
              { id: ctx.newId(), now, deskId: ctx.deskId },
            );
        await db.organisations.put(row);
        await appendAudit(db, ctx, {
          action: existing ? '修改单位' : '新建单位',
          entity: 'organisations',
          entityId: row.id,
          before: existing ?? null,
          after: row,
        });
        return row;
      });
    },

    /** Soft delete (bookings keep pointing at it); `restore` undoes it. */
    async remove(id: string): Promise<void> {
      await setDeleted(db, ctx, db.organisations, id, true, '单位');
    },

    async restore(id: string): Promise<void> {
      await setDeleted(db, ctx, db.organisations, id, false, '单位');
    },

    /** A unit's bookings, newest first. */
    async history(id: string): Promise<Booking[]> {
      const rows = live(await db.bookings.where('organisationId').equals(id).toArray());
      return rows.sort((a, b) => b.start - a.start);
    },
  };
}
