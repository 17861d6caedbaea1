import type { Draft } from '../model/base';
import type { ServiceRecord } from '../model/people';
import { dateKey, fromDateAndMinutes } from '../time/center-time';
import { pushTo, shiftKey, type DutyPost, type DutyShift, type RosterEntry } from './model';

const MINUTE_MS = 60_000;

/**
 * How early a sign-in may come and still count for a shift; it may come until the shift ends.
 *
 * @example
 * DEFAULT_EARLY_MINUTES // => 30
 */
export const DEFAULT_EARLY_MINUTES = 30;

/**
 * The parts of a service record matching reads. Hours stay on the record, credited by the hours rules
 * (shared/volunteers/hours.ts); a roster entry only links to it. `dutyPostId` is the duty post a sign-in
 * was scanned at: the 岗位 name in `post` is shared by many posts (365 school gates may all be
 * 社区教育宣传), so only the id says where someone stood.
 *
 * @example
 * const s: SignInLike = { id: 'sr-1', volunteerId: 'v-1', signInAt, signOutAt: null, post: '社区教育宣传', dutyPostId: 'p-1' };
 */
export type SignInLike = Pick<ServiceRecord, 'id' | 'volunteerId' | 'signInAt' | 'signOutAt' | 'post'> &
  Partial<Pick<ServiceRecord, 'deletedAt'>> & { dutyPostId?: string | null };

/**
 * What attendance matching proposes: the desk (or the sweep) applies these to the stored entries.
 *
 * @example
 * const c: AttendanceChange = { kind: 'arrived', entryId: 'e-1', serviceRecordId: 'sr-1' };
 */
export type AttendanceChange =
  /** 排班 → 到岗, linked to the sign-in that holds the hours. */
  | { kind: 'arrived'; entryId: string; serviceRecordId: string }
  /** Someone not rostered signed in at the post and takes the place of a no-show or someone on leave. */
  | { kind: 'substitute'; forEntryId: string; entry: Draft<RosterEntry> }
  /** 排班 → 缺勤 once the shift has ended without a sign-in; `coveredBy` names the substitute, if any. */
  | { kind: 'absent'; entryId: string; coveredBy: string | null };

/**
 * What matching reads: stored entries of the dates concerned, the sign-ins of those dates, the shifts
 * (see shiftIndex) and the current instant.
 *
 * @example
 * const input: AttendanceInput = { entries, records, shifts: shiftIndex(posts), now };
 */
export interface AttendanceInput {
  entries: readonly RosterEntry[];
  records: readonly SignInLike[];
  shifts: ReadonlyMap<string, { post: Pick<DutyPost, 'name'>; shift: DutyShift }>;
  now: number;
  earlyMinutes?: number;
}

interface Window {
  from: number;
  to: number;
  end: number;
}

/**
 * Matches sign-ins to rostered shifts. A volunteer's sign-in from `earlyMinutes` before a shift to its
 * end, at that post (its `dutyPostId`), or without a post id at the desk or under the post's 岗位 name,
 * makes the entry 到岗. A sign-in scanned at the post (by `dutyPostId`) by someone not rostered fills the place of a rostered no-show (or of someone on leave nobody covers yet) as a
 * substitute. After the shift ends, planned entries still without a sign-in become 缺勤; 请假 stays.
 * A sign-in counts for one entry only, and sign-ins already linked are left alone.
 *
 * @example
 * matchAttendance({ entries: [planned], records: [signIn], shifts, now }).changes
 * // => [{ kind: 'arrived', entryId: planned.id, serviceRecordId: signIn.id }]
 */
export function matchAttendance(input: AttendanceInput): {
  changes: AttendanceChange[];
  unmatched: string[];
} {
  const early = (input.earlyMinutes ?? DEFAULT_EARLY_MINUTES) * MINUTE_MS;
  const used = new Set<string>();
  for (const e of input.entries) if (e.serviceRecordId !== null) used.add(e.serviceRecordId);
  // Indexed by the date a shift starting at the sign-in's latest counted instant would be on.
  const byVolunteerDay = new Map<string, SignInLike[]>();
  const byPostDay = new Map<string, SignInLike[]>();
  for (const r of input.records) {
    if ((r.deletedAt ?? null) !== null || used.has(r.id)) continue;
    for (const day of new Set([dateKey(r.signInAt), dateKey(r.signInAt + early)])) {
      pushTo(byVolunteerDay, `${r.volunteerId}|${day}`, r);
      if (r.dutyPostId) pushTo(byPostDay, `${r.dutyPostId}|${day}`, r);
    }
  }
  const windowOf = (e: RosterEntry): Window | null => {
    const s = input.shifts.get(`${e.postId}|${e.shiftId}`)?.shift;
    if (!s) return null;
    const end = fromDateAndMinutes(e.date, s.endMinute);
    return { from: fromDateAndMinutes(e.date, s.startMinute) - early, to: end, end };
  };
  const postName = (e: RosterEntry) => input.shifts.get(`${e.postId}|${e.shiftId}`)?.post.name ?? null;
  const fits = (r: SignInLike, w: Window) => !used.has(r.id) && r.signInAt >= w.from && r.signInAt <= w.to;

  const changes: AttendanceChange[] = [];
  const live = input.entries.filter((e) => e.deletedAt === null);
  const onShift = new Map<string, Set<string>>();
  for (const e of live) {
    const key = shiftKey(e.postId, e.shiftId, e.date);
    onShift.set(key, (onShift.get(key) ?? new Set()).add(e.volunteerId));
  }
  const open: { entry: RosterEntry; window: Window }[] = [];
  for (const e of live) {
    if (e.status !== '排班' || e.serviceRecordId !== null) continue;
    const w = windowOf(e);
    if (!w) continue;
    const name = postName(e);
    const hit = (byVolunteerDay.get(`${e.volunteerId}|${e.date}`) ?? [])
      .filter(
        (r) => fits(r, w) && (r.dutyPostId ? r.dutyPostId === e.postId : r.post === null || r.post === name),
      )
      .sort((a, b) => a.signInAt - b.signInAt)[0];
    if (hit) {
      used.add(hit.id);
      changes.push({ kind: 'arrived', entryId: e.id, serviceRecordId: hit.id });
    } else open.push({ entry: e, window: w });
  }
  // Places someone already took as a substitute, by shift and the volunteer they replace.
  const coveredBy = new Map<string, string>();
  for (const e of live)
    if (e.substituteFor !== null)
      coveredBy.set(`${shiftKey(e.postId, e.shiftId, e.date)}|${e.substituteFor}`, e.volunteerId);
  for (const e of live) {
    const w = e.status === '请假' ? windowOf(e) : null;
    if (w) open.push({ entry: e, window: w });
  }
  for (const { entry: e, window: w } of open) {
    const key = shiftKey(e.postId, e.shiftId, e.date);
    let cover = coveredBy.get(`${key}|${e.volunteerId}`) ?? null;
    const rostered = onShift.get(key) ?? new Set<string>();
    const sub =
      cover === null
        ? (byPostDay.get(`${e.postId}|${e.date}`) ?? [])
            .filter((r) => fits(r, w) && !rostered.has(r.volunteerId))
            .sort((a, b) => a.signInAt - b.signInAt)[0]
        : undefined;
    if (sub) {
      used.add(sub.id);
      rostered.add(sub.volunteerId);
      cover = sub.volunteerId;
      changes.push({
        kind: 'substitute',
        forEntryId: e.id,
        entry: {
          postId: e.postId,
          shiftId: e.shiftId,
          date: e.date,
          volunteerId: sub.volunteerId,
          patternId: null,
          status: '到岗',
          substituteFor: e.volunteerId,
          serviceRecordId: sub.id,
        },
      });
    }
    if (e.status === '排班' && input.now >= w.end)
      changes.push({ kind: 'absent', entryId: e.id, coveredBy: cover });
  }
  const unmatched = input.records
    .filter((r) => (r.deletedAt ?? null) === null && !used.has(r.id))
    .map((r) => r.id);
  return { changes, unmatched };
}
