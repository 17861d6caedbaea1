import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import type { ServiceRecord } from '@shared/model';
import type { RosterEntry } from '@shared/rosters/model';
import { rosterMonthId, rosterMonthOf, rosterMonthsOf } from '@shared/rosters/roster-months';
import { addDays } from '@shared/time/center-time';
import { tablesOnce } from '../core-tables';
import { getMany, queryIndex } from './core-day';
import { isSkipping, rowsBefore, widening, zoned } from './middleware';
import type { TableOf } from './rebuild';

/** The stored roster figures per post and month (schema v11): absent before, so checked by name. */
export const ROSTER_MONTHS = 'rosterMonths';

/** The writes that can change rosterMonths: entries, and the sign-ins linked to them. */
const SOURCES = new Set(['rosterEntries', 'serviceRecords']);

/** A linked sign-in's minutes as the roster figures count them: confirmed and not deleted, else none. */
export function servedMinutes(
  r: Pick<ServiceRecord, 'status' | 'deletedAt' | 'creditedMinutes'> | undefined,
) {
  return r && r.deletedAt === null && r.status === '已确认' ? (r.creditedMinutes ?? 0) : 0;
}

/** Recounts one post's month row from its entries of that month (a [postId+date] range), inside `trans`. */
async function recountPostMonth(core: DBCore, trans: DBCoreTransaction, key: string): Promise<void> {
  const [month = '', postId = ''] = key.split('|');
  const entries = await queryIndex<RosterEntry>(
    core.table('rosterEntries'),
    trans,
    ['postId', 'date'],
    [postId, `${month}-01`],
    [postId, `${month}-32`],
  );
  const linked = [...new Set(entries.flatMap((e) => (e.serviceRecordId ? [e.serviceRecordId] : [])))];
  const records = await getMany<ServiceRecord>(core.table('serviceRecords'), trans, linked);
  const minutes = new Map(records.map((r) => [r.id, servedMinutes(r)]));
  const row = rosterMonthOf(postId, month, entries, (id) => minutes.get(id) ?? 0);
  const table = core.table(ROSTER_MONTHS);
  if (row) await table.mutate({ type: 'put', trans, values: [row] });
  else await table.mutate({ type: 'delete', trans, keys: [rosterMonthId(postId, month)] });
}

/** The post-months a change of roster entries can alter: every entry's, before and after. */
function entryMonths(before: readonly RosterEntry[], after: readonly RosterEntry[]): Set<string> {
  return new Set([...before, ...after].map((e) => rosterMonthId(e.postId, e.date.slice(0, 7))));
}

/**
 * The post-months whose served minutes a change of service records can alter: those of the entries
 * linked to a record whose counted minutes changed (one indexed lookup each, and only for stored
 * records whose minutes moved: a sign-out, a correction, a void).
 */
async function recordMonths(
  core: DBCore,
  trans: DBCoreTransaction,
  before: readonly ServiceRecord[],
  after: readonly ServiceRecord[],
): Promise<Set<string>> {
  const old = new Map(before.map((r) => [r.id, servedMinutes(r)]));
  const fresh = new Map(after.map((r) => [r.id, servedMinutes(r)]));
  // A record added now cannot be linked yet (an entry is linked to a sign-in that exists): only records
  // that were there before are looked up, so saving an activity's 40 new records adds no reads.
  const changed = [...old.keys()].filter((id) => old.get(id) !== (fresh.get(id) ?? 0));
  const linked = await Promise.all(
    changed.map((id) => queryIndex<RosterEntry>(core.table('rosterEntries'), trans, 'serviceRecordId', id)),
  );
  return entryMonths(linked.flat(), []);
}

/**
 * Keeps rosterMonths in step with every write to roster entries and to service records (a linked
 * sign-in's minutes), in the same transaction, whichever repository wrote: a read-write transaction over
 * either is widened to both and to rosterMonths. Upgrade transactions and a restore's (skipTotalsIn)
 * are left alone: they rebuild (rebuildRosterMonths).
 */
export const rosterMonthsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'roster-months',
  create: (below) => {
    const down = tablesOnce(below);
    const present = new Set(down.schema.tables.map((t) => t.name));
    if (!present.has(ROSTER_MONTHS)) return below;
    return tablesOnce({
      ...down,
      transaction: widening(down, SOURCES, [...SOURCES, ROSTER_MONTHS]),
      table: (tableName) => {
        const plain = down.table(tableName);
        if (!SOURCES.has(tableName)) return plain;
        return {
          ...plain,
          mutate: async (req: DBCoreMutateRequest) => {
            const trans = req.trans as DBCoreTransaction & { mode?: string };
            if (isSkipping(trans) || trans.mode === 'versionchange') return plain.mutate(req);
            const core = zoned(down);
            const table = core.table(tableName);
            const before = await rowsBefore<RosterEntry | ServiceRecord>(table, req);
            const res = await table.mutate(req);
            const after = req.type === 'add' || req.type === 'put' ? req.values : [];
            const months =
              tableName === 'rosterEntries'
                ? entryMonths(before as RosterEntry[], after as RosterEntry[])
                : await recordMonths(core, trans, before as ServiceRecord[], after as ServiceRecord[]);
            for (const key of [...months].sort()) await recountPostMonth(core, trans, key);
            return res;
          },
        };
      },
    });
  },
};

/**
 * Empties and refills rosterMonths from every roster entry, a month of entries at a time (~25,000 at
 * district scale). Run inside a read-write transaction over rosterEntries, serviceRecords and
 * rosterMonths (the 'roster-months' upgrade, a restore).
 */
export async function rebuildRosterMonths(tableOf: TableOf): Promise<void> {
  await tableOf(ROSTER_MONTHS).clear();
  const entries = tableOf('rosterEntries');
  const [first, last] = (await Promise.all([
    entries.orderBy('date').first(),
    entries.orderBy('date').last(),
  ])) as [RosterEntry?, RosterEntry?];
  if (!first || !last) return;
  for (let month = `${first.date.slice(0, 7)}-01`; month <= last.date;) {
    const next = `${addDays(month, 31).slice(0, 7)}-01`;
    const rows = (await entries.where('date').between(month, next, true, false).toArray()) as RosterEntry[];
    const linked = [...new Set(rows.flatMap((e) => (e.serviceRecordId ? [e.serviceRecordId] : [])))];
    const records = (await tableOf('serviceRecords').bulkGet(linked)) as (ServiceRecord | undefined)[];
    const minutes = new Map(linked.map((id, i) => [id, servedMinutes(records[i])]));
    await tableOf(ROSTER_MONTHS).bulkAdd(rosterMonthsOf(rows, (id) => minutes.get(id) ?? 0));
    month = next;
  }
}
