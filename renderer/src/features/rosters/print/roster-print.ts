import type { RosterEntry } from '@shared/rosters/model';
import { staffedEntries } from '@shared/rosters/model';
import { parseDateKey } from '@shared/time/center-time';
import type { PostWeek } from '../../../db/repos/rosters';
import { dayHeading, shiftText, sortedShifts, weekCells } from '../week-grid';

/** One cell of the printed week: off (with why) or who stands there, against how many are needed. */
export interface PrintedCell {
  offReason: string | null;
  /** Names as printed: `林小梅`, `王芳（替）`, `陈强（请假）`. */
  people: string[];
  needed: number;
  staffed: number;
  /** How many people the shift lacks (0 when full or off). */
  short: number;
}

/** One printed row: a shift and its seven days. */
export interface PrintedRow {
  shift: string;
  cells: PrintedCell[];
}

/** The printable 岗位周排班表 of one week. */
export interface PrintedWeek {
  headings: { date: string; heading: string; offReason: string | null }[];
  rows: PrintedRow[];
}

/**
 * A roster entry's name as the paper shows it: a substitute gets 替, someone not coming gets the reason,
 * so the person at the post can tell who to expect.
 *
 * @example
 * personLabel({ status: '排班', substituteFor: 'v-1' }, '王芳') // => '王芳（替）'
 */
export function personLabel(e: Pick<RosterEntry, 'status' | 'substituteFor'>, name: string): string {
  if (e.status === '请假' || e.status === '缺勤') return `${name}（${e.status}）`;
  return e.substituteFor !== null ? `${name}（替）` : name;
}

/**
 * The week roster as a table to print: rows = shifts by start time, columns = the seven days. Names
 * come from `names` (volunteer id → name); an unknown id prints as 未知志愿者 rather than an id.
 *
 * @example
 * printedWeek(week, new Map([['v-1', '林小梅']])).rows[0]?.cells[0]?.people // => ['林小梅']
 */
export function printedWeek(week: PostWeek, names: ReadonlyMap<string, string>): PrintedWeek {
  const cells = weekCells(week);
  return {
    headings: week.days.map((d) => ({ date: d.date, heading: dayHeading(d.date), offReason: d.offReason })),
    rows: sortedShifts(week.post).map((shift, r) => ({
      shift: shiftText(shift),
      cells: (cells[r] ?? []).map((c) => ({
        offReason: c.offReason,
        people: c.offReason === null ? c.entries.map((e) => personLabel(e, nameOf(names, e))) : [],
        needed: c.needed,
        staffed: c.staffed,
        short: c.offReason === null ? Math.max(0, c.needed - c.staffed) : 0,
      })),
    })),
  };
}

function nameOf(names: ReadonlyMap<string, string>, e: Pick<RosterEntry, 'volunteerId'>): string {
  return names.get(e.volunteerId) ?? '未知志愿者';
}

/**
 * Splits rows into pages so none runs past the paper: each row costs `linesOf(row)` lines and a page
 * holds `capacity`; a row taller than a page still gets a page of its own rather than being dropped.
 *
 * @example
 * pageRows([2, 2, 3], (n) => n, 4) // => [[2, 2], [3]]
 */
export function pageRows<T>(rows: readonly T[], linesOf: (row: T) => number, capacity: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const row of rows) {
    const lines = linesOf(row);
    if (page.length > 0 && used + lines > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += lines;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/**
 * How many text lines a printed row takes: its fullest cell's names plus the count line.
 *
 * @example
 * rowLines({ shift: '早岗 07:20–08:00', cells: [{ offReason: null, people: ['甲', '乙'], needed: 2, staffed: 2, short: 0 }] }) // => 3
 */
export function rowLines(row: PrintedRow): number {
  return Math.max(2, ...row.cells.map((c) => c.people.length + 1));
}

/** One line of the 班次签到表: a rostered person, or a blank line (name '') for a walk-in substitute. */
export interface SignLine {
  no: number;
  name: string;
}

/**
 * The lines of a shift's sign-in sheet: everyone on duty (substitutes marked 替), then blank lines up to
 * the number needed so walk-in substitutes can sign; at least one blank line, for a walk-in on a full
 * shift. People on leave or absent are left off: they are not expected.
 *
 * @example
 * signLines([{ volunteerId: 'v-1', status: '排班', substituteFor: null }], new Map([['v-1', '林小梅']]), 2)
 * // => [{ no: 1, name: '林小梅' }, { no: 2, name: '' }]
 */
export function signLines(
  entries: readonly Pick<RosterEntry, 'volunteerId' | 'status' | 'substituteFor' | 'deletedAt'>[],
  names: ReadonlyMap<string, string>,
  needed: number,
): SignLine[] {
  const present = staffedEntries(entries).map((e) => personLabel(e, nameOf(names, e)));
  const blanks = Math.max(1, needed - present.length);
  return [...present, ...Array.from({ length: blanks }, () => '')].map((name, i) => ({ no: i + 1, name }));
}

/**
 * A week as Chinese documents print it: `2026年12月7日—12月13日`, the year repeated when it changes.
 *
 * @example
 * weekRangeText('2026-12-28', '2027-01-03') // => '2026年12月28日—2027年1月3日'
 */
export function weekRangeText(firstDay: string, lastDay: string): string {
  const a = parseDateKey(firstDay);
  const b = parseDateKey(lastDay);
  if (!a || !b) throw new Error(`日期无效：${firstDay}—${lastDay}`);
  const tail = `${b.month}月${b.day}日`;
  return `${a.year}年${a.month}月${a.day}日—${a.year === b.year ? tail : `${b.year}年${tail}`}`;
}
