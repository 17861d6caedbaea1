import { Dexie, type Table } from 'dexie';
import type { Activity, Booking, ServiceRecord, Volunteer } from '@shared/model';
import {
  dayTotals,
  packServed,
  type MonthlyTotal,
  type DailyTotal,
  type VolunteerDay,
  type VolunteerMonth,
} from '@shared/stats/daily-totals';
import { monthDelta, monthsFromDays } from '@shared/stats/totals-changes';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';

/** A table by name: `db.table` inside a transaction, or an upgrade's `tx.table`. */
export type TableOf = (name: string) => Table;

/** Everything the stored totals should hold, recounted from every row. */
export interface RecountedTotals {
  dailyTotals: DailyTotal[];
  monthlyTotals: MonthlyTotal[];
  volunteerDays: VolunteerDay[];
  volunteerMonths: VolunteerMonth[];
}

async function firstAndLast(tableOf: TableOf): Promise<{ first: number; last: number } | null> {
  const confirmed = () =>
    tableOf('serviceRecords')
      .where('[status+signInAt]')
      .between(['已确认', Dexie.minKey], ['已确认', Dexie.maxKey]);
  const ends = await Promise.all([
    confirmed().first(),
    confirmed().last(),
    tableOf('activities').orderBy('start').first(),
    tableOf('activities').orderBy('start').last(),
    tableOf('bookings').orderBy('start').first(),
    tableOf('bookings').orderBy('start').last(),
  ]);
  const [r0, r1, a0, a1, b0, b1] = ends as [
    ServiceRecord?,
    ServiceRecord?,
    Activity?,
    Activity?,
    Booking?,
    Booking?,
  ];
  const firsts = [r0?.signInAt, a0?.start, b0?.start].filter((x): x is number => x !== undefined);
  const lasts = [r1?.signInAt, a1?.start, b1?.start].filter((x): x is number => x !== undefined);
  if (firsts.length === 0) return null;
  return { first: Math.min(...firsts), last: Math.max(...lasts) };
}

/**
 * Recounts the stored totals from every service record, activity and booking, a month of rows at a
 * time (a month is ~25,000 records at district scale), handing each month's rows to `visit`.
 */
export async function recountTotals(
  tableOf: TableOf,
  visit: (month: RecountedTotals) => Promise<void>,
  onMonth?: (done: number, total: number) => void,
): Promise<void> {
  const span = await firstAndLast(tableOf);
  if (!span) return;
  let month = `${dateKey(span.first).slice(0, 7)}-01`;
  const lastDay = dateKey(span.last);
  const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  const total = monthIndex(lastDay) - monthIndex(month) + 1;
  let done = 0;
  onMonth?.(0, total);
  while (month <= lastDay) {
    const next = `${addDays(month, 31).slice(0, 7)}-01`;
    const from = fromDateAndMinutes(month, 0);
    const to = fromDateAndMinutes(next, 0);
    const [records, activities, bookings] = (await Promise.all([
      tableOf('serviceRecords')
        .where('[status+signInAt]')
        .between(['已确认', from], ['已确认', to], true, false)
        .toArray(),
      tableOf('activities').where('start').between(from, to, true, false).toArray(),
      tableOf('bookings').where('start').between(from, to, true, false).toArray(),
    ])) as [ServiceRecord[], Activity[], Booking[]];
    const counted = records.filter((r) => r.deletedAt === null);
    const known = new Set(activities.map((a) => a.id));
    const otherIds = [
      ...new Set(counted.flatMap((r) => (r.activityId && !known.has(r.activityId) ? [r.activityId] : []))),
    ];
    const [others, people] = (await Promise.all([
      tableOf('activities').bulkGet(otherIds),
      tableOf('volunteers').bulkGet([...new Set(counted.map((r) => r.volunteerId))]),
    ])) as [(Activity | undefined)[], (Volunteer | undefined)[]];
    // A record's activity may start on another day of the month, or in another month.
    const recordActivities = [...activities, ...others.flatMap((a) => (a ? [a] : []))];
    const volunteers = people.flatMap((v) => (v ? [v] : []));
    const byDay = new Map<
      string,
      { records: ServiceRecord[]; activities: Activity[]; bookings: Booking[] }
    >();
    const of = (day: string) => {
      const found = byDay.get(day) ?? { records: [], activities: [], bookings: [] };
      byDay.set(day, found);
      return found;
    };
    for (const r of counted) of(dateKey(r.signInAt)).records.push(r);
    for (const a of activities) of(dateKey(a.start)).activities.push(a);
    for (const b of bookings) of(dateKey(b.start)).bookings.push(b);
    const out: RecountedTotals = {
      dailyTotals: [],
      monthlyTotals: [],
      volunteerDays: [],
      volunteerMonths: [],
    };
    for (const [day, rows] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
      const t = dayTotals(day, { ...rows, recordActivities, volunteers });
      out.dailyTotals.push(...t.totals);
      out.volunteerDays.push(...t.volunteerDays);
    }
    out.monthlyTotals = monthDelta([], out.dailyTotals);
    out.volunteerMonths = monthsFromDays(out.volunteerDays);
    await visit(out);
    done += 1;
    onMonth?.(done, total);
    month = next;
  }
}

/**
 * Empties and refills dailyTotals, monthlyTotals, volunteerDays and volunteerMonths from a full recount. Run inside a
 * read-write transaction over the sources and the totals tables (the 'daily-totals' upgrade, a
 * restore), so a failure leaves the totals as they were.
 */
export async function rebuildTotals(
  tableOf: TableOf,
  onMonth?: (done: number, total: number) => void,
): Promise<void> {
  await Promise.all(
    ['dailyTotals', 'monthlyTotals', 'volunteerDays', 'volunteerMonths'].map((n) => tableOf(n).clear()),
  );
  await recountTotals(
    tableOf,
    async (month) => {
      await tableOf('dailyTotals').bulkAdd(month.dailyTotals);
      await tableOf('monthlyTotals').bulkAdd(month.monthlyTotals);
      await tableOf('volunteerDays').bulkAdd(month.volunteerDays.map((d) => packServed(d)));
      await tableOf('volunteerMonths').bulkAdd(month.volunteerMonths.map((m) => packServed(m)));
    },
    onMonth,
  );
}
