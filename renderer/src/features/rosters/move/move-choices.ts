import type { Clash } from '@shared/rosters/clashes';
import type { RosterEntry } from '@shared/rosters/model';
import type { PostWeek } from '../../../db/repos/rosters';
import { RosterClashError } from '../../../db';
import { dayHeading, shiftText, sortedShifts, type GridPos, type WeekCell } from '../week-grid';

/** Where an entry is moved to: a shift of its post on a date. */
export interface MoveTarget {
  date: string;
  shiftId: string;
}

/** One option of the move dialog's selects; an off day or shift is shown with its reason, not hidden. */
export interface MoveChoice {
  value: string;
  label: string;
  disabled: boolean;
}

/** The day select's value that reveals a date field, for a day outside the week shown. */
export const OTHER_DATE = 'other';

/**
 * The week's days as the move dialog offers them: a day the post is off keeps its place, disabled,
 * with the reason (周末, 节假日…), so nobody wonders where it went; then 其他日期….
 *
 * @example
 * dayChoices(week)[5] // => { value: '2026-12-12', label: '周六 12/12（周末）', disabled: true }
 */
export function dayChoices(week: Pick<PostWeek, 'days'>): MoveChoice[] {
  return [
    ...week.days.map((d) => ({
      value: d.date,
      label: d.offReason ? `${dayHeading(d.date)}（${d.offReason}）` : dayHeading(d.date),
      disabled: d.offReason !== null,
    })),
    { value: OTHER_DATE, label: '其他日期…', disabled: false },
  ];
}

/**
 * The post's shifts for a date: inside the week shown each says how staffed it is (as the grid cell
 * does) or why it does not run; outside it only the repository knows, so all are offered.
 *
 * @example
 * shiftChoices(week, cells, '2026-12-07')[0]?.label // => '早岗 07:20–08:00（已排 1/2，缺岗）'
 */
export function shiftChoices(week: PostWeek, cells: WeekCell[][], date: string): MoveChoice[] {
  const col = week.days.findIndex((d) => d.date === date);
  return sortedShifts(week.post).map((s, row) => {
    const cell = col < 0 ? undefined : cells[row]?.[col];
    const text = shiftText(s);
    if (!cell) return { value: s.id, label: text, disabled: false };
    if (cell.offReason !== null)
      return { value: s.id, label: `${text}（${cell.offReason}）`, disabled: true };
    const gap = cell.staffed < cell.needed ? '，缺岗' : '';
    return { value: s.id, label: `${text}（已排 ${cell.staffed}/${cell.needed}${gap}）`, disabled: false };
  });
}

/** Why the repository refused a move: clashes with the roster, or a place the post does not run. */
export type MoveProblem = { clashes: readonly Clash[] } | { place: string };

/**
 * The refusal a move dialog shows at its fields, or null for a failure that is not about the chosen
 * place (storage, read-only), which goes to the desk's usual error message. The repository throws a
 * plain Error with a Chinese reason for a place that cannot take the entry (its check, its words).
 *
 * @example
 * moveProblem(new Error('2026-12-12 周末，…不上岗，请选其他日期')) // => { place: '2026-12-12 周末，…' }
 */
export function moveProblem(error: unknown): MoveProblem | null {
  if (error instanceof RosterClashError) return { clashes: error.clashes };
  if (error instanceof Error && error.name === 'Error' && /\p{Script=Han}/u.test(error.message))
    return { place: error.message };
  return null;
}

/**
 * Where an entry stands in the grid, or null when it is not in the week shown.
 *
 * @example
 * entryPos(cells, 'e-1') // => { row: 0, col: 2 }
 */
export function entryPos(cells: WeekCell[][], entryId: string): GridPos | null {
  for (const [row, line] of cells.entries())
    for (const [col, cell] of line.entries())
      if (cell.entries.some((e) => e.id === entryId)) return { row, col };
  return null;
}

/**
 * The grid position of a shift on a date, or null when the date is not in the week shown.
 *
 * @example
 * placePos(cells, { date: '2026-12-09', shiftId: 's-pm' }) // => { row: 1, col: 2 }
 */
export function placePos(cells: WeekCell[][], place: MoveTarget): GridPos | null {
  for (const [row, line] of cells.entries())
    for (const [col, cell] of line.entries()) if (isSamePlace(cell, place)) return { row, col };
  return null;
}

/**
 * Whether an entry is already at the target (a move there would change nothing).
 *
 * @example
 * isSamePlace(entry, { date: entry.date, shiftId: entry.shiftId }) // => true
 */
export function isSamePlace(entry: Pick<RosterEntry, 'date' | 'shiftId'>, to: MoveTarget): boolean {
  return entry.date === to.date && entry.shiftId === to.shiftId;
}
