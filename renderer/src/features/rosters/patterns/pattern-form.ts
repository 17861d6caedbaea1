import type { DutyPost, SchoolTerm } from '@shared/rosters/model';
import type { RosterPatternFormValues } from '@shared/rosters/pattern-schema';
import { addDays } from '@shared/time/center-time';
import { sortedShifts } from '../week-grid';

/** Monday first, as a Chinese week is read; values are weekdayOf's (0 = Sunday). */
export const WEEKDAY_OPTIONS = [
  { value: 1, label: '周一' },
  { value: 2, label: '周二' },
  { value: 3, label: '周三' },
  { value: 4, label: '周四' },
  { value: 5, label: '周五' },
  { value: 6, label: '周六' },
  { value: 0, label: '周日' },
];

// Without a term, a pattern runs twelve weeks by default: about a season, easy to extend later.
const DEFAULT_WEEKS = 12;

/** The term running today, else the next one to start; undefined when none is left. */
export function currentOrNextTerm(
  terms: readonly Pick<SchoolTerm, 'id' | 'start' | 'end'>[],
  today: string,
): Pick<SchoolTerm, 'id' | 'start' | 'end'> | undefined {
  return [...terms].sort((a, b) => a.start.localeCompare(b.start)).find((t) => t.end >= today);
}

/**
 * A term's dates as a pattern's range: from today when the term has begun (past days are history, not
 * a plan), to the term's end.
 *
 * @example
 * termRange({ start: '2026-09-01', end: '2027-01-22' }, '2026-11-20') // => { from: '2026-11-20', to: '2027-01-22' }
 */
export function termRange(term: Pick<SchoolTerm, 'start' | 'end'>, today: string) {
  return { from: term.start > today ? term.start : today, to: term.end };
}

/**
 * What the pattern form starts with: the post's first shift (or the one picked), no weekday yet, and for
 * a 校历 post this term (else twelve weeks from today).
 *
 * @example
 * patternDefaults(gate, [autumn], '2026-11-20').termId // => autumn.id
 */
export function patternDefaults(
  post: Pick<DutyPost, 'id' | 'calendar' | 'shifts'>,
  terms: readonly Pick<SchoolTerm, 'id' | 'start' | 'end'>[],
  today: string,
  shiftId?: string,
): RosterPatternFormValues {
  const term = post.calendar === '校历' ? currentOrNextTerm(terms, today) : undefined;
  const range = term ? termRange(term, today) : { from: today, to: addDays(today, DEFAULT_WEEKS * 7 - 1) };
  return {
    postId: post.id,
    shiftId: shiftId ?? sortedShifts(post)[0]?.id ?? '',
    weekdays: [],
    ...range,
    volunteerId: '',
    termId: term?.id ?? '',
  };
}
