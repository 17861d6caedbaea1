import type { Booking } from '../model/places';
import { addDays, dateKey } from '../time/center-time';
import { buildRrule, parseRrule } from './recurrence';
import { isOpenStatus } from './rules';

/**
 * Which occurrences of a series a change applies to.
 *
 * @example
 * const scope: SeriesScope = 'following';
 */
export type SeriesScope = 'this' | 'following' | 'all';

/**
 * Chinese labels of the scopes, in the order offered.
 *
 * @example
 * SCOPE_LABELS.this // => '仅此一次'
 */
export const SCOPE_LABELS: Record<SeriesScope, string> = {
  this: '仅此一次',
  following: '此次及以后',
  all: '全部',
};

/**
 * What a series change does: the occurrences it touches, and how the stored rule changes.
 *
 * @example
 * const plan: SeriesPlan = { targets: [b], truncateRrule: null, splitRrule: null };
 */
export interface SeriesPlan {
  /** Occurrences to change, in date order. Only open (待审核/已确认) future ones are ever touched. */
  targets: Booking[];
  /** New rule for the original series when "this and following" cuts it short, else null. */
  truncateRrule: string | null;
  /** The rule of the new series the following occurrences move to when they are edited, else null. */
  splitRrule: string | null;
}

/**
 * Plans an edit or cancellation of `target` with a scope. Past, checked-in, completed and cancelled
 * occurrences are history and never change; "this and following" ends the original rule the day before
 * the target (UNTIL), and for edits starts a new series from the target with the remaining rule.
 *
 * @example
 * planSeriesChange({ rrule, occurrences, target, scope: 'following', now, kind: 'edit' }).targets.length // => 3
 */
export function planSeriesChange(input: {
  rrule: string;
  occurrences: readonly Booking[];
  target: Booking;
  scope: SeriesScope;
  now: number;
  kind: 'edit' | 'cancel';
}): SeriesPlan {
  const { target, scope, now } = input;
  const changeable = (b: Booking) => b.deletedAt === null && isOpenStatus(b.status) && b.start >= now;
  const sorted = [...input.occurrences].sort((a, b) => a.start - b.start);
  if (scope === 'this')
    return { targets: changeable(target) ? [target] : [], truncateRrule: null, splitRrule: null };
  const targets = sorted.filter((b) => changeable(b) && (scope === 'all' || b.start >= target.start));
  if (scope === 'all') return { targets, truncateRrule: null, splitRrule: null };
  const rule = parseRrule(input.rrule);
  const firstDate = dateKey(sorted[0]?.start ?? target.start);
  const targetDate = dateKey(target.start);
  if (targetDate <= firstDate) return { targets, truncateRrule: null, splitRrule: null };
  const truncated = buildRrule({ ...rule, count: null, until: addDays(targetDate, -1) });
  // The new series keeps the original end: its until, or the date of its last occurrence for a count.
  const lastDate = dateKey(sorted[sorted.length - 1]?.start ?? target.start);
  const split = buildRrule({ ...rule, count: null, until: rule.until ?? lastDate });
  return { targets, truncateRrule: truncated, splitRrule: input.kind === 'edit' ? split : null };
}
