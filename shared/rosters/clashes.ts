import { ageOn } from '../identity/id-card';
import { isValidDateKey, formatMinutes } from '../time/center-time';
import { describeMinutes } from '../volunteers/hours';
import type { ShiftOccurrence } from './expand';
import {
  isOnDuty,
  pushTo,
  shiftKey,
  staffedCount,
  type DutyPost,
  type DutyShift,
  type EntryLike,
} from './model';

/**
 * Below this age a volunteer may not stand at an adults-only post (成年 in PRC law).
 *
 * @example
 * ageOn('2010-03-01', '2026-12-07') < ADULT_AGE // => true
 */
export const ADULT_AGE = 18;

/**
 * Why an entry cannot be saved as it is.
 *
 * @example
 * const k: ClashKind = '时间冲突';
 */
export type ClashKind = '时间冲突' | '超出每日上限' | '未成年人' | '重复排班';

/**
 * One clash of a proposed entry, with a Chinese message for the cell or row it belongs to.
 *
 * @example
 * const c: Clash = { kind: '重复排班', index: 1, volunteerId: 'v-1', date: '2026-12-07', withEntryId: 'e-1', message: '已排在…' };
 */
export interface Clash {
  kind: ClashKind;
  /** Position of the proposed entry in the list given. */
  index: number;
  volunteerId: string;
  date: string;
  /** The entry it clashes with (its id, or null for another unsaved proposed entry or no entry). */
  withEntryId: string | null;
  message: string;
}

/**
 * What clash checks look up: shifts by `postId|shiftId` (see shiftIndex), birth dates, the daily cap.
 *
 * @example
 * const ctx: ClashContext = { shifts: shiftIndex(posts), birthDateOf: (id) => people.get(id)?.birthDate, dailyCapMinutes: 480 };
 */
export interface ClashContext {
  shifts: ReadonlyMap<string, { post: Pick<DutyPost, 'name' | 'place' | 'adultsOnly'>; shift: DutyShift }>;
  birthDateOf(volunteerId: string): string | null | undefined;
  /** Most rostered minutes per volunteer per day; null = no cap. */
  dailyCapMinutes: number | null;
}

/**
 * On-duty entries by `date|volunteerId`: one volunteer's day is a handful of entries, so every check is
 * a Map lookup plus a short scan, even over a year's 292,000 rows.
 *
 * @example
 * const index = indexRoster(entries); index.get('2026-12-07|v-1')?.length // => 2
 */
export type RosterIndex = Map<string, EntryLike[]>;

/**
 * Builds the index of on-duty entries (请假 and 缺勤 do not occupy the volunteer's time).
 *
 * @example
 * indexRoster([entry]).get('2026-12-07|v-1') // => [entry]
 */
export function indexRoster(entries: Iterable<EntryLike>): RosterIndex {
  const index: RosterIndex = new Map();
  for (const e of entries) if (isOnDuty(e)) addToIndex(index, e);
  return index;
}

function addToIndex(index: RosterIndex, e: EntryLike): void {
  pushTo(index, `${e.date}|${e.volunteerId}`, e);
}

function span(shift: DutyShift): string {
  return `${formatMinutes(shift.startMinute)}–${formatMinutes(shift.endMinute)}`;
}

/**
 * The clashes one entry would have against the index (without its position; see findClashes).
 *
 * @example
 * clashesOf({ ...entry, shiftId: 's-pm' }, indexRoster(existing), ctx).map((c) => c.kind) // => ['时间冲突']
 */
export function clashesOf(entry: EntryLike, index: RosterIndex, ctx: ClashContext): Omit<Clash, 'index'>[] {
  const here = ctx.shifts.get(`${entry.postId}|${entry.shiftId}`);
  if (!here || !isOnDuty(entry)) return [];
  const out: Omit<Clash, 'index'>[] = [];
  const base = { volunteerId: entry.volunteerId, date: entry.date };
  const same = (index.get(`${entry.date}|${entry.volunteerId}`) ?? []).filter(
    (o) => entry.id === undefined || o.id !== entry.id,
  );
  let minutes = here.shift.endMinute - here.shift.startMinute;
  for (const o of same) {
    const there = ctx.shifts.get(`${o.postId}|${o.shiftId}`);
    if (!there) continue;
    minutes += there.shift.endMinute - there.shift.startMinute;
    const withEntryId = o.id ?? null;
    if (o.postId === entry.postId && o.shiftId === entry.shiftId)
      out.push({
        ...base,
        kind: '重复排班',
        withEntryId,
        message: `该志愿者已排在这一班（${here.shift.label}）`,
      });
    else if (there.shift.startMinute < here.shift.endMinute && here.shift.startMinute < there.shift.endMinute)
      out.push({
        ...base,
        kind: '时间冲突',
        withEntryId,
        message: `与${there.post.name}（${there.post.place}）${there.shift.label} ${span(there.shift)} 时间重叠，请改排他人或换班次`,
      });
  }
  const cap = ctx.dailyCapMinutes;
  if (cap !== null && minutes > cap)
    out.push({
      ...base,
      kind: '超出每日上限',
      withEntryId: null,
      message: `当天排班合计${describeMinutes(minutes)}，超过每日上限${describeMinutes(cap)}`,
    });
  const birth = ctx.birthDateOf(entry.volunteerId);
  if (here.post.adultsOnly && birth && isValidDateKey(birth) && ageOn(birth, entry.date) < ADULT_AGE)
    out.push({
      ...base,
      kind: '未成年人',
      withEntryId: null,
      message: `${here.post.name}（${here.post.place}）仅限成年志愿者，该志愿者当天未满${ADULT_AGE}岁`,
    });
  return out;
}

/**
 * Every clash of proposed entries against the stored ones and each other: the same volunteer on two
 * overlapping shifts on a date (any post; back-to-back shifts do not overlap), over the daily cap, a minor
 * at an adults-only post, or twice on one shift. A proposed entry with the id of a stored one replaces it.
 *
 * @example
 * findClashes([{ ...entry, volunteerId: 'kid' }], stored, ctx)[0]?.kind // => '未成年人'
 */
export function findClashes(
  proposed: readonly EntryLike[],
  existing: readonly EntryLike[],
  ctx: ClashContext,
): Clash[] {
  const replaced = new Set(proposed.flatMap((p) => (p.id === undefined ? [] : [p.id])));
  const index = indexRoster(existing.filter((e) => !replaced.has(e.id ?? '')));
  const out: Clash[] = [];
  proposed.forEach((p, i) => {
    for (const c of clashesOf(p, index, ctx)) out.push({ ...c, index: i });
    if (isOnDuty(p)) addToIndex(index, p);
  });
  return out;
}

/**
 * An under-staffed shift on a date: how many it needs, how many stand there, how many are missing.
 *
 * @example
 * const g: Gap = { ...occurrence, staffed: 1, missing: 1 };
 */
export interface Gap extends ShiftOccurrence {
  staffed: number;
  missing: number;
}

/**
 * Shifts with fewer people than needed, in the order given. People on 请假 or 缺勤 do not count unless a
 * substitute took their place; deleted entries never count.
 *
 * @example
 * findGaps(expandShifts(gate, today, today, cal), entries).map((g) => g.missing) // => [1]
 */
export function findGaps(occurrences: readonly ShiftOccurrence[], entries: readonly EntryLike[]): Gap[] {
  const byShift = new Map<string, EntryLike[]>();
  for (const e of entries) pushTo(byShift, shiftKey(e.postId, e.shiftId, e.date), e);
  const gaps: Gap[] = [];
  for (const o of occurrences) {
    const staffed = staffedCount(byShift.get(shiftKey(o.postId, o.shiftId, o.date)) ?? []);
    if (staffed < o.needed) gaps.push({ ...o, staffed, missing: o.needed - staffed });
  }
  return gaps;
}
