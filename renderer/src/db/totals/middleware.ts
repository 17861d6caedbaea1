import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Activity, Booking, ServiceRecord } from '@shared/model';
import { ACTIVITY_COUNTED_FIELDS, bookingHeld, sameCounted } from '@shared/stats/daily-totals';
import { dateKey } from '@shared/time/center-time';
import { tablesOnce } from '../core-tables';
import { queryIndex, recomputeDay } from './core-day';
import { applyRecordChange } from './record-delta';
import { addWithRoomDays, bookingDays, recountRoomDay, ROOM_DAYS } from './room-days';

/** The tables whose rows the stored totals are computed from. */
const SOURCES = new Set(['serviceRecords', 'activities', 'bookings']);
/** What a write to a source must be able to read and write to keep the totals (volunteers: read only). */
const TOTALS_SCOPE = [
  'serviceRecords',
  'activities',
  'bookings',
  'volunteers',
  'dailyTotals',
  'monthlyTotals',
  'volunteerDays',
  'volunteerMonths',
];

const skipping = new WeakSet<object>();

/**
 * Lets one transaction write the source tables without keeping the totals (a restore's bulk adds);
 * whoever does so rebuilds them (rebuildTotals) before the transaction ends. `idbtrans` is Dexie's
 * `Transaction.idbtrans`, the object the DBCore layer receives as `trans`.
 */
export function skipTotalsIn(idbtrans: object): void {
  skipping.add(idbtrans);
}

/** Whether a transaction was let off keeping the stored totals (skipTotalsIn). */
export function isSkipping(trans: object): boolean {
  return skipping.has(trans);
}

type Row = ServiceRecord | Activity | Booking;

/** Dexie's zone API (untyped): its own middlewares below read the transaction from the current zone. */
const zones = Dexie.Promise as unknown as { PSD: unknown; usePSD<T>(psd: unknown, fn: () => T): T };

/**
 * The core below, called in the zone current now: after a native await the zone is gone, and Dexie's
 * hooks and cache middlewares underneath need it to find the transaction.
 */
export function zoned(core: DBCore): DBCore {
  const psd = zones.PSD;
  const run = <T>(fn: () => T): T => zones.usePSD(psd, fn);
  return {
    ...core,
    table: (name) => {
      const t = core.table(name);
      return {
        ...t,
        mutate: (req) => run(() => t.mutate(req)),
        get: (req) => run(() => t.get(req)),
        getMany: (req) => run(() => t.getMany(req)),
        query: (req) => run(() => t.query(req)),
        openCursor: (req) => run(() => t.openCursor(req)),
        count: (req) => run(() => t.count(req)),
      };
    },
  };
}

function keysOf(req: DBCoreMutateRequest): string[] {
  if (req.type === 'delete') return req.keys as string[];
  if (req.type === 'put') return (req.keys ?? req.values.map((v: { id: string }) => v.id)) as string[];
  return [];
}

/**
 * The core's transaction, widened to `scope` when it writes any of `sources`: stored figures change in
 * the same transaction as the rows they count, whichever repository opened it.
 */
export function widening(
  down: DBCore,
  sources: ReadonlySet<string>,
  scope: readonly string[],
): DBCore['transaction'] {
  return (stores, mode, options) =>
    down.transaction(
      mode === 'readwrite' && stores.some((s) => sources.has(s))
        ? [...new Set([...stores, ...scope])]
        : stores,
      mode,
      options,
    );
}

/** The rows a mutation is about to change, as they are before it (what its keys or range hold). */
export async function rowsBefore<T = Row>(table: DBCoreTable, req: DBCoreMutateRequest): Promise<T[]> {
  if (req.type === 'deleteRange') {
    const res = await table.query({
      trans: req.trans,
      values: true,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    return res.result as T[];
  }
  const keys = keysOf(req);
  if (keys.length === 0) return [];
  const rows = (await table.getMany({ trans: req.trans, keys })) as (T | undefined)[];
  return rows.flatMap((r) => (r ? [r] : []));
}

/** The days whose totals count these bookings: those they are held on. */
function touchedDaysOfBookings(bookings: readonly Booking[]): Set<string> {
  return new Set(bookings.filter(bookingHeld).map((b) => dateKey(b.start)));
}

const placeOf = (a: Activity) => `${a.stationId ?? ''}|${a.category}|${a.projectId ?? ''}`;

/** The days whose totals a change of these rows can alter. */
async function touchedDays(
  core: DBCore,
  trans: DBCoreTransaction,
  tableName: string,
  before: readonly Row[],
  after: readonly Row[],
): Promise<Set<string>> {
  const days = new Set<string>();
  if (tableName === 'bookings') return touchedDaysOfBookings([...before, ...after] as Booking[]);
  const old = new Map((before as Activity[]).map((a) => [a.id, a]));
  const moved: string[] = [];
  const bookingIds = new Set<string>();
  for (const a of [...before, ...after] as Activity[]) {
    days.add(dateKey(a.start));
    if (a.bookingId) bookingIds.add(a.bookingId);
  }
  const fresh = new Map((after as Activity[]).map((a) => [a.id, a]));
  for (const id of new Set([...old.keys(), ...fresh.keys()])) {
    const a = old.get(id);
    const b = fresh.get(id);
    // Records count under their activity's 所/站, category and project, on their own sign-in day.
    if (!a || !b || placeOf(a) !== placeOf(b)) moved.push(id);
  }
  const [records, bookings] = await Promise.all([
    Promise.all(
      moved.map((id) => queryIndex<ServiceRecord>(core.table('serviceRecords'), trans, 'activityId', id)),
    ),
    core.table('bookings').getMany({ trans, keys: [...bookingIds] }) as Promise<(Booking | undefined)[]>,
  ]);
  for (const r of records.flat()) if (r.status === '已确认') days.add(dateKey(r.signInAt));
  for (const b of bookings) if (b && bookingHeld(b)) days.add(dateKey(b.start));
  return days;
}

/**
 * Keeps dailyTotals, monthlyTotals, volunteerDays, volunteerMonths and roomDays in step with every write to service records,
 * activities and bookings, in the same transaction, whichever repository wrote: a read-write
 * transaction over a source is widened to the totals tables, and each mutation of a source recomputes
 * the days it touched. Upgrade transactions are left alone: the 'daily-totals' upgrade rebuilds, and
 * the tables may not exist yet during an older version's upgrade.
 */
export const totalsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'daily-totals',
  create: (below) => {
    const down = tablesOnce(below);
    const present = new Set(down.schema.tables.map((t) => t.name));
    if (!TOTALS_SCOPE.every((name) => present.has(name))) return below;
    // Room use is kept from v8 on; a v7 database (an upgrade test, an older slice) keeps the rest.
    const keepsRooms = present.has(ROOM_DAYS);
    const scope = keepsRooms ? [...TOTALS_SCOPE, ROOM_DAYS] : TOTALS_SCOPE;
    return tablesOnce({
      ...down,
      transaction: widening(down, SOURCES, scope),
      table: (tableName) => {
        const plain = down.table(tableName);
        if (!SOURCES.has(tableName)) return plain;
        return {
          ...plain,
          mutate: async (req) => {
            const trans = req.trans as DBCoreTransaction & { mode?: string };
            if (isSkipping(trans) || trans.mode === 'versionchange') return plain.mutate(req);
            const core = zoned(down);
            const table = core.table(tableName);
            if (tableName === 'bookings' && req.type === 'add' && keepsRooms) {
              const res = await addWithRoomDays(core, trans, table, req);
              const held = [...touchedDaysOfBookings(req.values as Booking[])].sort();
              for (const day of held) await recomputeDay(core, trans, day);
              return res;
            }
            const before = await rowsBefore(table, req);
            const res = await table.mutate(req);
            const after = req.type === 'add' || req.type === 'put' ? (req.values as Row[]) : [];
            // Records are the frequent writes (every sign-in and sign-out): their own difference is
            // added; activities and bookings, rarer, recount the days they touch.
            if (tableName === 'serviceRecords') {
              await applyRecordChange(core, trans, before as ServiceRecord[], after as ServiceRecord[]);
              return res;
            }
            // Saving hours rewrites the activity's volunteer count: nothing the totals count.
            if (
              tableName === 'activities' &&
              sameCounted(ACTIVITY_COUNTED_FIELDS, before as Activity[], after as Activity[])
            )
              return res;
            const days = await touchedDays(core, trans, tableName, before, after);
            for (const day of [...days].sort()) await recomputeDay(core, trans, day);
            if (tableName === 'bookings' && keepsRooms) {
              const roomDays = bookingDays(before as Booking[], after as Booking[]);
              for (const day of [...roomDays].sort()) await recountRoomDay(core, trans, day);
            }
            return res;
          },
        };
      },
    });
  },
};
