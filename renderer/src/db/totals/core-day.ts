import type { DBCore, DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Activity, Booking, ServiceRecord, Volunteer } from '@shared/model';
import {
  applyDayChange,
  dayRange,
  dayTotals,
  type DailyTotal,
  type ServedTally,
  type VolunteerDay,
  type VolunteerMonth,
} from '@shared/stats/daily-totals';

/** DBCoreRangeType.Range / Equal (a const enum, not importable under isolatedModules). */
const RANGE = 2 as DBCoreKeyRange['type'];
const EQUAL = 1 as DBCoreKeyRange['type'];

/** Rows of `table` whose index `keyPath` lies in [lower, upper) (or equals `lower` without upper). */
export async function queryIndex<T>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  keyPath: string | string[],
  lower: unknown,
  upper?: unknown,
): Promise<T[]> {
  const index = table.schema.getIndexByKeyPath(keyPath);
  if (!index) throw new Error(`missing index ${String(keyPath)} on ${table.name}`);
  const range: DBCoreKeyRange =
    upper === undefined
      ? { type: EQUAL, lower, upper: lower }
      : { type: RANGE, lower, upper, lowerOpen: false, upperOpen: true };
  const res = await table.query({ trans, values: true, query: { index, range } });
  return res.result as T[];
}

async function getMany<T>(table: DBCoreTable, trans: DBCoreTransaction, keys: string[]): Promise<T[]> {
  if (keys.length === 0) return [];
  const rows = (await table.getMany({ trans, keys })) as (T | undefined)[];
  return rows.flatMap((r) => (r ? [r] : []));
}

/**
 * Recomputes one day's stored totals from indexed reads of that day, inside `trans`, and carries the
 * change of who served into the month rows. Volunteers already tallied that day keep their stored
 * party membership and birth date, so only newcomers are read.
 */
export async function recomputeDay(core: DBCore, trans: DBCoreTransaction, day: string): Promise<void> {
  const t = (name: string) => core.table(name);
  const { from, to } = dayRange(day);
  const [records, activities, bookings, oldTotals, oldDays] = await Promise.all([
    queryIndex<ServiceRecord>(
      t('serviceRecords'),
      trans,
      ['status', 'signInAt'],
      ['已确认', from],
      ['已确认', to],
    ),
    queryIndex<Activity>(t('activities'), trans, 'start', from, to),
    queryIndex<Booking>(t('bookings'), trans, 'start', from, to),
    queryIndex<DailyTotal>(t('dailyTotals'), trans, 'day', day),
    queryIndex<VolunteerDay>(t('volunteerDays'), trans, 'day', day),
  ]);
  const counted = records.filter((r) => r.deletedAt === null);
  const known = new Set(activities.map((a) => a.id));
  const otherIds = [
    ...new Set(counted.flatMap((r) => (r.activityId && !known.has(r.activityId) ? [r.activityId] : []))),
  ];
  const stored = new Map<string, [0 | 1, string | null]>();
  for (const row of oldDays) {
    for (const [vid, [, party, birth]] of Object.entries(row.volunteers)) stored.set(vid, [party, birth]);
  }
  const newcomers = [...new Set(counted.map((r) => r.volunteerId))].filter((id) => !stored.has(id));
  const [recordActivities, read] = await Promise.all([
    getMany<Activity>(t('activities'), trans, otherIds),
    getMany<Volunteer>(t('volunteers'), trans, newcomers),
  ]);
  const volunteers = [
    ...read,
    ...[...stored].map(([id, [party, birth]]) => ({
      id,
      politicalStatus: (party ? '中共党员' : '群众') as Volunteer['politicalStatus'],
      birthDate: birth,
    })),
  ];
  const next = dayTotals(day, { activities, bookings, records: counted, recordActivities, volunteers });
  await replace(t('dailyTotals'), trans, oldTotals, next.totals);
  await replace(t('volunteerDays'), trans, oldDays, next.volunteerDays);
  await carryIntoMonths(t('volunteerMonths'), trans, day, oldDays, next.volunteerDays);
}

async function replace<T extends { id: string }>(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  before: readonly T[],
  after: readonly T[],
): Promise<void> {
  const keep = new Set(after.map((r) => r.id));
  const gone = before.flatMap((r) => (keep.has(r.id) ? [] : [r.id]));
  if (gone.length > 0) await table.mutate({ type: 'delete', trans, keys: gone });
  if (after.length > 0) await table.mutate({ type: 'put', trans, values: after });
}

async function carryIntoMonths(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  day: string,
  before: readonly VolunteerDay[],
  after: readonly VolunteerDay[],
): Promise<void> {
  const scopes = new Map<string, { before: ServedTally; after: ServedTally }>();
  for (const d of before) scopes.set(d.scope, { before: d.volunteers, after: {} });
  for (const d of after)
    scopes.set(d.scope, { before: scopes.get(d.scope)?.before ?? {}, after: d.volunteers });
  const month = day.slice(0, 7);
  const changed = [...scopes].filter(([, c]) => !samePeople(c.before, c.after));
  if (changed.length === 0) return;
  const ids = changed.map(([scope]) => `${month}|${scope}`);
  const rows = (await table.getMany({ trans, keys: ids })) as (VolunteerMonth | undefined)[];
  const puts: VolunteerMonth[] = [];
  const deletes: string[] = [];
  changed.forEach(([scope, c], i) => {
    const row = rows[i] ?? { id: `${month}|${scope}`, month, scope, volunteers: {} };
    applyDayChange(row, c.before, c.after);
    if (Object.keys(row.volunteers).length === 0) {
      if (rows[i]) deletes.push(row.id);
    } else puts.push(row);
  });
  if (deletes.length > 0) await table.mutate({ type: 'delete', trans, keys: deletes });
  if (puts.length > 0) await table.mutate({ type: 'put', trans, values: puts });
}

function samePeople(a: ServedTally, b: ServedTally): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b);
}
