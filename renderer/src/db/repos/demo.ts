import type {
  Activity,
  Booking,
  Closure,
  Organisation,
  NumberCounter,
  Room,
  ServiceOrder,
  ServiceRecord,
  Team,
  Volunteer,
} from '@shared/model';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { appendAudit } from './audit';
import { settingsRepo } from './settings';
import { adjustLiveCount } from './volunteer-counters';

/** Rows to load, table by table, in dependency order. */
export interface Dataset {
  rooms: Room[];
  closures: Closure[];
  organisations: Organisation[];
  teams: Team[];
  volunteers: Volunteer[];
  bookings: Booking[];
  serviceRecords: ServiceRecord[];
  activities: Activity[];
  serviceOrders: ServiceOrder[];
  counters: NumberCounter[];
}

const TABLE_ORDER = [
  'rooms',
  'closures',
  'organisations',
  'teams',
  'volunteers',
  'bookings',
  'serviceRecords',
  'activities',
  'serviceOrders',
  'counters',
] as const satisfies readonly (keyof Dataset)[];

const CHUNK = 50;

/** Raised when the user cancels a load; nothing of it is kept. */
export class LoadCancelledError extends Error {
  constructor() {
    super('已取消，未写入任何数据');
    this.name = 'LoadCancelledError';
  }
}

/** Loading demo data, and asking whether the desk holds any data yet. */
export function demoRepo(db: DeskDatabase, ctx: WriteContext) {
  return {
    /** True when no rooms, volunteers or bookings exist: demo data only ever goes into an empty desk. */
    async isEmpty(): Promise<boolean> {
      const [rooms, volunteers, bookings] = await Promise.all([
        db.rooms.limit(1).count(),
        db.volunteers.limit(1).count(),
        db.bookings.limit(1).count(),
      ]);
      return rooms + volunteers + bookings === 0;
    },

    /**
     * Loads a dataset in one transaction: all of it or, on error or cancel, none of it.
     * Progress is reported after each chunk as (rows written, rows in all).
     */
    async load(
      data: Dataset,
      onProgress: (done: number, total: number) => void,
      signal?: AbortSignal,
    ): Promise<void> {
      const total = TABLE_ORDER.reduce((sum, table) => sum + data[table].length, 0);
      const tables = [...TABLE_ORDER.map((t) => db.table(t)), db.settings, db.auditLog];
      await db.transaction('rw', tables, async () => {
        if (!(await this.isEmpty())) throw new Error('当前已有数据，示例数据只能载入空白的数据库');
        let done = 0;
        for (const table of TABLE_ORDER) {
          const rows: unknown[] = data[table];
          for (let i = 0; i < rows.length; i += CHUNK) {
            if (signal?.aborted) throw new LoadCancelledError();
            const chunk = rows.slice(i, i + CHUNK);
            await db.table(table).bulkAdd(chunk);
            done += chunk.length;
            onProgress(done, total);
          }
        }
        // The live count kept from the start: without its row every 今日概览 read would count the table.
        await adjustLiveCount(db, ctx, 0);
        await settingsRepo(db, ctx).set('demoDataLoadedAt', ctx.now());
        await appendAudit(db, ctx, {
          action: '载入示例数据',
          entity: 'database',
          entityId: null,
          after: Object.fromEntries(TABLE_ORDER.map((t) => [t, data[t].length])),
        });
      });
    },
  };
}
