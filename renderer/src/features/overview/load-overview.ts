import type { Repos } from '../../db';

/** The ranges 今日概览 reads: today, the month so far and the same days of last month. */
export interface OverviewRanges {
  today: { from: number; to: number };
  month: { from: number; to: number };
  lastMonth: { from: number; to: number };
}

/**
 * Everything 今日概览 shows, read together: one live query, so a cold start renders the page once with
 * its data instead of once per read as nine separate queries came in (and each probed twice).
 */
export async function loadOverview(repos: Repos, at: OverviewRanges) {
  // Overdue orders and the series' "next" are judged at the moment of the read.
  const now = Date.now();
  const [bookings, rooms, organisations, volunteerCount, duty, todo, series, current, previous] =
    await Promise.all([
      repos.places.bookingsBetween(at.today.from, at.today.to),
      repos.places.rooms(),
      repos.places.organisations(),
      repos.people.volunteerCount(),
      repos.overview.today(at.today.from, at.today.to),
      repos.overview.todo(at.today.from, now),
      repos.overview.nextSeries(now),
      repos.overview.keyFigures(at.month.from, at.month.to),
      repos.overview.keyFigures(at.lastMonth.from, at.lastMonth.to),
    ]);
  return { bookings, rooms, organisations, volunteerCount, duty, todo, series, current, previous };
}
