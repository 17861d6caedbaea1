import { addDays, dateKey, fromDateAndMinutes } from '../time/center-time';
import type { Activity, Booking, ServiceRecord, Volunteer } from '../model';

/**
 * The additive figures of one day for one (所/站, category, project): what 统计报表 sums over a
 * period instead of reading the period's rows. Records count under their activity's 所/站, category
 * and project (a record without an activity: no 所/站, category '', no project).
 *
 * @example
 * const t: DailyTotal = { id: '2026-11-02|-|理论宣讲|-', day: '2026-11-02', stationId: null, category: '理论宣讲', projectId: null, sessions: 1, participants: 30, beneficiaries: 45, volunteerServices: 2, volunteerMinutes: 180 };
 */
export interface DailyTotal {
  /** `${day}|${stationId ?? '-'}|${category}|${projectId ?? '-'}`. */
  id: string;
  /** Center date, YYYY-MM-DD. */
  day: string;
  stationId: string | null;
  category: string;
  projectId: string | null;
  sessions: number;
  participants: number;
  beneficiaries: number;
  /** 已确认 records signed in that day. */
  volunteerServices: number;
  /** Their credited minutes. */
  volunteerMinutes: number;
}

/**
 * The additive figures of one month for one (所/站, category, project): the sum of that month's
 * {@link DailyTotal} rows, so a year's report reads twelve months' rows instead of every day's.
 *
 * @example
 * const m: MonthlyTotal = { id: '2026-11|-|理论宣讲|-', month: '2026-11', stationId: null, category: '理论宣讲', projectId: null, sessions: 4, participants: 120, beneficiaries: 180, volunteerServices: 8, volunteerMinutes: 720 };
 */
export interface MonthlyTotal extends Omit<DailyTotal, 'day'> {
  /** `${month}|${stationId ?? '-'}|${category}|${projectId ?? '-'}`. */
  id: string;
  /** YYYY-MM. */
  month: string;
}

/**
 * The additive figures of a totals row.
 *
 * @example
 * const f: Figures = { sessions: 1, participants: 30, beneficiaries: 45, volunteerServices: 2, volunteerMinutes: 180 };
 */
export type Figures = Pick<
  DailyTotal,
  'sessions' | 'participants' | 'beneficiaries' | 'volunteerServices' | 'volunteerMinutes'
>;

/**
 * Who served, by volunteer id: [confirmed records (in a day row) or days served (in a month row),
 * 1 for a party member, birth date]. Party membership and birth date are as they were when the
 * volunteer's first record of that day (month) was counted, not as the volunteer reads now.
 *
 * @example
 * const t: ServedTally = { v1: [2, 1, '1990-01-01'] };
 */
export type ServedTally = Record<string, [count: number, isParty: 0 | 1, birthDate: string | null]>;

/**
 * A {@link VolunteerDay} or {@link VolunteerMonth} as stored: its tally packed into one string, because
 * a year's twelve month rows hold ~220,000 entries and IndexedDB reads one string far faster than as
 * many small arrays. See served-packing.ts for the line format (UUIDs in 22 characters, so a year's
 * rows are about 40% smaller than with ids written out).
 *
 * @example
 * const row: Packed<VolunteerDay> = { id: '2026-11-02|*', day: '2026-11-02', scope: '*', volunteers: '\u0002~v1\t1\t0' };
 */
export type Packed<T extends { volunteers: ServedTally }> = Omit<T, 'volunteers'> & { volunteers: string };

export { packServed, unpackServed, firstServed } from './served-packing';

/**
 * Who served on one day in one scope: '*' for the whole center, otherwise a 所/站 id. Records
 * without a 所/站 count only in the center's row.
 *
 * @example
 * const d: VolunteerDay = { id: '2026-11-02|*', day: '2026-11-02', scope: '*', volunteers: { v1: [1, 0, null] } };
 */
export interface VolunteerDay {
  id: string;
  day: string;
  scope: string;
  volunteers: ServedTally;
}

/**
 * Who served in one month in one scope ('*' or a 所/站 id); the count is the days served.
 *
 * @example
 * const m: VolunteerMonth = { id: '2026-11|*', month: '2026-11', scope: '*', volunteers: { v1: [3, 0, null] } };
 */
export interface VolunteerMonth {
  id: string;
  /** YYYY-MM. */
  month: string;
  scope: string;
  volunteers: ServedTally;
}

/**
 * The fields of an activity the stored totals count: an edit that changes none of them (a title, a
 * summary, the volunteer count kept beside its records) leaves every total as it was.
 *
 * @example
 * ACTIVITY_COUNTED_FIELDS.includes('participants') // => true
 */
export const ACTIVITY_COUNTED_FIELDS = [
  'id',
  'start',
  'category',
  'projectId',
  'stationId',
  'participants',
  'beneficiaries',
  'bookingId',
  'deletedAt',
] as const satisfies readonly (keyof Activity)[];

/**
 * True when every row after a write has a row before it with the same counted fields, so the write
 * cannot change any total. A delete (no rows after) or a new row is never the same.
 *
 * @example
 * sameCounted(['id', 'start'], [{ id: 'a', start: 1, title: 'x' }], [{ id: 'a', start: 1, title: 'y' }]) // => true
 */
export function sameCounted<T extends { id: string }>(
  fields: readonly (keyof T)[],
  before: readonly T[],
  after: readonly T[],
): boolean {
  if (after.length === 0 || before.length !== after.length) return false;
  const old = new Map(before.map((r) => [r.id, r]));
  return after.every((r) => {
    const o = old.get(r.id);
    return o !== undefined && fields.every((f) => o[f] === r[f]);
  });
}

/**
 * The rows one day's totals are computed from: activities and bookings starting that day, service
 * records signed in that day (any status; only 已确认 ones count), the activities those records belong
 * to whenever they started, and the volunteers of those records. Deleted rows may be present.
 *
 * @example
 * const rows: DayRows = { activities: [], bookings: [], records: [], recordActivities: [], volunteers: [] };
 */
export interface DayRows {
  activities: readonly Pick<Activity, (typeof ACTIVITY_COUNTED_FIELDS)[number]>[];
  bookings: readonly Pick<
    Booking,
    'id' | 'status' | 'start' | 'category' | 'actualAttendees' | 'deletedAt'
  >[];
  records: readonly Pick<
    ServiceRecord,
    'id' | 'volunteerId' | 'activityId' | 'status' | 'signInAt' | 'creditedMinutes' | 'deletedAt'
  >[];
  recordActivities: readonly Pick<Activity, 'id' | 'stationId' | 'category' | 'projectId'>[];
  volunteers: readonly Pick<Volunteer, 'id' | 'politicalStatus' | 'birthDate'>[];
}

/**
 * The scope of the whole center in {@link VolunteerDay} and {@link VolunteerMonth} rows.
 *
 * @example
 * CENTER_SCOPE // => '*'
 */
export const CENTER_SCOPE = '*';

const PARTY = new Set<string>(['中共党员', '中共预备党员']);
const HELD = new Set<string>(['已签到', '已完成']);

/**
 * A volunteer's entry in a {@link ServedTally}, with party membership and birth date as they read
 * now (a volunteer not found: not a party member, no birth date).
 *
 * @example
 * servedEntry(1, { politicalStatus: '中共党员', birthDate: '1990-01-01' }) // => [1, 1, '1990-01-01']
 */
export function servedEntry(
  count: number,
  v: Pick<Volunteer, 'politicalStatus' | 'birthDate'> | undefined,
): ServedTally[string] {
  return [count, v && PARTY.has(v.politicalStatus) ? 1 : 0, v?.birthDate ?? null];
}

/**
 * Whether a service record counts in reports (and so in the stored totals): 已确认 and not deleted.
 *
 * @example
 * recordCounts({ status: '待确认', deletedAt: null }) // => false
 */
export function recordCounts(r: Pick<ServiceRecord, 'status' | 'deletedAt'>): boolean {
  return r.status === '已确认' && r.deletedAt === null;
}

/**
 * Whether a booking's status can make it a session (已签到 or 已完成), deleted or not.
 *
 * @example
 * bookingHeld({ status: '已完成' }) // => true
 */
export function bookingHeld(b: Pick<Booking, 'status'>): boolean {
  return HELD.has(b.status);
}

/**
 * The half-open instants [from, to) of a center day.
 *
 * @example
 * dayRange('2026-11-02').to - dayRange('2026-11-02').from // => 86_400_000
 */
export function dayRange(day: string): { from: number; to: number } {
  return { from: fromDateAndMinutes(day, 0), to: fromDateAndMinutes(addDays(day, 1), 0) };
}

/**
 * The id of a {@link DailyTotal} row.
 *
 * @example
 * totalId('2026-11-02', null, '理论宣讲', null) // => '2026-11-02|-|理论宣讲|-'
 */
export function totalId(
  day: string,
  stationId: string | null,
  category: string,
  projectId: string | null,
): string {
  return `${day}|${stationId ?? '-'}|${category}|${projectId ?? '-'}`;
}

/**
 * A totals row of one day and (所/站, category, project) with nothing counted yet.
 *
 * @example
 * emptyTotal('2026-11-02', null, '理论宣讲', null).sessions // => 0
 */
export function emptyTotal(
  day: string,
  stationId: string | null,
  category: string,
  projectId: string | null,
): DailyTotal {
  return {
    id: totalId(day, stationId, category, projectId),
    day,
    stationId,
    category,
    projectId,
    sessions: 0,
    participants: 0,
    beneficiaries: 0,
    volunteerServices: 0,
    volunteerMinutes: 0,
  };
}

/**
 * One day's stored totals, counted as computeReport counts a period: live activities starting that
 * day; held bookings (已签到, 已完成) starting that day that no live activity of that day records, as
 * sessions of the center (no 所/站, no project) with their 实到人数 as people reached; 已确认 records
 * signed in that day (even when they end after midnight) with their credited minutes, under their
 * activity's 所/站 (a deleted activity still places its records). Rows outside the day are ignored.
 * Also who served, per scope (center '*' and each 所/站).
 *
 * @example
 * dayTotals('2026-11-02', { activities: [], bookings: [], records: [], recordActivities: [], volunteers: [] }) // => { totals: [], volunteerDays: [] }
 */
export function dayTotals(
  day: string,
  rows: DayRows,
): { totals: DailyTotal[]; volunteerDays: VolunteerDay[] } {
  const onDay = (at: number) => dateKey(at) === day;
  const totals = new Map<string, DailyTotal>();
  const line = (stationId: string | null, category: string, projectId: string | null) => {
    const id = totalId(day, stationId, category, projectId);
    const found = totals.get(id);
    if (found) return found;
    const made = emptyTotal(day, stationId, category, projectId);
    totals.set(id, made);
    return made;
  };
  const held = rows.activities.filter((a) => a.deletedAt === null && onDay(a.start));
  for (const a of held) {
    const t = line(a.stationId, a.category, a.projectId);
    t.sessions += 1;
    t.participants += a.participants;
    t.beneficiaries += a.beneficiaries;
  }
  const recorded = new Set(held.flatMap((a) => (a.bookingId ? [a.bookingId] : [])));
  for (const b of rows.bookings) {
    if (b.deletedAt !== null || !bookingHeld(b) || !onDay(b.start) || recorded.has(b.id)) continue;
    const t = line(null, b.category, null);
    t.sessions += 1;
    t.participants += b.actualAttendees ?? 0;
    t.beneficiaries += b.actualAttendees ?? 0;
  }
  const activityOf = new Map<string, Pick<Activity, 'stationId' | 'category' | 'projectId'>>(
    rows.recordActivities.map((a) => [a.id, a]),
  );
  for (const a of rows.activities) activityOf.set(a.id, a);
  const people = new Map(rows.volunteers.map((v) => [v.id, v]));
  const served = new Map<string, ServedTally>();
  const tally = (scope: string, volunteerId: string) => {
    const byId = served.get(scope) ?? {};
    served.set(scope, byId);
    const entry = byId[volunteerId];
    if (entry) entry[0] += 1;
    else {
      byId[volunteerId] = servedEntry(1, people.get(volunteerId));
    }
  };
  for (const r of rows.records) {
    if (!recordCounts(r) || !onDay(r.signInAt)) continue;
    const a = r.activityId === null ? undefined : activityOf.get(r.activityId);
    const t = line(a?.stationId ?? null, a?.category ?? '', a?.projectId ?? null);
    t.volunteerServices += 1;
    t.volunteerMinutes += r.creditedMinutes ?? 0;
    tally(CENTER_SCOPE, r.volunteerId);
    if (a?.stationId) tally(a.stationId, r.volunteerId);
  }
  return {
    totals: [...totals.values()].sort((a, b) => a.id.localeCompare(b.id)),
    volunteerDays: [...served.entries()]
      .map(([scope, volunteers]) => ({ id: `${day}|${scope}`, day, scope, volunteers }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}
