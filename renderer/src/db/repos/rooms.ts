import { stampNew, stampUpdate, type Draft, type Room } from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/** Rooms, write side: create, edit, deactivate, delete and restore, each audit-logged. */
export function roomsRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** Creates a room (no id) or updates one; refuses a name another live room already has. */
    async save(draft: Draft<Room>, id: string | null): Promise<Room> {
      return db.transaction('rw', db.rooms, db.auditLog, async () => {
        const name = draft.name.trim();
        const clash = (await db.rooms.toArray()).find(
          (r) => r.deletedAt === null && r.name === name && r.id !== id,
        );
        if (clash) throw new Error(`已有名为「${name}」的场地`);
        const now = ctx.now();
        const existing = id ? await db.rooms.get(id) : undefined;
        let row: Room;
        if (existing) {
          row = stampUpdate(existing, { ...draft, name }, { now, deskId: ctx.deskId });
        } else {
          const last = await db.rooms.orderBy('sortOrder').last();
          row = stampNew<Draft<Room>>(
            { ...draft, name, sortOrder: (last?.sortOrder ?? 0) + 10 },
            { id: ctx.newId(), now, deskId: ctx.deskId },
          );
        }
        await db.rooms.put(row);
        await appendAudit(db, ctx, {
          action: existing ? '修改场地' : '新建场地',
          entity: 'rooms',
          entityId: row.id,
          before: existing ?? null,
          after: row,
        });
        return row;
      });
    },

    /** Deactivated rooms stay on record and in history but take no new bookings. */
    async setActive(id: string, active: boolean): Promise<void> {
      await db.transaction('rw', db.rooms, db.auditLog, async () => {
        const room = await db.rooms.get(id);
        if (!room) throw new Error('找不到该场地');
        await db.rooms.put(stampUpdate(room, { active }, { now: ctx.now(), deskId: ctx.deskId }));
        await appendAudit(db, ctx, {
          action: active ? '启用场地' : '停用场地',
          entity: 'rooms',
          entityId: id,
        });
      });
    },
  };
}
