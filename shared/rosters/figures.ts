import type { ServiceRecord } from '../model/people';
import type { ShiftOccurrence } from './expand';
import { pushTo, shiftKey, staffedEntries, type RosterEntry } from './model';

/**
 * Roster figures for a period, for the reports.
 *
 * @example
 * const f: RosterFigures = rosterFigures(input);
 * f.attendanceRate // => 0.9
 */
export interface RosterFigures {
  from: string;
  to: string;
  /** Shifts that ran in the period, and how many of them had everyone they needed. */
  shifts: number;
  shiftsFullyStaffed: number;
  /** People-places: the sum of what each shift needed, and how many were filled (extra people not counted). */
  placesNeeded: number;
  placesFilled: number;
  arrived: number;
  absent: number;
  /** 到岗 / (到岗 + 缺勤); null when nobody was due yet. 请假 does not count against it. */
  attendanceRate: number | null;
  /** Volunteers with at least one 缺勤, most first. */
  absences: { volunteerId: string; count: number }[];
  byPost: PostHours[];
}

/**
 * A post's minutes in a period: rostered (people at each shift, substitutes in, times its length) and served (credited on the
 * linked sign-ins under the hours rules).
 *
 * @example
 * const h: PostHours = { postId: 'p-1', rosteredMinutes: 480, servedMinutes: 400 };
 */
export interface PostHours {
  postId: string;
  rosteredMinutes: number;
  servedMinutes: number;
}

/**
 * Figures for the period `from`..`to` (inclusive). `occurrences` are the shifts that ran (expandShifts
 * for each post), `entries` the stored roster rows, `records` the linked service records by id, whose
 * credited minutes are the served hours: they were credited by the hours rules, never recomputed here.
 *
 * @example
 * rosterFigures({ from: '2026-12-01', to: '2026-12-31', occurrences, entries, records }).placesFilled
 * // => 118
 */
export function rosterFigures(input: {
  from: string;
  to: string;
  occurrences: readonly ShiftOccurrence[];
  entries: readonly RosterEntry[];
  records: ReadonlyMap<string, Pick<ServiceRecord, 'creditedMinutes'>>;
}): RosterFigures {
  const inPeriod = (date: string) => input.from <= date && date <= input.to;
  const byShift = new Map<string, RosterEntry[]>();
  const absences = new Map<string, number>();
  const byPost = new Map<string, PostHours>();
  const postHours = (postId: string) => {
    const row = byPost.get(postId) ?? { postId, rosteredMinutes: 0, servedMinutes: 0 };
    byPost.set(postId, row);
    return row;
  };
  let arrived = 0;
  let absent = 0;
  for (const e of input.entries) {
    if (e.deletedAt !== null || !inPeriod(e.date)) continue;
    pushTo(byShift, shiftKey(e.postId, e.shiftId, e.date), e);
    if (e.status === '到岗') {
      arrived += 1;
      const credited =
        e.serviceRecordId === null ? null : input.records.get(e.serviceRecordId)?.creditedMinutes;
      postHours(e.postId).servedMinutes += credited ?? 0;
    } else if (e.status === '缺勤') {
      absent += 1;
      absences.set(e.volunteerId, (absences.get(e.volunteerId) ?? 0) + 1);
    }
  }
  const f: RosterFigures = {
    from: input.from,
    to: input.to,
    shifts: 0,
    shiftsFullyStaffed: 0,
    placesNeeded: 0,
    placesFilled: 0,
    arrived,
    absent,
    attendanceRate: arrived + absent === 0 ? null : arrived / (arrived + absent),
    absences: [...absences]
      .map(([volunteerId, count]) => ({ volunteerId, count }))
      .sort((a, b) => b.count - a.count || a.volunteerId.localeCompare(b.volunteerId)),
    byPost: [],
  };
  for (const o of input.occurrences) {
    if (!inPeriod(o.date)) continue;
    const staffed = staffedEntries(byShift.get(shiftKey(o.postId, o.shiftId, o.date)) ?? []).length;
    const filled = Math.min(staffed, o.needed);
    f.shifts += 1;
    f.placesNeeded += o.needed;
    f.placesFilled += filled;
    if (staffed >= o.needed) f.shiftsFullyStaffed += 1;
    postHours(o.postId).rosteredMinutes += staffed * (o.endMinute - o.startMinute);
  }
  f.byPost = [...byPost.values()].sort((a, b) => a.postId.localeCompare(b.postId));
  return f;
}
