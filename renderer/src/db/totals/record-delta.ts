import type { DBCore, DBCoreTransaction } from 'dexie';
import type { Activity, ServiceRecord, Volunteer } from '@shared/model';
import {
  recordCounts,
  packServed,
  servedEntry,
  unpackServed,
  type Packed,
  type DailyTotal,
  type ServedTally,
  type VolunteerDay,
} from '@shared/stats/daily-totals';
import { addTotals, recordDelta } from '@shared/stats/totals-changes';
import { carryIntoMonthTotals, carryIntoMonths, getMany, type ServedChange } from './core-day';

/**
 * Keeps the stored totals after service records change from `before` to `after`, inside `trans`, by
 * adding the difference of their own contributions: a desk sign-out reads and writes a few rows
 * instead of recounting its day's ~800 records. Activities and volunteers are read only for the
 * records themselves (a volunteer only when newly present in a day row, as recomputeDay does).
 */
export async function applyRecordChange(
  core: DBCore,
  trans: DBCoreTransaction,
  before: readonly ServiceRecord[],
  after: readonly ServiceRecord[],
): Promise<void> {
  const was = before.filter(recordCounts);
  const now = after.filter(recordCounts);
  if (was.length === 0 && now.length === 0) return;
  const t = (name: string) => core.table(name);
  const activityIds = [...new Set([...was, ...now].flatMap((r) => (r.activityId ? [r.activityId] : [])))];
  const activities = await getMany<Activity>(t('activities'), trans, activityIds);
  const delta = recordDelta(was, now, activities);

  const lineIds = delta.lines.map((l) => l.id);
  const stored = (lineIds.length > 0 ? await t('dailyTotals').getMany({ trans, keys: lineIds }) : []) as (
    DailyTotal | undefined
  )[];
  const puts: DailyTotal[] = [];
  const deletes: string[] = [];
  delta.lines.forEach((line, i) => {
    const row = stored[i];
    const next = addTotals(row, line);
    if (next) puts.push(next);
    else if (row) deletes.push(line.id);
  });
  if (deletes.length > 0) await t('dailyTotals').mutate({ type: 'delete', trans, keys: deletes });
  if (puts.length > 0) await t('dailyTotals').mutate({ type: 'put', trans, values: puts });
  await carryIntoMonthTotals(
    core,
    trans,
    stored.flatMap((r) => (r ? [r] : [])),
    puts,
  );

  if (delta.served.length === 0) return;
  const dayIds = [...new Set(delta.served.map((s) => `${s.day}|${s.scope}`))];
  const days = (
    (await t('volunteerDays').getMany({ trans, keys: dayIds })) as (Packed<VolunteerDay> | undefined)[]
  ).map((d) => (d ? unpackServed<VolunteerDay>(d) : undefined));
  const rows = new Map<string, { row: VolunteerDay; stored: boolean; change: ServedChange }>();
  for (const s of delta.served) {
    const id = `${s.day}|${s.scope}`;
    if (rows.has(id)) continue;
    const found = days[dayIds.indexOf(id)];
    rows.set(id, {
      row: found ?? { id, day: s.day, scope: s.scope, volunteers: {} },
      stored: found !== undefined,
      change: { day: s.day, scope: s.scope, before: {}, after: {} },
    });
  }
  const newcomers = [
    ...new Set(
      delta.served.flatMap((s) =>
        s.change > 0 && !rows.get(`${s.day}|${s.scope}`)?.row.volunteers[s.volunteerId]
          ? [s.volunteerId]
          : [],
      ),
    ),
  ];
  const people = new Map((await getMany<Volunteer>(t('volunteers'), trans, newcomers)).map((v) => [v.id, v]));
  for (const s of delta.served) {
    const entry = rows.get(`${s.day}|${s.scope}`);
    if (!entry) continue;
    const tally: ServedTally = entry.row.volunteers;
    const old = tally[s.volunteerId];
    const count = (old?.[0] ?? 0) + s.change;
    if (old && count > 0) {
      old[0] = count;
      continue;
    }
    // Only a volunteer appearing in or leaving the day changes the month's days served.
    if (old) {
      entry.change.before[s.volunteerId] = old;
      Reflect.deleteProperty(tally, s.volunteerId);
    } else if (count > 0) {
      const made = servedEntry(count, people.get(s.volunteerId));
      tally[s.volunteerId] = made;
      entry.change.after[s.volunteerId] = made;
    }
  }
  const dayPuts: Packed<VolunteerDay>[] = [];
  const dayDeletes: string[] = [];
  for (const { row, stored: was } of rows.values()) {
    if (Object.keys(row.volunteers).length > 0) dayPuts.push(packServed(row));
    else if (was) dayDeletes.push(row.id);
  }
  if (dayDeletes.length > 0) await t('volunteerDays').mutate({ type: 'delete', trans, keys: dayDeletes });
  if (dayPuts.length > 0) await t('volunteerDays').mutate({ type: 'put', trans, values: dayPuts });
  await carryIntoMonths(
    t('volunteerMonths'),
    trans,
    [...rows.values()].map((r) => r.change),
  );
}
