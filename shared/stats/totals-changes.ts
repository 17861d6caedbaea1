import { dateKey } from '../time/center-time';
import {
  CENTER_SCOPE,
  emptyTotal,
  recordCounts,
  totalId,
  type DailyTotal,
  type DayRows,
  type Figures,
  type MonthlyTotal,
  type ServedTally,
  type VolunteerDay,
  type VolunteerMonth,
} from './daily-totals';

// How stored totals change: month rows from day rows, and the difference a write makes (apart from
// daily-totals.ts, which says what one day's rows hold).

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
    const line = lines.get(id) ?? emptyTotal(day, stationId, category, projectId);
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
