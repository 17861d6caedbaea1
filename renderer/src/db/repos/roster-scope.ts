import type { Volunteer } from '@shared/model';
import { findClashes, type Clash } from '@shared/rosters/clashes';
import { dayOffReason, type RosterCalendar } from '@shared/rosters/expand';
import { shiftIndex, type DutyPost, type EntryLike, type RosterEntry } from '@shared/rosters/model';
import { dateKey } from '@shared/time/center-time';
import { DEFAULT_HOURS_RULES } from '@shared/volunteers/hours';
import { derivedFromId } from '@shared/volunteers/registration';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { HOLIDAY_DATASET } from './closures';
import { live } from './live';
import { RosterClashError } from './roster-errors';
import { settingsRepo } from './settings';

/** The live terms touching a date range, with the holiday dataset: what decides the days posts run. */
export async function rosterCalendar(db: DeskDatabase, from: string, to: string): Promise<RosterCalendar> {
  const terms = await db.schoolTerms
    .where('end')
    .aboveOrEqual(from)
    .filter((t) => t.deletedAt === null && t.start <= to)
    .toArray();
  return { holidays: HOLIDAY_DATASET, terms };
}

/** The tables a roster write reads to check its entries; the writer adds those it writes. */
export function scopeTables(db: DeskDatabase) {
  return [db.rosterEntries, db.dutyPosts, db.schoolTerms, db.volunteers, db.settings];
}

/** The earliest and latest date each volunteer is proposed on. */
function spansByVolunteer(proposed: readonly EntryLike[]): Map<string, { from: string; to: string }> {
  const spans = new Map<string, { from: string; to: string }>();
  for (const p of proposed) {
    const span = spans.get(p.volunteerId);
    if (!span) spans.set(p.volunteerId, { from: p.date, to: p.date });
    else {
      if (p.date < span.from) span.from = p.date;
      if (p.date > span.to) span.to = p.date;
    }
  }
  return spans;
}

/**
 * Why a proposed entry cannot stand where it is put, before any clash: its post is gone, it has no such
 * shift, the post does not run that day, or the volunteer is gone. Null when it can.
 */
function placeProblem(
  p: EntryLike,
  posts: ReadonlyMap<string, DutyPost>,
  volunteers: ReadonlyMap<string, Volunteer>,
  calendar: RosterCalendar,
): string | null {
  const post = posts.get(p.postId);
  if (!post) return '找不到该岗位，可能已被删除，请刷新后再排';
  const shift = post.shifts.find((s) => s.id === p.shiftId);
  if (!shift) return `${post.name}（${post.place}）没有这个班次，请刷新后再排`;
  const off = dayOffReason(post.calendar, p.date, calendar);
  if (off !== null) return `${p.date} ${off}，${post.name}（${post.place}）不上岗，请选其他日期`;
  if (!volunteers.has(p.volunteerId)) return '找不到该志愿者，可能已被删除';
  return null;
}

/**
 * Checks proposed entries against the stored roster, inside the caller's rw transaction so nothing can
 * be written between the check and the write. Reads only the proposed volunteers' entries over the
 * dates they are proposed on ([volunteerId+date]), their posts, the volunteers and the day cap. Throws a
 * plain Error for an entry that cannot stand (see placeProblem) and RosterClashError for clashes.
 */
export async function assertRosterFits(
  db: DeskDatabase,
  ctx: WriteContext,
  proposed: readonly EntryLike[],
): Promise<void> {
  if (proposed.length === 0) return;
  const spans = spansByVolunteer(proposed);
  const dates = proposed.map((p) => p.date).sort();
  const [existing, volunteerRows, rules, calendar] = await Promise.all([
    Promise.all(
      [...spans].map(([id, span]) =>
        db.rosterEntries
          .where('[volunteerId+date]')
          .between([id, span.from], [id, span.to], true, true)
          .toArray(),
      ),
    ).then((lists): RosterEntry[] => lists.flat()),
    db.volunteers.bulkGet([...spans.keys()]),
    settingsRepo(db, ctx).get('hoursRules'),
    rosterCalendar(db, dates[0] ?? '', dates.at(-1) ?? ''),
  ]);
  const postIds = [...new Set([...proposed, ...existing].map((e) => e.postId))];
  // Only live posts: entries left at a deleted post neither clash nor count towards the day cap.
  const posts = live((await db.dutyPosts.bulkGet(postIds)).filter((p) => p !== undefined));
  const postById = new Map(posts.map((p) => [p.id, p]));
  const volunteers = new Map(
    live(volunteerRows.filter((v) => v !== undefined)).map((v) => [v.id, v] as const),
  );
  for (const p of proposed) {
    const problem = placeProblem(p, postById, volunteers, calendar);
    if (problem) throw new Error(problem);
  }
  const clashes: Clash[] = findClashes(proposed, existing, {
    shifts: shiftIndex(posts),
    birthDateOf: (id) => birthDateOf(volunteers.get(id), ctx.now()),
    dailyCapMinutes: (rules ?? DEFAULT_HOURS_RULES).capPerDayMinutes,
  });
  if (clashes.length > 0) throw new RosterClashError(clashes);
}

/** The birth date the ID number encodes, else the one stored (passports and 其他 encode none). */
export function birthDateOf(v: Volunteer | undefined, now: number): string | null {
  if (!v) return null;
  return derivedFromId(v.idType, v.idNumber, dateKey(now))?.birthDate ?? v.birthDate;
}
