import type { CenterProfile } from '@shared/model';
import { dateKey, formatTime } from '@shared/time/center-time';
import type { Repos } from '../../../db';
import type { PostWeek } from '../../../db/repos/rosters';

/** What both roster printouts read: the week, names by volunteer id, the post's 所/站 and the center. */
export interface RosterPrintData {
  week: PostWeek;
  names: Map<string, string>;
  /** The post's 所/站 name, '' when it has none (or it was removed from the list). */
  station: string;
  center: CenterProfile | undefined;
  /** When the printout was made, `YYYY-MM-DD HH:mm`, for the footer. */
  printedAt: string;
}

/** Reads a post's week for printing; only names leave the volunteer rows (no ID numbers or phones). */
export async function loadRosterPrint(
  repos: Repos,
  postId: string,
  firstDay: string,
  now: number,
): Promise<RosterPrintData> {
  const week = await repos.rosters.week(postId, firstDay);
  const [volunteers, stations, center] = await Promise.all([
    repos.volunteers.many(week.entries.map((e) => e.volunteerId)),
    repos.settings.get('stations'),
    repos.settings.get('centerProfile'),
  ]);
  const names = new Map([...volunteers].map(([id, v]) => [id, v.name]));
  const station = (stations ?? []).find((s) => s.id === week.post.stationId)?.name ?? '';
  return { week, names, station, center, printedAt: `${dateKey(now)} ${formatTime(now)}` };
}
