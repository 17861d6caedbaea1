import { countArrived, rosterPeriodTally, type RosterPeriodFigures } from '@shared/rosters/period-figures';
import type { DutyPost } from '@shared/rosters/model';
import type { DeskDatabase } from '../database';
import { byNameThenPlace } from './duty-posts';
import { live } from './live';
import { rosterCalendar } from './roster-scope';

/** A period's roster figures for the 统计报表, with what its tables need to name posts and people. */
export interface RosterReport {
  /** Whether the center has any live post at all (else the report says how to make one). */
  centerHasPosts: boolean;
  /** The live posts in the report's scope, by name then place: the order of `figures.byPost`. */
  posts: DutyPost[];
  figures: RosterPeriodFigures;
  /** Names and numbers of the volunteers in `figures.absences`. */
  people: ReadonlyMap<string, { name: string; volunteerNo: string }>;
}

/** How many volunteers the report lists by absences. */
export const TOP_ABSENT = 20;

/**
 * 统计报表's roster reads: the stored month rows of the period (rosterMonths, ~12 per post a year), never
 * the entries themselves, except the few listed volunteers' own for their arrivals. Posts and terms are
 * few and read whole.
 */
export function rosterFiguresRead(db: DeskDatabase) {
  return {
    /**
     * Figures of `firstDay`..`lastDay` (inclusive) for the posts of one 所/站 (`stationId`) or of the
     * whole center (null): places needed on the days each post runs, filled, 到岗/缺勤/请假, served
     * minutes of linked confirmed sign-ins, and the TOP_ABSENT volunteers with most absences.
     */
    async period(firstDay: string, lastDay: string, stationId: string | null): Promise<RosterReport> {
      const [allPosts, calendar, rows] = await Promise.all([
        db.dutyPosts.toArray(),
        rosterCalendar(db, firstDay, lastDay),
        db.rosterMonths
          .where('month')
          .between(firstDay.slice(0, 7), lastDay.slice(0, 7), true, true)
          .toArray(),
      ]);
      const centerPosts = live(allPosts);
      const posts = centerPosts
        .filter((p) => stationId === null || p.stationId === stationId)
        .sort(byNameThenPlace);
      const tally = rosterPeriodTally(posts, calendar);
      tally.addMonths(firstDay, lastDay, rows);
      const top = tally.topAbsent(TOP_ABSENT);
      const postIds = new Set(posts.map((p) => p.id));
      const [found, ...theirs] = await Promise.all([
        db.volunteers.bulkGet(top),
        ...top.map((id) =>
          db.rosterEntries
            .where('[volunteerId+date]')
            .between([id, firstDay], [id, lastDay], true, true)
            .toArray(),
        ),
      ]);
      const figures = tally.result(TOP_ABSENT, countArrived(theirs.flat(), postIds, firstDay, lastDay));
      const people = new Map(
        found.flatMap((v) => (v ? [[v.id, { name: v.name, volunteerNo: v.volunteerNo }] as const] : [])),
      );
      return { centerHasPosts: centerPosts.length > 0, posts, figures, people };
    },
  };
}
