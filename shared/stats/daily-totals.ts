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

type Figures = Pick<
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
 * A {@link VolunteerDay} or {@link VolunteerMonth} as stored: its tally packed into one string (one
 * line per volunteer: id, count, party, birth date, tab-separated), because a year's twelve month rows
 * hold ~220,000 entries and IndexedDB reads one string far faster than as many small arrays.
 *
 * @example
 * const row: Packed<VolunteerDay> = { id: '2026-11-02|*', day: '2026-11-02', scope: '*', volunteers: 'v1\t1\t0\t' };
 */
export type Packed<T extends { volunteers: ServedTally }> = Omit<T, 'volunteers'> & { volunteers: string };

/**
 * A day or month row of who served, packed for storage (see {@link Packed}).
 *
 * @example
 * packServed({ id: '2026-11-02|*', day: '2026-11-02', scope: '*', volunteers: { v1: [1, 1, '1990-01-01'] } }).volunteers // => 'v1\t1\t1\t1990-01-01'
 */
export function packServed<T extends { volunteers: ServedTally }>(row: T): Packed<T> {
  const lines: string[] = [];
  for (const [vid, [count, party, birth]] of Object.entries(row.volunteers)) {
    lines.push(`${vid}\t${count}\t${party}\t${birth ?? ''}`);
  }
  return { ...row, volunteers: lines.join('\n') };
}

/**
 * A stored row of who served, unpacked (see {@link Packed}).
 *
 * @example
 * unpackServed({ id: '2026-11|*', month: '2026-11', scope: '*', volunteers: 'v1\t3\t0\t' }).volunteers // => { v1: [3, 0, null] }
 */
export function unpackServed<T extends { volunteers: ServedTally }>(row: Packed<T>): T {
  const volunteers: ServedTally = {};
  if (row.volunteers !== '') {
    for (const line of row.volunteers.split('\n')) {
      const [vid = '', count = '0', party = '0', birth = ''] = line.split('\t');
      volunteers[vid] = [Number(count), party === '1' ? 1 : 0, birth === '' ? null : birth];
    }
  }
  return { ...row, volunteers } as unknown as T;
}

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
 * The rows one day's totals are computed from: activities and bookings starting that day, service
 * records signed in that day (any status; only 已确认 ones count), the activities those records belong
 * to whenever they started, and the volunteers of those records. Deleted rows may be present.
 *
 * @example
 * const rows: DayRows = { activities: [], bookings: [], records: [], recordActivities: [], volunteers: [] };
 */
export interface DayRows {
  activities: readonly Pick<
    Activity,
    | 'id'
    | 'start'
    | 'category'
    | 'projectId'
    | 'stationId'
    | 'participants'
    | 'beneficiaries'
    | 'bookingId'
    | 'deletedAt'
  >[];
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
    const made: DailyTotal = {
      id,
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

/**
 * The month rows the day rows add up to: per scope, each volunteer's days served in the month, with
 * party membership and birth date from the earliest day given.
 *
 * @example
 * monthsFromDays([{ id: '2026-11-02|*', day: '2026-11-02', scope: '*', volunteers: { v1: [2, 0, null] } }])[0]?.volunteers // => { v1: [1, 0, null] }
 */
export function monthsFromDays(days: readonly VolunteerDay[]): VolunteerMonth[] {
  const months = new Map<string, VolunteerMonth>();
  for (const d of [...days].sort((a, b) => a.day.localeCompare(b.day))) {
    const month = d.day.slice(0, 7);
    const id = `${month}|${d.scope}`;
    const row = months.get(id) ?? { id, month, scope: d.scope, volunteers: {} };
    months.set(id, row);
    for (const [vid, [count, party, birth]] of Object.entries(d.volunteers)) {
      if (count <= 0) continue;
      const entry = row.volunteers[vid];
      if (entry) entry[0] += 1;
      else row.volunteers[vid] = [1, party, birth];
    }
  }
  return [...months.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Applies a day's change of who served to its month row (in place): a volunteer newly present that
 * day adds a day, one no longer present takes one away (and leaves the row at none). Returns whether
 * the row changed.
 *
 * @example
 * const m: VolunteerMonth = { id: '2026-11|*', month: '2026-11', scope: '*', volunteers: {} };
 * applyDayChange(m, {}, { v1: [1, 0, null] }) // => true (m.volunteers.v1 is [1, 0, null])
 */
export function applyDayChange(month: VolunteerMonth, before: ServedTally, after: ServedTally): boolean {
  let changed = false;
  for (const [vid, entry] of Object.entries(after)) {
    if (before[vid]) continue;
    const found = month.volunteers[vid];
    if (found) found[0] += 1;
    else month.volunteers[vid] = [1, entry[1], entry[2]];
    changed = true;
  }
  for (const vid of Object.keys(before)) {
    if (after[vid]) continue;
    const found = month.volunteers[vid];
    if (!found) continue;
    found[0] -= 1;
    if (found[0] <= 0) Reflect.deleteProperty(month.volunteers, vid);
    changed = true;
  }
  return changed;
}

/**
 * What replacing some service records by others changes in the stored totals, without reading the
 * rest of their days: per (day, 所/站, category, project) the difference of 已确认 live records and
 * their minutes (`lines`, figures may be negative), and per (day, scope, volunteer) the difference of
 * records counted (`served`). `activities` holds the records' activities (any missing: no 所/站).
 *
 * @example
 * recordDelta([], [{ id: 'r1', volunteerId: 'v1', activityId: null, status: '已确认', signInAt: 0, creditedMinutes: 60, deletedAt: null }], []).served
 * // => [{ day: '1970-01-01', scope: '*', volunteerId: 'v1', change: 1 }]
 */
export function recordDelta(
  before: DayRows['records'],
  after: DayRows['records'],
  activities: DayRows['recordActivities'],
): { lines: DailyTotal[]; served: { day: string; scope: string; volunteerId: string; change: number }[] } {
  const activityOf = new Map(activities.map((a) => [a.id, a]));
  const lines = new Map<string, DailyTotal>();
  const served = new Map<string, { day: string; scope: string; volunteerId: string; change: number }>();
  const count = (day: string, scope: string, volunteerId: string, sign: number) => {
    const key = `${day}|${scope}|${volunteerId}`;
    const found = served.get(key) ?? { day, scope, volunteerId, change: 0 };
    found.change += sign;
    served.set(key, found);
  };
  const add = (r: DayRows['records'][number], sign: number) => {
    if (!recordCounts(r)) return;
    const day = dateKey(r.signInAt);
    const a = r.activityId === null ? undefined : activityOf.get(r.activityId);
    const stationId = a?.stationId ?? null;
    const category = a?.category ?? '';
    const projectId = a?.projectId ?? null;
    const id = totalId(day, stationId, category, projectId);
    const line = lines.get(id) ?? {
      id,
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
    line.volunteerServices += sign;
    line.volunteerMinutes += sign * (r.creditedMinutes ?? 0);
    lines.set(id, line);
    count(day, CENTER_SCOPE, r.volunteerId, sign);
    if (stationId) count(day, stationId, r.volunteerId, sign);
  };
  for (const r of before) add(r, -1);
  for (const r of after) add(r, 1);
  return {
    lines: [...lines.values()].filter((l) => l.volunteerServices !== 0 || l.volunteerMinutes !== 0),
    served: [...served.values()].filter((s) => s.change !== 0),
  };
}

/**
 * A stored total plus a difference (either may be missing): the new row, or null when nothing is
 * left to count (every figure zero), so the row is deleted as a recount would not make it.
 *
 * @example
 * addTotals(undefined, { id: 'x', day: '2026-11-02', stationId: null, category: '', projectId: null, sessions: 0, participants: 0, beneficiaries: 0, volunteerServices: 1, volunteerMinutes: 60 })?.volunteerMinutes // => 60
 */
export function addTotals<T extends Figures>(row: T | undefined, delta: T): T | null {
  const sum = {
    ...delta,
    sessions: (row?.sessions ?? 0) + delta.sessions,
    participants: (row?.participants ?? 0) + delta.participants,
    beneficiaries: (row?.beneficiaries ?? 0) + delta.beneficiaries,
    volunteerServices: (row?.volunteerServices ?? 0) + delta.volunteerServices,
    volunteerMinutes: (row?.volunteerMinutes ?? 0) + delta.volunteerMinutes,
  };
  const empty =
    sum.sessions === 0 &&
    sum.participants === 0 &&
    sum.beneficiaries === 0 &&
    sum.volunteerServices === 0 &&
    sum.volunteerMinutes === 0;
  return empty ? null : sum;
}

function monthLine(t: DailyTotal, sign: number): MonthlyTotal {
  const month = t.day.slice(0, 7);
  // 0 - x, not -1 * x: a zero stays 0, never -0 (which toEqual and Object.is tell apart).
  const signed = (x: number) => (sign < 0 ? 0 - x : sign * x);
  return {
    id: `${month}|${t.stationId ?? '-'}|${t.category}|${t.projectId ?? '-'}`,
    month,
    stationId: t.stationId,
    category: t.category,
    projectId: t.projectId,
    sessions: signed(t.sessions),
    participants: signed(t.participants),
    beneficiaries: signed(t.beneficiaries),
    volunteerServices: signed(t.volunteerServices),
    volunteerMinutes: signed(t.volunteerMinutes),
  };
}

/**
 * What replacing day rows `before` by `after` changes in the month rows (figures may be negative;
 * unchanged month rows are left out). With no `before`, the month rows the day rows add up to.
 *
 * @example
 * monthDelta([], [{ id: '2026-11-02|-|理论宣讲|-', day: '2026-11-02', stationId: null, category: '理论宣讲', projectId: null, sessions: 1, participants: 30, beneficiaries: 45, volunteerServices: 2, volunteerMinutes: 180 }])[0]?.id
 * // => '2026-11|-|理论宣讲|-'
 */
export function monthDelta(before: readonly DailyTotal[], after: readonly DailyTotal[]): MonthlyTotal[] {
  const months = new Map<string, MonthlyTotal>();
  const add = (t: DailyTotal, sign: number) => {
    const line = monthLine(t, sign);
    const found = months.get(line.id);
    months.set(line.id, found ? (addTotals(found, line) ?? { ...line, ...monthLine(t, 0) }) : line);
  };
  for (const t of before) add(t, -1);
  for (const t of after) add(t, 1);
  return [...months.values()]
    .filter((m) => addTotals(undefined, m) !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}
