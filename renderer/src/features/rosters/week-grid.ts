import type { PostWeek } from '../../db/repos/rosters';
import type { DutyPost, RosterEntry } from '@shared/rosters/model';
import { shiftKey, staffedCount } from '@shared/rosters/model';
import type { DutyPostFormValues } from '@shared/rosters/post-schema';
import { addDays, formatMinutes, weekdayOf } from '@shared/time/center-time';

const WEEKDAY_SHORT = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * The Monday of a date's week: a Chinese roster week runs Monday to Sunday.
 *
 * @example
 * mondayOf('2026-12-10') // => '2026-12-07'
 */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * A grid column's heading, short enough for seven columns: `周一 12/07`.
 *
 * @example
 * dayHeading('2026-12-07') // => '周一 12/07'
 */
export function dayHeading(date: string): string {
  return `${WEEKDAY_SHORT[weekdayOf(date)] ?? ''} ${date.slice(5, 7)}/${date.slice(8, 10)}`;
}

/** A cell of the week grid: one shift on one day. */
export interface WeekCell {
  date: string;
  shiftId: string;
  /** Why the post is off that day (节假日, 假期, 周末); null when the shift runs. */
  offReason: string | null;
  needed: number;
  staffed: number;
  /** The cell's live entries (on duty, on leave or absent), in the order they were made. */
  entries: RosterEntry[];
}

/**
 * The grid's cells, rows = shifts (by start time), columns = the week's days. A day the post runs but
 * a shift does not (no occurrence) counts as off, so nobody is rostered where the calendar has no shift.
 *
 * @example
 * weekCells(week)[0]?.[0]?.staffed // => 1
 */
export function weekCells(week: PostWeek): WeekCell[][] {
  const running = new Set(week.occurrences.map((o) => shiftKey(o.postId, o.shiftId, o.date)));
  const byKey = new Map<string, RosterEntry[]>();
  for (const e of week.entries) {
    const key = shiftKey(e.postId, e.shiftId, e.date);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return sortedShifts(week.post).map((shift) =>
    week.days.map((day) => {
      const key = shiftKey(week.post.id, shift.id, day.date);
      const entries = byKey.get(key) ?? [];
      return {
        date: day.date,
        shiftId: shift.id,
        offReason: day.offReason ?? (running.has(key) ? null : '不上岗'),
        needed: shift.needed,
        staffed: staffedCount(entries),
        entries,
      };
    }),
  );
}

/**
 * A post's shifts by start time, as the grid's rows.
 *
 * @example
 * sortedShifts(gate).map((s) => s.label) // => ['早岗', '午岗']
 */
export function sortedShifts(post: Pick<DutyPost, 'shifts'>): DutyPost['shifts'] {
  return [...post.shifts].sort((a, b) => a.startMinute - b.startMinute);
}

/**
 * A shift as people read it: `早岗 07:20–08:00`.
 *
 * @example
 * shiftText({ label: '早岗', startMinute: 440, endMinute: 480 }) // => '早岗 07:20–08:00'
 */
export function shiftText(s: { label: string; startMinute: number; endMinute: number }): string {
  return `${s.label} ${formatMinutes(s.startMinute)}–${formatMinutes(s.endMinute)}`;
}

/** A roving focus position in the grid. */
export interface GridPos {
  row: number;
  col: number;
}

/**
 * Where a key moves the grid's focus (arrows, Home/End within a row), clamped to the grid; null for a
 * key the grid does not handle, so it keeps its usual meaning (Tab leaves the grid).
 *
 * @example
 * moveInGrid({ row: 0, col: 6 }, 'ArrowRight', 2, 7) // => { row: 0, col: 6 }
 */
export function moveInGrid(pos: GridPos, key: string, rows: number, cols: number): GridPos | null {
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max - 1);
  switch (key) {
    case 'ArrowRight':
      return { row: pos.row, col: clamp(pos.col + 1, cols) };
    case 'ArrowLeft':
      return { row: pos.row, col: clamp(pos.col - 1, cols) };
    case 'ArrowDown':
      return { row: clamp(pos.row + 1, rows), col: pos.col };
    case 'ArrowUp':
      return { row: clamp(pos.row - 1, rows), col: pos.col };
    case 'Home':
      return { row: pos.row, col: 0 };
    case 'End':
      return { row: pos.row, col: cols - 1 };
    default:
      return null;
  }
}

/**
 * A stored post as the form edits it: times back to `HH:mm` and the number needed as text, so editing
 * keeps each shift's id and its entries stay on it.
 *
 * @example
 * postFormValues(gate).shifts[0]?.startMinute // => '07:20'
 */
export function postFormValues(post: DutyPost): DutyPostFormValues {
  return {
    name: post.name,
    place: post.place,
    stationId: post.stationId ?? '',
    teamId: post.teamId ?? '',
    community: post.community,
    adultsOnly: post.adultsOnly,
    calendar: post.calendar,
    shifts: post.shifts.map((s) => ({
      id: s.id,
      label: s.label,
      startMinute: formatMinutes(s.startMinute),
      endMinute: formatMinutes(s.endMinute),
      needed: String(s.needed),
    })),
  };
}
