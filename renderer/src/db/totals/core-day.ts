import type { DBCore, DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Activity, Booking, ServiceRecord, Volunteer } from '@shared/model';
import {
  packServed,
  unpackServed,
  type MonthlyTotal,
  type Packed,
  dayRange,
  dayTotals,
  type DailyTotal,
  type ServedTally,
  type VolunteerDay,
  type VolunteerMonth,
} from '@shared/stats/daily-totals';
import { addTotals, applyDayChange, monthDelta } from '@shared/stats/totals-changes';

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

export async function getMany<T>(table: DBCoreTable, trans: DBCoreTransaction, keys: string[]): Promise<T[]> {
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
  const [records, activities, bookings, oldTotals, packedDays] = await Promise.all([
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
    queryIndex<Packed<VolunteerDay>>(t('volunteerDays'), trans, 'day', day),
  ]);
  const oldDays = packedDays.map((d) => unpackServed<VolunteerDay>(d));
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
  await carryIntoMonthTotals(core, trans, oldTotals, next.totals);
  await replace(
    t('volunteerDays'),
    trans,
    packedDays,
    next.volunteerDays.map((d) => packServed(d)),
  );
  const scopes = new Map<string, ServedChange>();
  for (const d of oldDays) scopes.set(d.scope, { day, scope: d.scope, before: d.volunteers, after: {} });
  for (const d of next.volunteerDays) {
    const before = scopes.get(d.scope)?.before ?? {};
    scopes.set(d.scope, { day, scope: d.scope, before, after: d.volunteers });
  }
  await carryIntoMonths(t('volunteerMonths'), trans, [...scopes.values()]);
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

/** Adds the difference between day rows `before` and their replacements `after` to the month rows. */
export async function carryIntoMonthTotals(
  core: DBCore,
  trans: DBCoreTransaction,
  before: readonly DailyTotal[],
  after: readonly DailyTotal[],
): Promise<void> {
  const delta = monthDelta(before, after);
  if (delta.length === 0) return;
  const table = core.table('monthlyTotals');
  const stored = (await table.getMany({ trans, keys: delta.map((m) => m.id) })) as (
    MonthlyTotal | undefined
  )[];
  const puts: MonthlyTotal[] = [];
  const deletes: string[] = [];
  delta.forEach((line, i) => {
    const row = stored[i];
    const next = addTotals(row, line);
    if (next) puts.push(next);
    else if (row) deletes.push(line.id);
  });
  if (deletes.length > 0) await table.mutate({ type: 'delete', trans, keys: deletes });
  if (puts.length > 0) await table.mutate({ type: 'put', trans, values: puts });
}

/** A change of who served on one day in one scope (only the volunteers whose presence changed suffice). */
export interface ServedChange {
  day: string;
  scope: string;
  before: ServedTally;
  after: ServedTally;
}

/** Carries days' changes of who served into their month rows. */
export async function carryIntoMonths(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  changes: readonly ServedChange[],
): Promise<void> {
  const changed = changes.filter((c) => !samePeople(c.before, c.after));
  if (changed.length === 0) return;
  const wanted = new Map(
    changed.map((c) => [`${c.day.slice(0, 7)}|${c.scope}`, { month: c.day.slice(0, 7), scope: c.scope }]),
  );
  const ids = [...wanted.keys()];
  const found = ((await table.getMany({ trans, keys: ids })) as (Packed<VolunteerMonth> | undefined)[]).map(
    (m) => (m ? unpackServed<VolunteerMonth>(m) : undefined),
  );
  const rows = new Map<string, { row: VolunteerMonth; stored: boolean }>();
  [...wanted].forEach(([id, { month, scope }], i) => {
    const row = found[i];
    rows.set(id, { row: row ?? { id, month, scope, volunteers: {} }, stored: row !== undefined });
  });
  for (const c of changed) {
    const entry = rows.get(`${c.day.slice(0, 7)}|${c.scope}`);
    if (entry) applyDayChange(entry.row, c.before, c.after);
  }
  const puts: Packed<VolunteerMonth>[] = [];
  const deletes: string[] = [];
  for (const { row, stored } of rows.values()) {
    if (Object.keys(row.volunteers).length > 0) puts.push(packServed(row));
    else if (stored) deletes.push(row.id);
  }
  if (deletes.length > 0) await table.mutate({ type: 'delete', trans, keys: deletes });
  if (puts.length > 0) await table.mutate({ type: 'put', trans, values: puts });
}

function samePeople(a: ServedTally, b: ServedTally): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b);
}
