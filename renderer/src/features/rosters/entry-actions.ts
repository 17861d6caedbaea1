import { rosterFigures, type RosterFigures } from '@shared/rosters/figures';
import { isOnDuty, type RosterEntry, type RosterStatus } from '@shared/rosters/model';
import { fromDateAndMinutes } from '@shared/time/center-time';
import type { PostWeek } from '../../db/repos/rosters';
import { dayHeading, shiftText } from './week-grid';

/** One choice in a rostered person's menu: a status to set, or 替班… (a substitute to pick). */
export interface EntryChoice {
  key: RosterStatus | '替班';
  label: string;
  /** Why it cannot be chosen now, shown beside it; null when it can. */
  disabledReason: string | null;
}

/**
 * What the desk may do with a rostered person. 缺勤 waits for the shift's end (before then they may
 * still come, and the sign-in would make them 到岗); 替班 needs someone not yet covered and not there.
 *
 * @example
 * entryChoices(entry, { shiftEnd, now, covered: false }).map((c) => c.label)
 * // => ['到岗', '请假', '缺勤', '替班…']
 */
export function entryChoices(
  entry: Pick<RosterEntry, 'status'>,
  at: { shiftEnd: number; now: number; covered: boolean },
): EntryChoice[] {
  const same = (s: RosterStatus) => (entry.status === s ? `已是${s}` : null);
  const choices: EntryChoice[] = [
    { key: '到岗', label: '到岗', disabledReason: same('到岗') },
    { key: '请假', label: '请假', disabledReason: same('请假') },
    {
      key: '缺勤',
      label: '缺勤',
      disabledReason: same('缺勤') ?? (at.now < at.shiftEnd ? '班次结束后才能标记' : null),
    },
  ];
  if (entry.status !== '排班') choices.push({ key: '排班', label: '改回排班', disabledReason: null });
  choices.push({
    key: '替班',
    label: '替班…',
    disabledReason: at.covered ? '已有人替班' : entry.status === '到岗' ? '本人已到岗' : null,
  });
  return choices;
}

/**
 * Whether an entry can move to another day or shift (by drag or 调到…): only a plan does; an arrival,
 * a leave or a substitute is history of its shift (the repository's moveEntry refuses them too).
 *
 * @example
 * isMovable({ status: '排班', substituteFor: null }) // => true
 */
export function isMovable(entry: Pick<RosterEntry, 'status' | 'substituteFor'>): boolean {
  return entry.status === '排班' && entry.substituteFor === null;
}

/**
 * The instant a cell's shift ends, or null when the post has no such shift.
 *
 * @example
 * shiftEndOf(week.post, 's-am', '2026-12-07') // => Date.UTC(2026, 11, 7, 0, 0) (08:00 in Beijing)
 */
export function shiftEndOf(post: PostWeek['post'], shiftId: string, date: string): number | null {
  const shift = post.shifts.find((s) => s.id === shiftId);
  return shift ? fromDateAndMinutes(date, shift.endMinute) : null;
}

/**
 * Whether someone already stands in for the entry's volunteer on the same shift.
 *
 * @example
 * isCovered(leave, [leave, { ...sub, substituteFor: leave.volunteerId }]) // => true
 */
export function isCovered(
  entry: Pick<RosterEntry, 'volunteerId'>,
  cellEntries: readonly Pick<RosterEntry, 'substituteFor' | 'status' | 'deletedAt'>[],
): boolean {
  return cellEntries.some((e) => e.substituteFor === entry.volunteerId && isOnDuty(e));
}

/**
 * The shown week's figures (served hours are not read here: the summary shows no hours).
 *
 * @example
 * weekFigures(week).placesFilled // => 3
 */
export function weekFigures(week: PostWeek): RosterFigures {
  const dates = week.days.map((d) => d.date);
  return rosterFigures({
    from: dates[0] ?? '',
    to: dates[dates.length - 1] ?? '',
    occurrences: week.occurrences,
    entries: week.entries,
    records: new Map(),
  });
}

/**
 * An attendance rate as the summary shows it: a whole percent, or 「暂无」 before anyone was due.
 *
 * @example
 * rateText(0.875) // => '88%'
 */
export function rateText(rate: number | null): string {
  return rate === null ? '暂无' : `${Math.round(rate * 100)}%`;
}

/**
 * A cell's post, day and shift in words, for dialogs opened from it.
 *
 * @example
 * cellWhat(gate, { date: '2026-12-07', shiftId: 's-am' }) // => '社区教育宣传（实验小学南门）周一 12/07 早岗 07:20–08:00'
 */
export function cellWhat(post: PostWeek['post'], cell: { date: string; shiftId: string }): string {
  const shift = post.shifts.find((s) => s.id === cell.shiftId);
  return `${post.name}（${post.place}）${dayHeading(cell.date)} ${shift ? shiftText(shift) : ''}`;
}
