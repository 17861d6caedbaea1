import type { Table } from 'dexie';
import { stampNew, stampUpdate, type Draft, type Organisation, type Room } from '@shared/model';
import type { KindPlan, KindPlannedRow } from '@shared/exchange/import-kind';
import { fillEmptyRoomFields, roomFromImport, type ImportedRoom } from '@shared/exchange/import-places';
import {
  fillEmptyOrganisationFields,
  type ImportedOrganisation,
} from '@shared/exchange/import-organisations';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';

/** Rows per transaction, as the volunteer import: the page keeps answering between chunks. */
export const PLACE_IMPORT_CHUNK_SIZE = 200;

/**
 * How a room or organisation import ended: rows added and filled in, or cancelled (data as it was).
 */
export interface PlaceImportResult {
  created: number;
  filled: number;
  cancelled: boolean;
}

/** Options of a run: already-recorded names left alone or their empty fields filled. */
export interface PlaceImportOptions {
  existing: 'skip' | 'fill';
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The two kinds this repository imports, by the table they go to. */
export type PlaceImportKind = 'rooms' | 'organisations';

interface Target<R extends Room | Organisation, V> {
  table: Table<R, string>;
  noun: string;
  /** Live rows holding any of these names. */
  byName(names: readonly string[]): Promise<Map<string, R>>;
  build(values: V, id: string, now: number): Promise<R>;
  fill(current: R, values: V): Partial<R>;
}

/**
 * Bulk import of rooms (场地) and organisations (单位), keyed by name. Chunks are written in their own
 * transactions, each row with its audit entry as `save` writes it; a run keeps a journal so a cancel
 * (or a failure half-way) removes what it added and puts filled-in rows back.
 */
export function placeImportRepo(db: DeskDatabase, ctx: WriteContext) {
  const rooms: Target<Room, ImportedRoom> = {
    table: db.rooms,
    noun: '场地',
    // A center has tens of rooms and no name index: reading them all is what `roomsRepo.save` does too.
    async byName(names) {
      const wanted = new Set(names);
      const all = await db.rooms.toArray();
      return new Map(all.filter((r) => r.deletedAt === null && wanted.has(r.name)).map((r) => [r.name, r]));
    },
    async build(values, id, now) {
      const last = await db.rooms.orderBy('sortOrder').last();
      return stampNew<Draft<Room>>(
        { ...roomFromImport(values), sortOrder: (last?.sortOrder ?? 0) + 10 },
        { id, now, deskId: ctx.deskId },
      );
    },
    fill: fillEmptyRoomFields,
  };

  const organisations: Target<Organisation, ImportedOrganisation> = {
    table: db.organisations,
    noun: '单位',
    async byName(names) {
      const found = new Map<string, Organisation>();
      const unique = [...new Set(names)];
      for (let i = 0; i < unique.length; i += PLACE_IMPORT_CHUNK_SIZE) {
        const rows = await db.organisations
          .where('name')
          .anyOf(unique.slice(i, i + PLACE_IMPORT_CHUNK_SIZE))
          .toArray();
        for (const o of rows) if (o.deletedAt === null) found.set(o.name, o);
      }
      return found;
    },
    build: (values, id, now) =>
      Promise.resolve(
        stampNew<Draft<Organisation>>({ ...values, noShowCount: 0 }, { id, now, deskId: ctx.deskId }),
      ),
    fill: fillEmptyOrganisationFields,
  };

  async function runFor<R extends Room | Organisation, V extends { name: string }>(
    target: Target<R, V>,
    plan: KindPlan<V>,
    options: PlaceImportOptions,
  ): Promise<PlaceImportResult> {
    const size = options.chunkSize ?? PLACE_IMPORT_CHUNK_SIZE;
    const work = plan.rows.filter(
      (r) => r.outcome === 'new' || (r.outcome === 'existing' && options.existing === 'fill'),
    );
    const created: string[] = [];
    const filledBefore: R[] = [];

    /** One chunk's writes; what it wrote joins the journal only once its transaction has committed. */
    const writeChunk = async (chunk: KindPlannedRow<V>[]) => {
      const wrote = { created: [] as string[], filledBefore: [] as R[] };
      const now = ctx.now();
      // Someone may have added the same name at the desk since the report: it is filled, not doubled.
      const holders = await target.byName(chunk.flatMap((r) => r.values?.name ?? []));
      for (const r of chunk) {
        if (!r.values) continue;
        const holder = holders.get(r.values.name);
        if (!holder) {
          if (r.outcome !== 'new') continue;
          const row = await target.build(r.values, ctx.newId(), now);
          await target.table.add(row);
          wrote.created.push(row.id);
          holders.set(row.name, row);
          await appendAudit(db, ctx, {
            action: `导入${target.noun}`,
            entity: target.table.name,
            entityId: row.id,
            after: row,
          });
        } else if (options.existing === 'fill') {
          const patch = target.fill(holder, r.values);
          if (Object.keys(patch).length === 0) continue;
          const after = stampUpdate(holder, patch, { now, deskId: ctx.deskId });
          await target.table.put(after);
          wrote.filledBefore.push(holder);
          holders.set(after.name, after);
          await appendAudit(db, ctx, {
            action: `导入补充${target.noun}信息`,
            entity: target.table.name,
            entityId: holder.id,
            before: holder,
            after,
          });
        }
      }
      return wrote;
    };

    const rollback = async () => {
      if (created.length === 0 && filledBefore.length === 0) return;
      await db.transaction('rw', target.table, db.auditLog, async () => {
        await target.table.bulkDelete(created);
        await target.table.bulkPut(filledBefore);
        await appendAudit(db, ctx, {
          action: `取消导入${target.noun}`,
          entity: target.table.name,
          entityId: null,
          after: { removed: created.length, restored: filledBefore.length },
        });
      });
    };

    try {
      for (let i = 0; i < work.length; i += size) {
        if (options.signal?.aborted) break;
        const wrote = await db.transaction('rw', target.table, db.auditLog, () =>
          writeChunk(work.slice(i, i + size)),
        );
        created.push(...wrote.created);
        filledBefore.push(...wrote.filledBefore);
        options.onProgress?.(Math.min(i + size, work.length), work.length);
      }
    } catch (error) {
      await rollback();
      throw error;
    }
    if (options.signal?.aborted) {
      await rollback();
      return { created: 0, filled: 0, cancelled: true };
    }
    return { created: created.length, filled: filledBefore.length, cancelled: false };
  }

  return {
    /** Live records by name, for the report (已有同名). */
    async existingByName(
      kind: PlaceImportKind,
      names: readonly string[],
    ): Promise<Map<string, { id: string }>> {
      const found = await (kind === 'rooms' ? rooms : organisations).byName(names);
      return new Map([...found].map(([name, r]) => [name, { id: r.id }]));
    },

    /** Writes a room plan's new rows (and with `fill`, empty fields of rooms on record). */
    runRooms(plan: KindPlan<ImportedRoom>, options: PlaceImportOptions): Promise<PlaceImportResult> {
      return runFor(rooms, plan, options);
    },

    /** Writes an organisation plan's new rows (and with `fill`, empty fields of units on record). */
    runOrganisations(
      plan: KindPlan<ImportedOrganisation>,
      options: PlaceImportOptions,
    ): Promise<PlaceImportResult> {
      return runFor(organisations, plan, options);
    },
  };
}
