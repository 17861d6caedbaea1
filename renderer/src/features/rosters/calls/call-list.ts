import type { RosterLine } from '../../../db/repos/rosters';
import { shiftText } from '../week-grid';

/** A call-list row with how many rows its post-and-shift cells span (0: merged into the row above). */
export interface SpannedLine {
  line: RosterLine;
  span: number;
  /** `早岗 07:20–08:00`. */
  shift: string;
}

const groupOf = (l: RosterLine) => `${l.postId}|${l.shiftId}`;

/**
 * Rows grouped by post and shift, as the screen and the paper show them: the first row of each run of
 * one post's shift carries the time, post and place, spanning the rows below it. Lines arrive sorted by
 * post and shift (see roster-calls), so a group is a run of neighbours.
 *
 * @example
 * spanLines([a, b, c]).map((s) => s.span) // => [2, 0, 1] when a and b share a shift
 */
export function spanLines(lines: readonly RosterLine[]): SpannedLine[] {
  return lines.map((line, i) => {
    const key = groupOf(line);
    if (i > 0 && groupOf(lines[i - 1] as RosterLine) === key) return { line, span: 0, shift: '' };
    let span = 1;
    while (lines[i + span] && groupOf(lines[i + span] as RosterLine) === key) span += 1;
    return { line, span, shift: shiftText({ ...line, label: line.shiftLabel }) };
  });
}

/**
 * How many volunteers a list names (one person may stand two shifts): what the dialog, the paper and
 * the audit entry count.
 *
 * @example
 * volunteerCount([{ volunteerId: 'v-1' }, { volunteerId: 'v-1' }]) // => 1
 */
export function volunteerCount(lines: readonly Pick<RosterLine, 'volunteerId'>[]): number {
  return new Set(lines.map((l) => l.volunteerId)).size;
}
