import { postRunDates, type RosterCalendar } from './expand';
import { dateKey } from '../time/center-time';
import { type DutyPost, type EntryLike, type PostCalendar } from './model';
import { CELL_HEAD, cellOffsets, daysWithin, type RosterMonth } from './roster-months';

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
 * const f: RosterPeriodFigures = tally.result(20, arrivals);
 * f.total.filled / f.total.needed // => the fill rate
 */
export interface RosterPeriodFigures {
  byPost: PostPeriodLine[];
  total: PeriodCounts;
  absences: VolunteerAbsences[];
}

/**
 * A running tally of a period's roster figures, fed the stored month rows (RosterMonth) of the period's
 * months, so a year reads ~12 rows per post and never a year of entries.
 *
 * @example
 * const tally = rosterPeriodTally([gate], calendar);
 * tally.addMonths('2026-12-01', '2026-12-31', decemberRows);
 * tally.result(20).total.needed // => 66
 */
export interface RosterPeriodTally {
  /**
   * Counts the days `from`..`to` (inclusive) of the posts tallied: `rows` must hold every stored month
   * row of those days' months (other posts and days outside the range are skipped). Call once per
   * range: the places needed are counted for the whole range here.
   */
  addMonths(from: string, to: string, rows: Iterable<RosterMonth>): void;
  /** The volunteers with most absences (at least one), most first, at most `n`. */
  topAbsent(n: number): string[];
  /**
   * The figures so far, with the `topAbsent` volunteers with most absences; `arrived` gives their 到岗
   * in the period (not stored per volunteer: the caller counts them for these few, see countArrived).
   */
  result(topAbsent: number, arrived?: ReadonlyMap<string, number>): RosterPeriodFigures;
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
 * under `calendar` (holidays, 调休 and school terms, as for the week grid). A post counts places needed
 * from the day it was created, or from its first rostered day in the period when that is earlier.
 *
 * @example
 * rosterPeriodTally([gate], calendar).result(20).byPost[0]?.postId // => gate.id
 */
export function rosterPeriodTally(
  posts: readonly Pick<DutyPost, 'id' | 'calendar' | 'shifts' | 'createdAt'>[],
  calendar: RosterCalendar,
): RosterPeriodTally {
  const lines = new Map<string, PostPeriodLine>(posts.map((p) => [p.id, { postId: p.id, ...zero() }]));
  const people = new Map<string, VolunteerAbsences>();
  const ranked = (n: number) =>
    [...people.values()]
      .filter((p) => p.absent > 0)
      .sort((a, b) => b.absent - a.absent || b.leave - a.leave || a.volunteerId.localeCompare(b.volunteerId))
      .slice(0, n);

  function addMonths(from: string, to: string, rows: Iterable<RosterMonth>): void {
    // Each post's rows by month, with their days' cell offsets: a year is ~146,000 shift-days at
    // district scale, so the places filled are looked up by number, never by a built string key.
    const stored = new Map<string, Map<string, { row: RosterMonth; at: Int32Array }>>();
    const firstRostered = new Map<string, string>();
    for (const row of rows) {
      const line = lines.get(row.postId);
      const within = daysWithin(row.month, from, to);
      if (!line || !within) continue;
      const at = cellOffsets(row, within[0], within[1]);
      let months = stored.get(row.postId);
      if (!months) stored.set(row.postId, (months = new Map()));
      months.set(row.month, { row, at });
      let firstOfRow = true;
      for (let dd = within[0]; dd <= within[1]; dd += 1) {
        const i = at[dd] ?? -1;
        if (i < 0) continue;
        if (firstOfRow) {
          firstOfRow = false;
          const first = firstRostered.get(row.postId);
          const date = `${row.month}-${String(dd).padStart(2, '0')}`;
          if (first === undefined || date < first) firstRostered.set(row.postId, date);
        }
        line.arrived += row.cells[i + 1] ?? 0;
        line.absent += row.cells[i + 2] ?? 0;
        line.leave += row.cells[i + 3] ?? 0;
        line.servedMinutes += row.cells[i + 4] ?? 0;
      }
      for (const [volunteerId, dd, absent, leave] of row.people) {
        if (dd < within[0] || dd > within[1]) continue;
        let person = people.get(volunteerId);
        if (!person) people.set(volunteerId, (person = { volunteerId, absent: 0, leave: 0, arrived: 0 }));
        person.absent += absent;
        person.leave += leave;
      }
    }
    // Posts on the same calendar run on the same days: work the dates out once per calendar.
    const runDates = new Map<PostCalendar, { date: string; month: string; dd: number }[]>();
    for (const post of posts) {
      const line = lines.get(post.id);
      if (!line) continue;
      let dates = runDates.get(post.calendar);
      if (!dates)
        runDates.set(
          post.calendar,
          (dates = postRunDates(post, from, to, calendar).map((date) => ({
            date,
            month: date.slice(0, 7),
            dd: Number(date.slice(8, 10)),
          }))),
        );
      // A post needs no one before it was set up, unless people were rostered there earlier still.
      const created = dateKey(post.createdAt);
      const rostered = firstRostered.get(post.id);
      const since = rostered !== undefined && rostered < created ? rostered : created;
      const months = stored.get(post.id);
      let month = '';
      let found: { row: RosterMonth; at: Int32Array } | undefined;
      let columns: number[] = [];
      for (const { date, month: m, dd } of dates) {
        if (date < since) continue;
        if (m !== month) {
          month = m;
          found = months?.get(m);
          columns = post.shifts.map((s) => (found ? found.row.shiftIds.indexOf(s.id) : -1));
        }
        const at = found?.at[dd] ?? -1;
        post.shifts.forEach((shift, i) => {
          const column = columns[i] ?? -1;
          const staffed = at >= 0 && column >= 0 ? (found?.row.cells[at + CELL_HEAD + column] ?? 0) : 0;
          line.shifts += 1;
          line.needed += shift.needed;
          line.filled += Math.min(staffed, shift.needed);
        });
      }
    }
  }

  return {
    addMonths,
    topAbsent: (n) => ranked(n).map((p) => p.volunteerId),
    result(topAbsent, arrived = new Map()) {
      const byPost = [...lines.values()].map((l) => ({ ...l }));
      const total = zero();
      for (const l of byPost) for (const k of Object.keys(total) as (keyof PeriodCounts)[]) total[k] += l[k];
      const absences = ranked(topAbsent).map((p) => ({ ...p, arrived: arrived.get(p.volunteerId) ?? 0 }));
      return { byPost, total, absences };
    },
  };
}

/**
 * How many 到岗 each volunteer has among `entries` on `from`..`to` at the posts counted (`postIds`),
 * deleted rows skipped: the arrivals of the few volunteers the report lists by absences.
 *
 * @example
 * countArrived([{ postId: 'p-1', shiftId: 's', date: '2026-09-28', volunteerId: 'b', status: '到岗',
 *   substituteFor: null }], new Set(['p-1']), '2026-09-01', '2026-09-30').get('b') // => 1
 */
export function countArrived(
  entries: Iterable<Pick<EntryLike, 'postId' | 'date' | 'volunteerId' | 'status' | 'deletedAt'>>,
  postIds: ReadonlySet<string>,
  from: string,
  to: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries)
    if (
      e.status === '到岗' &&
      (e.deletedAt ?? null) === null &&
      postIds.has(e.postId) &&
      e.date >= from &&
      e.date <= to
    )
      out.set(e.volunteerId, (out.get(e.volunteerId) ?? 0) + 1);
  return out;
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
