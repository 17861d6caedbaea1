import { pushTo, staffedCount, type EntryLike } from './model';

/**
 * One post's roster in one month as the reports store it (schema v11), so a year's figures read ~12 rows
 * per post instead of every entry. Only what does not depend on the post's settings or the calendar is
 * stored: how many people each shift had on each day, not how many it needed, nor which days it runs (both
 * are applied when the report is read, so editing a post or a term needs no recount).
 *
 * `cells` is flat for a cheap read: per day with any entry, ascending, `CELL_HEAD` numbers
 * [day of month, 到岗, 缺勤, 请假, served minutes] followed by the staffed count of each of `shiftIds`.
 *
 * @example
 * const row: RosterMonth = { id: '2026-09|p-gate', month: '2026-09', postId: 'p-gate', shiftIds: ['s-am'],
 *   cells: [28, 1, 1, 0, 40, 2], people: [['b', 28, 1, 0]] };
 */
export interface RosterMonth {
  id: string;
  /** 'YYYY-MM'. */
  month: string;
  postId: string;
  /** The shifts whose staffed counts each cell holds, in the cells' order. */
  shiftIds: string[];
  cells: number[];
  /** Per volunteer and day with 缺勤 or 请假: [volunteer id, day of month, 缺勤, 请假]. */
  people: [string, number, number, number][];
}

/** The numbers at the start of each cell of RosterMonth.cells, before the staffed counts. */
export const CELL_HEAD = 5;

/** What building a month row reads of an entry: the entry, and whether it is deleted or linked. */
export type StoredEntry = EntryLike & Pick<Partial<EntryLike>, 'deletedAt' | 'serviceRecordId'>;

/**
 * The stored row's id for a post and month.
 *
 * @example
 * rosterMonthId('p-gate', '2026-09') // => '2026-09|p-gate'
 */
export function rosterMonthId(postId: string, month: string): string {
  return `${month}|${postId}`;
}

interface DayAcc {
  arrived: number;
  absent: number;
  leave: number;
  served: number;
  byShift: Map<string, StoredEntry[]>;
  people: Map<string, [number, number]>;
}

/**
 * The stored row of one post and month from all of its entries of that month (other posts, other
 * months and deleted rows are skipped), or null when nothing is left to store. `minutesOf` gives a
 * linked sign-in's credited minutes when it counts (confirmed, not deleted), else 0; each sign-in is
 * counted once.
 *
 * @example
 * rosterMonthOf('p-gate', '2026-09', [{ postId: 'p-gate', shiftId: 's-am', date: '2026-09-28',
 *   volunteerId: 'a', status: '到岗', substituteFor: null, serviceRecordId: 'sr-a' }], () => 40)?.cells
 * // => [28, 1, 0, 0, 40, 1]
 */
export function rosterMonthOf(
  postId: string,
  month: string,
  entries: Iterable<StoredEntry>,
  minutesOf: (serviceRecordId: string) => number,
): RosterMonth | null {
  const days = new Map<number, DayAcc>();
  const shiftIds = new Set<string>();
  const linked = new Set<string>();
  for (const e of entries) {
    if (e.postId !== postId || (e.deletedAt ?? null) !== null || e.date.slice(0, 7) !== month) continue;
    const dd = Number(e.date.slice(8, 10));
    let day = days.get(dd);
    if (!day)
      days.set(
        dd,
        (day = { arrived: 0, absent: 0, leave: 0, served: 0, byShift: new Map(), people: new Map() }),
      );
    shiftIds.add(e.shiftId);
    pushTo(day.byShift, e.shiftId, e);
    if (e.status === '到岗') {
      day.arrived += 1;
      const id = e.serviceRecordId ?? null;
      if (id !== null && !linked.has(id)) {
        linked.add(id);
        day.served += minutesOf(id);
      }
    } else if (e.status === '缺勤' || e.status === '请假') {
      const counts = day.people.get(e.volunteerId) ?? [0, 0];
      counts[e.status === '缺勤' ? 0 : 1] += 1;
      day.people.set(e.volunteerId, counts);
      if (e.status === '缺勤') day.absent += 1;
      else day.leave += 1;
    }
  }
  if (days.size === 0) return null;
  const shifts = [...shiftIds].sort();
  const cells: number[] = [];
  const people: RosterMonth['people'] = [];
  for (const dd of [...days.keys()].sort((a, b) => a - b)) {
    const day = days.get(dd) as DayAcc;
    cells.push(dd, day.arrived, day.absent, day.leave, day.served);
    for (const shiftId of shifts) cells.push(staffedCount(day.byShift.get(shiftId) ?? []));
    for (const [volunteerId, [absent, leave]] of day.people) people.push([volunteerId, dd, absent, leave]);
  }
  return { id: rosterMonthId(postId, month), month, postId, shiftIds: shifts, cells, people };
}

/**
 * The stored rows of any set of entries, one per post and month they touch (a rebuild's month of rows).
 *
 * @example
 * rosterMonthsOf([{ postId: 'p-1', shiftId: 's', date: '2026-09-28', volunteerId: 'a', status: '排班',
 *   substituteFor: null }], () => 0).map((r) => r.id) // => ['2026-09|p-1']
 */
export function rosterMonthsOf(
  entries: Iterable<StoredEntry>,
  minutesOf: (serviceRecordId: string) => number,
): RosterMonth[] {
  const groups = new Map<string, StoredEntry[]>();
  for (const e of entries) pushTo(groups, rosterMonthId(e.postId, e.date.slice(0, 7)), e);
  const out: RosterMonth[] = [];
  for (const list of groups.values()) {
    const first = list[0] as StoredEntry;
    const row = rosterMonthOf(first.postId, first.date.slice(0, 7), list, minutesOf);
    if (row) out.push(row);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The first and last day of `month` ('YYYY-MM') that lie within `from`..`to` (inclusive), as days of the
 * month, or null when none does.
 *
 * @example
 * daysWithin('2026-09', '2026-09-28', '2026-10-11') // => [28, 31]
 * daysWithin('2026-08', '2026-09-28', '2026-10-11') // => null
 */
export function daysWithin(month: string, from: string, to: string): [number, number] | null {
  const [fromMonth, toMonth] = [from.slice(0, 7), to.slice(0, 7)];
  if (month < fromMonth || month > toMonth) return null;
  return [
    month === fromMonth ? Number(from.slice(8, 10)) : 1,
    month === toMonth ? Number(to.slice(8, 10)) : 31,
  ];
}

/**
 * Where each stored day's cell starts in `row.cells`, by day of the month (index 1–31), for the days
 * within `first`..`last`; -1 for the others. Reading a year's rows by number, not by date strings.
 *
 * @example
 * cellOffsets({ ...row, shiftIds: ['s-am'], cells: [28, 1, 1, 0, 40, 2] }, 1, 31)[28] // => 0
 */
export function cellOffsets(
  row: Pick<RosterMonth, 'shiftIds' | 'cells'>,
  first: number,
  last: number,
): Int32Array {
  const out = new Int32Array(32).fill(-1);
  const stride = CELL_HEAD + row.shiftIds.length;
  for (let at = 0; at < row.cells.length; at += stride) {
    const dd = row.cells[at] ?? 0;
    if (dd >= first && dd <= last) out[dd] = at;
  }
  return out;
}
