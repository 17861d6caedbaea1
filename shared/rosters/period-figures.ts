import { postRunDates, type RosterCalendar } from './expand';
import { pushTo, shiftKey, staffedCount, type DutyPost, type EntryLike, type PostCalendar } from './model';

/**
 * What a set of posts (or one post) did in a report period: places needed and filled, attendance and
 * the served minutes of the linked sign-ins.
 *
 * @example
 * const t: PeriodCounts = { shifts: 2, needed: 3, filled: 2, arrived: 1, absent: 1, leave: 0, servedMinutes: 40 };
 */
export interface PeriodCounts {
  /** Shift occurrences the posts ran (days off by their calendar are not counted). */
  shifts: number;
  /** People-places: the sum of what each occurrence needed. */
  needed: number;
  /** Places filled by on-duty entries, substitutes in, extra people not counted. */
  filled: number;
  arrived: number;
  absent: number;
  /** 请假. */
  leave: number;
  /** Credited minutes of the confirmed sign-ins linked to 到岗 entries. */
  servedMinutes: number;
}

/**
 * One post's counts in the period.
 *
 * @example
 * const line: PostPeriodLine = { postId: 'p-1', ...counts };
 */
export interface PostPeriodLine extends PeriodCounts {
  postId: string;
}

/**
 * One volunteer's attendance in the period (for the list of most absences).
 *
 * @example
 * const v: VolunteerAbsences = { volunteerId: 'v-1', absent: 2, leave: 1, arrived: 5 };
 */
export interface VolunteerAbsences {
  volunteerId: string;
  absent: number;
  leave: number;
  arrived: number;
}

/**
 * A period's roster figures: per post in the posts' order, the total, and the volunteers with the most
 * absences (at least one), most first.
 *
 * @example
 * const f: RosterPeriodFigures = tally.result(20);
 * f.total.filled / f.total.needed // => the fill rate
 */
export interface RosterPeriodFigures {
  byPost: PostPeriodLine[];
  total: PeriodCounts;
  absences: VolunteerAbsences[];
}

/**
 * A running tally of a period's roster figures, fed a run of whole days at a time, so a year of entries
 * (up to ~292,000 rows) never has to be held at once.
 *
 * @example
 * const tally = rosterPeriodTally([gate], calendar);
 * const linked = tally.addDays('2026-12-01', '2026-12-31', decemberEntries);
 * tally.addServed('p-1', 40);
 * tally.result(20).total.needed // => 66
 */
export interface RosterPeriodTally {
  /**
   * Counts the days `from`..`to` (inclusive): `entries` must be all the stored entries of those days
   * (other dates, deleted rows and posts not tallied are skipped). Returns the sign-ins linked to the
   * 到岗 entries counted, record id → post id, whose minutes the caller reads and passes to addServed.
   */
  addDays(from: string, to: string, entries: Iterable<EntryLike>): Map<string, string>;
  /** Adds a linked sign-in's credited minutes to its post. */
  addServed(postId: string, minutes: number): void;
  /** The figures so far, with the `topAbsent` volunteers with most absences. */
  result(topAbsent: number): RosterPeriodFigures;
}

const zero = (): PeriodCounts => ({
  shifts: 0,
  needed: 0,
  filled: 0,
  arrived: 0,
  absent: 0,
  leave: 0,
  servedMinutes: 0,
});

/**
 * Starts a tally for `posts` (the live posts in the report's scope, in the order the report lists them)
 * under `calendar` (holidays, 调休 and school terms, as for the week grid).
 *
 * @example
 * rosterPeriodTally([gate], calendar).result(20).byPost[0]?.postId // => gate.id
 */
export function rosterPeriodTally(
  posts: readonly Pick<DutyPost, 'id' | 'calendar' | 'shifts'>[],
  calendar: RosterCalendar,
): RosterPeriodTally {
  const lines = new Map<string, PostPeriodLine>(posts.map((p) => [p.id, { postId: p.id, ...zero() }]));
  const people = new Map<string, VolunteerAbsences>();
  const person = (volunteerId: string) => {
    let row = people.get(volunteerId);
    if (!row) people.set(volunteerId, (row = { volunteerId, absent: 0, leave: 0, arrived: 0 }));
    return row;
  };

  function addDays(from: string, to: string, entries: Iterable<EntryLike>): Map<string, string> {
    const linked = new Map<string, string>();
    // Only the days' on-duty entries are grouped by shift: a month of them, never the period's.
    const byShift = new Map<string, EntryLike[]>();
    for (const e of entries) {
      const line = lines.get(e.postId);
      if (!line || (e.deletedAt ?? null) !== null || e.date < from || e.date > to) continue;
      if (e.status === '排班' || e.status === '到岗')
        pushTo(byShift, shiftKey(e.postId, e.shiftId, e.date), e);
      if (e.status === '请假') {
        line.leave += 1;
        person(e.volunteerId).leave += 1;
      } else if (e.status === '缺勤') {
        line.absent += 1;
        person(e.volunteerId).absent += 1;
      } else if (e.status === '到岗') {
        line.arrived += 1;
        person(e.volunteerId).arrived += 1;
        if (e.serviceRecordId) linked.set(e.serviceRecordId, e.postId);
      }
    }
    // Posts on the same calendar run on the same days: work the dates out once per calendar.
    const runDates = new Map<PostCalendar, string[]>();
    for (const post of posts) {
      const line = lines.get(post.id);
      if (!line) continue;
      let dates = runDates.get(post.calendar);
      if (!dates) runDates.set(post.calendar, (dates = postRunDates(post, from, to, calendar)));
      for (const date of dates)
        for (const shift of post.shifts) {
          const staffed = staffedCount(byShift.get(shiftKey(post.id, shift.id, date)) ?? []);
          line.shifts += 1;
          line.needed += shift.needed;
          line.filled += Math.min(staffed, shift.needed);
        }
    }
    return linked;
  }

  return {
    addDays,
    addServed(postId, minutes) {
      const line = lines.get(postId);
      if (line) line.servedMinutes += minutes;
    },
    result(topAbsent) {
      const byPost = [...lines.values()].map((l) => ({ ...l }));
      const total = zero();
      for (const l of byPost) for (const k of Object.keys(total) as (keyof PeriodCounts)[]) total[k] += l[k];
      const absences = [...people.values()]
        .filter((p) => p.absent > 0)
        .sort(
          (a, b) => b.absent - a.absent || b.leave - a.leave || a.volunteerId.localeCompare(b.volunteerId),
        )
        .slice(0, topAbsent)
        .map((p) => ({ ...p }));
      return { byPost, total, absences };
    },
  };
}

/**
 * A share as a percentage with one decimal, or null when there is nothing to divide by.
 *
 * @example
 * percentOf(2, 3) // => 66.7
 * percentOf(0, 0) // => null
 */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * 排班完成率 in percent: places filled over places needed.
 *
 * @example
 * fillRate({ needed: 4, filled: 3 }) // => 75
 */
export function fillRate(c: Pick<PeriodCounts, 'needed' | 'filled'>): number | null {
  return percentOf(c.filled, c.needed);
}

/**
 * 到岗率 in percent: 到岗 over 到岗 + 缺勤; 请假 (excused beforehand) does not count against it.
 *
 * @example
 * attendanceRate({ arrived: 3, absent: 1 }) // => 75
 */
export function attendanceRate(c: Pick<PeriodCounts, 'arrived' | 'absent'>): number | null {
  return percentOf(c.arrived, c.arrived + c.absent);
}
