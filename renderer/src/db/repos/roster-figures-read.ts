import {
  rosterPeriodTally,
  type RosterPeriodFigures,
  type RosterPeriodTally,
} from '@shared/rosters/period-figures';
import type { DutyPost } from '@shared/rosters/model';
import { addDays } from '@shared/time/center-time';
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

/** Days read per range: a month of a district's entries (~25,000 rows) at most is held at once. */
const RUN_DAYS = 31;

/** How many volunteers the report lists by absences. */
export const TOP_ABSENT = 20;

/** The 到岗 entries' linked sign-ins, read by id: only confirmed ones' credited minutes count. */
async function addServed(db: DeskDatabase, tally: RosterPeriodTally, linked: Map<string, string>) {
  if (linked.size === 0) return;
  const ids = [...linked.keys()];
  const records = await db.serviceRecords.bulkGet(ids);
  records.forEach((r, i) => {
    const postId = linked.get(ids[i] ?? '');
    if (r && postId && r.deletedAt === null && r.status === '已确认')
      tally.addServed(postId, r.creditedMinutes ?? 0);
  });
}

/**
 * 统计报表's roster reads. Entries are read by the `date` index one run of days at a time and tallied
 * run by run (no read of the whole table, and never a year of rows in memory); posts and terms are few
 * and read whole.
 */
export function rosterFiguresRead(db: DeskDatabase) {
  return {
    /**
     * Figures of `firstDay`..`lastDay` (inclusive) for the posts of one 所/站 (`stationId`) or of the
     * whole center (null): places needed on the days each post runs, filled, 到岗/缺勤/请假, served
     * minutes of linked confirmed sign-ins, and the TOP_ABSENT volunteers with most absences.
     */
    async period(firstDay: string, lastDay: string, stationId: string | null): Promise<RosterReport> {
      // No transaction around the runs: a year takes seconds, and a read transaction over the service
      // records that long would hold every sign-in at the desk until it ended.
      const [allPosts, calendar] = await Promise.all([
        db.dutyPosts.toArray(),
        rosterCalendar(db, firstDay, lastDay),
      ]);
      const centerPosts = live(allPosts);
      const posts = centerPosts
        .filter((p) => stationId === null || p.stationId === stationId)
        .sort(byNameThenPlace);
      const tally = rosterPeriodTally(posts, calendar);
      for (let from = firstDay; from <= lastDay && posts.length > 0; from = addDays(from, RUN_DAYS)) {
        const to = addDays(from, RUN_DAYS - 1) < lastDay ? addDays(from, RUN_DAYS - 1) : lastDay;
        const rows = await db.rosterEntries.where('date').between(from, to, true, true).toArray();
        await addServed(db, tally, tally.addDays(from, to, rows));
      }
      const figures = tally.result(TOP_ABSENT);
      const found = await db.volunteers.bulkGet(figures.absences.map((a) => a.volunteerId));
      const people = new Map(
        found.flatMap((v) => (v ? [[v.id, { name: v.name, volunteerNo: v.volunteerNo }] as const] : [])),
      );
      return { centerHasPosts: centerPosts.length > 0, posts, figures, people };
    },
  };
}
