import type { BaseRecord } from '../model/base';

/**
 * Which days a duty post runs: every day (便民服务), workdays by the holiday dataset, or school days
 * (workdays inside a school term, minus its vacations).
 *
 * @example
 * POST_CALENDARS[2] // => '校历'
 */
export const POST_CALENDARS = ['每天', '工作日', '校历'] as const;

/** @example const c: PostCalendar = '校历'; */
export type PostCalendar = (typeof POST_CALENDARS)[number];

/**
 * A roster entry's state: planned, on leave (excused, known beforehand), absent (no-show), arrived.
 *
 * @example
 * ROSTER_STATUSES.includes('到岗') // => true
 */
export const ROSTER_STATUSES = ['排班', '请假', '缺勤', '到岗'] as const;

/** @example const s: RosterStatus = '排班'; */
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/**
 * One recurring shift of a post, as wall-clock minutes after midnight in the center's zone, so a shift
 * keeps its time across dates. Half-open: a shift ending at 08:00 does not touch one starting at 08:00.
 *
 * @example
 * const morning: DutyShift = { id: 's-am', label: '早岗', startMinute: 440, endMinute: 480, needed: 2 };
 */
export interface DutyShift {
  /** Stable within its post; entries and patterns point at it. */
  id: string;
  label: string;
  startMinute: number;
  endMinute: number;
  /** Volunteers the shift needs, at least 1. */
  needed: number;
}

/**
 * A standing duty post: a 岗位 (from the center's post list) at a place, with its shifts and calendar.
 * Shifts live inside the post row because they are edited together and are few.
 *
 * @example
 * const gate: DutyPost = { ...stamp, name: '社区教育宣传', place: '实验小学南门', stationId: null, teamId: 't-1',
 *   community: '东街社区', adultsOnly: true, calendar: '校历', shifts: [morning] };
 */
export interface DutyPost extends BaseRecord {
  /** A name from the 岗位 list (shared/organisation/posts.ts). */
  name: string;
  /** Where the volunteers stand: a school gate, a 站, a 小区服务点. Required. */
  place: string;
  stationId: string | null;
  /** The team that staffs the post, preferred in suggestions. */
  teamId: string | null;
  /** The community the post serves ('' when not set), preferred in suggestions. */
  community: string;
  adultsOnly: boolean;
  calendar: PostCalendar;
  shifts: DutyShift[];
}

/**
 * Inclusive range of center dates, `YYYY-MM-DD`.
 *
 * @example
 * const winter: DateRange = { from: '2027-01-23', to: '2027-02-21' };
 */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * A school term as the desk enters it, with vacations (and other days off such as 运动会) inside it.
 *
 * @example
 * const autumn: SchoolTerm = { ...stamp, name: '2026秋季学期', start: '2026-09-01', end: '2027-01-22',
 *   vacations: [{ name: '秋假', from: '2026-11-09', to: '2026-11-13' }] };
 */
export interface SchoolTerm extends BaseRecord {
  name: string;
  start: string;
  end: string;
  vacations: (DateRange & { name: string })[];
}

/**
 * One volunteer on one shift on one date. A substitute has their own entry whose `substituteFor` names
 * the volunteer whose place they take; `serviceRecordId` links the sign-in that holds the hours.
 *
 * @example
 * const e: RosterEntry = { ...stamp, postId: 'p-1', shiftId: 's-am', date: '2026-12-07', volunteerId: 'v-1',
 *   patternId: null, status: '排班', substituteFor: null, serviceRecordId: null };
 */
export interface RosterEntry extends BaseRecord {
  postId: string;
  shiftId: string;
  date: string;
  volunteerId: string;
  patternId: string | null;
  status: RosterStatus;
  substituteFor: string | null;
  serviceRecordId: string | null;
}

/**
 * A repeating assignment ("every Monday 早岗 this term"), expanded into entries that point back at it.
 *
 * @example
 * const p: RosterPattern = { ...stamp, postId: 'p-1', shiftId: 's-am', weekdays: [1], from: '2026-09-01',
 *   to: '2027-01-22', volunteerId: 'v-1', termId: 'term-1' };
 */
export interface RosterPattern extends BaseRecord {
  postId: string;
  shiftId: string;
  /** 0 = Sunday … 6 = Saturday, like weekdayOf. */
  weekdays: number[];
  from: string;
  to: string;
  volunteerId: string;
  /** The term the pattern is for; its end bounds the pattern. */
  termId: string | null;
}

/**
 * An entry as the roster functions read it: stored rows or proposed ones not saved yet (no bookkeeping).
 *
 * @example
 * const draft: EntryLike = { postId: 'p-1', shiftId: 's-am', date: '2026-12-07', volunteerId: 'v-1', status: '排班', substituteFor: null };
 */
export type EntryLike = Pick<
  RosterEntry,
  'postId' | 'shiftId' | 'date' | 'volunteerId' | 'status' | 'substituteFor'
> &
  Partial<Pick<RosterEntry, 'id' | 'deletedAt' | 'serviceRecordId' | 'patternId'>>;

/**
 * The key of one shift on one date, for Map indexes.
 *
 * @example
 * shiftKey('p-1', 's-am', '2026-12-07') // => 'p-1|s-am|2026-12-07'
 */
export function shiftKey(postId: string, shiftId: string, date: string): string {
  return `${postId}|${shiftId}|${date}`;
}

/**
 * True when the entry puts someone at the post: planned or arrived, and not deleted.
 *
 * @example
 * isOnDuty({ status: '请假' }) // => false
 */
export function isOnDuty(e: Pick<EntryLike, 'status' | 'deletedAt'>): boolean {
  return (e.deletedAt ?? null) === null && (e.status === '排班' || e.status === '到岗');
}

/**
 * Shifts by `postId|shiftId`, with their post, so entries can find their times in O(1).
 *
 * @example
 * shiftIndex([gate]).get('p-1|s-am')?.shift.startMinute // => 440
 */
export function shiftIndex<P extends Pick<DutyPost, 'id' | 'shifts'>>(
  posts: readonly P[],
): Map<string, { post: P; shift: DutyShift }> {
  const out = new Map<string, { post: P; shift: DutyShift }>();
  for (const post of posts)
    for (const shift of post.shifts) out.set(`${post.id}|${shift.id}`, { post, shift });
  return out;
}

/**
 * The entries that put people at a shift: on-duty ones, minus those of volunteers an on-duty substitute
 * replaced (the substitute fills that place, so it counts once).
 *
 * @example
 * staffedEntries([{ volunteerId: 'a', status: '排班', substituteFor: null }, { volunteerId: 'b', status: '排班', substituteFor: 'a' }])
 * // => [{ volunteerId: 'b', … }]
 */
export function staffedEntries<
  E extends Pick<EntryLike, 'volunteerId' | 'status' | 'substituteFor' | 'deletedAt'>,
>(entries: readonly E[]): E[] {
  const replaced = new Set<string>();
  for (const e of entries) if (isOnDuty(e) && e.substituteFor !== null) replaced.add(e.substituteFor);
  return entries.filter((e) => isOnDuty(e) && !replaced.has(e.volunteerId));
}

/**
 * How many people a shift's entries put at the post (see staffedEntries).
 *
 * @example
 * staffedCount([{ volunteerId: 'a', status: '请假', substituteFor: null }, { volunteerId: 'b', status: '排班', substituteFor: 'a' }]) // => 1
 */
export function staffedCount(
  entries: readonly Pick<EntryLike, 'volunteerId' | 'status' | 'substituteFor' | 'deletedAt'>[],
): number {
  return staffedEntries(entries).length;
}

/**
 * Appends to the list kept under a key, creating it: the roster's indexes are all lists by key.
 *
 * @example
 * const byDate = new Map<string, string[]>(); pushTo(byDate, '2026-12-07', 'e-1'); byDate.get('2026-12-07') // => ['e-1']
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
