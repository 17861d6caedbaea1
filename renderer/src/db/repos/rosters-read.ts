import { findGaps, type Gap } from '@shared/rosters/clashes';
import { dayOffReason, expandShifts, type ShiftOccurrence } from '@shared/rosters/expand';
import { shiftIndex, type DutyPost, type DutyShift, type RosterEntry } from '@shared/rosters/model';
import { addDays } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import { byNameThenPlace } from './duty-posts';
import { live } from './live';
import { rosterCalendar } from './roster-scope';

/** A post's week as the grid shows it: each day (with why the post is off), its shifts, entries and gaps. */
export interface PostWeek {
  post: DutyPost;
  days: { date: string; offReason: string | null }[];
  occurrences: ShiftOccurrence[];
  /** Live entries of the post in the week, by date. */
  entries: RosterEntry[];
  gaps: Gap[];
}

/** An under-staffed shift with the post and shift it belongs to, for the 今日缺岗 list. */
export interface RosterGap extends Gap {
  post: DutyPost;
  shift: DutyShift;
}

/** Roster reads: each is one index range over rosterEntries, never a scan of the year's rows. */
export function rosterReads(db: DeskDatabase) {
  return {
    /** A post's 7 days from `firstDay`: its entries read by [postId+date] in one range. */
    week(postId: string, firstDay: string): Promise<PostWeek> {
      const lastDay = addDays(firstDay, 6);
      return db.transaction('r', db.dutyPosts, db.schoolTerms, db.rosterEntries, async () => {
        const [post, calendar, rows] = await Promise.all([
          db.dutyPosts.get(postId),
          rosterCalendar(db, firstDay, lastDay),
          db.rosterEntries
            .where('[postId+date]')
            .between([postId, firstDay], [postId, lastDay], true, true)
            .toArray(),
        ]);
        if (!post) throw new Error('找不到该岗位，可能已被删除');
        const occurrences = expandShifts(post, firstDay, lastDay, calendar);
        const entries = live(rows);
        return {
          post,
          days: Array.from({ length: 7 }, (_, i) => {
            const date = addDays(firstDay, i);
            return { date, offReason: dayOffReason(post.calendar, date, calendar) };
          }),
          occurrences,
          entries,
          gaps: findGaps(occurrences, entries),
        };
      });
    },

    /** Every live post's shifts that run on a date with fewer people than needed, earliest shift first. */
    gapsOn(date: string): Promise<RosterGap[]> {
      return db.transaction('r', db.dutyPosts, db.schoolTerms, db.rosterEntries, async () => {
        const [allPosts, calendar, entries] = await Promise.all([
          db.dutyPosts.toArray(),
          rosterCalendar(db, date, date),
          db.rosterEntries.where('date').equals(date).toArray(),
        ]);
        const posts = live(allPosts);
        const shifts = shiftIndex(posts);
        const occurrences = posts.flatMap((p) => expandShifts(p, date, date, calendar));
        return findGaps(occurrences, entries)
          .flatMap((g) => {
            const found = shifts.get(`${g.postId}|${g.shiftId}`);
            return found ? [{ ...g, ...found }] : [];
          })
          .sort((a, b) => a.startMinute - b.startMinute || byNameThenPlace(a.post, b.post));
      });
    },

    /** A volunteer's live entries between two dates (inclusive), by date, read by [volunteerId+date]. */
    async entriesOfVolunteer(volunteerId: string, from: string, to: string): Promise<RosterEntry[]> {
      return live(
        await db.rosterEntries
          .where('[volunteerId+date]')
          .between([volunteerId, from], [volunteerId, to], true, true)
          .toArray(),
      );
    },
  };
}
