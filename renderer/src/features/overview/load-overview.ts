import { dateKey, parseDateKey } from '@shared/time/center-time';
import { monthToDate } from '@shared/stats/overview';
import type { Repos } from '../../db';
import { dayRange } from '../reports/periods';

/** The ranges 今日概览 reads: today, the month so far and the same days of last month. */
export interface OverviewRanges {
  today: { from: number; to: number };
  month: { from: number; to: number };
  lastMonth: { from: number; to: number };
}

const rangeOf = (p: { firstDay: string; lastDay: string }) => ({
  from: dayRange(p.firstDay).from,
  to: dayRange(p.lastDay).to,
});

/**
 * What 今日概览 reads on `today` (`YYYY-MM-DD`, the center's date): the month so far against the same
 * days of last month, a fair comparison on the 2nd as on the 30th.
 */
export function overviewRanges(today: string): OverviewRanges {
  const sofar = monthToDate(today);
  return { today: dayRange(today), month: rangeOf(sofar.current), lastMonth: rangeOf(sofar.previous) };
}

/** `12月1日—2日`: the days a month-to-date figure covers. */
export function daysLabel(p: { firstDay: string; lastDay: string }): string {
  const a = parseDateKey(p.firstDay);
  const b = parseDateKey(p.lastDay);
  if (!a || !b) return p.firstDay;
  return a.day === b.day ? `${a.month}月${a.day}日` : `${a.month}月${a.day}日—${b.day}日`;
}

/**
 * Everything 今日概览 shows, read together: one live query, so a cold start renders the page once with
 * its data instead of once per read as nine separate queries came in (and each probed twice).
 */
export async function loadOverview(repos: Repos, at: OverviewRanges) {
  // Overdue orders and the series' "next" are judged at the moment of the read.
  const now = Date.now();
  // Only the organisations today's bookings name: a district holds thousands, and reading them all and
  // sorting them by name (Chinese collation, on the page's thread) was work this page never used.
  const todays = repos.places.bookingsBetween(at.today.from, at.today.to).then(async (bookings) => {
    const ids = bookings.flatMap((b) => (b.organisationId ? [b.organisationId] : []));
    return { bookings, organisations: await repos.places.organisationsByIds(ids) };
  });
  const [{ bookings, organisations }, rooms, volunteerCount, duty, todo, series, current, previous] =
    await Promise.all([
      todays,
      repos.places.rooms(),
      repos.people.volunteerCount(),
      repos.overview.today(at.today.from, at.today.to),
      repos.overview.todo(at.today.from, now),
      repos.overview.nextSeries(now),
      repos.overview.keyFigures(at.month.from, at.month.to),
      repos.overview.keyFigures(at.lastMonth.from, at.lastMonth.to),
    ]);
  return { bookings, rooms, organisations, volunteerCount, duty, todo, series, current, previous };
}

export type OverviewData = Awaited<ReturnType<typeof loadOverview>>;

// A cold start reads the page's data while the database's health is checked and the shell renders, and
// the page's first render takes it instead of starting its read only after it has mounted.
let early: { today: string; at: number; value?: OverviewData; read: Promise<void> } | null = null;

/** Whether the boot's read was for `today` and is fresh (a desk left locked reads again when opened). */
const freshFor = (entry: typeof early, today: string, now: number): entry is NonNullable<typeof early> =>
  entry !== null && entry.today === today && now - entry.at < 5_000;

/**
 * Starts 今日概览's read at boot, before anything renders. Nothing is shown from it unless the page mounts
 * (behind the staff sign-in) within a few seconds, on the same day.
 */
export function prefetchOverview(repos: Repos, now: number): void {
  const today = dateKey(now);
  const read = loadOverview(repos, overviewRanges(today));
  const entry: NonNullable<typeof early> = {
    today,
    at: now,
    read: read.then(
      (value) => void (early === entry && (entry.value = value)),
      () => undefined,
    ),
  };
  early = entry;
}

/** The boot's read if it is in, for `today` and fresh. */
export function takePrefetchedOverview(today: string, now: number): OverviewData | undefined {
  return freshFor(early, today, now) ? early.value : undefined;
}

/**
 * The boot's read still under way for `today`: the page waits for it rather than reading the same rows
 * beside it, which slowed both (a cold start's first figures came from whichever finished second).
 * Resolves to undefined when that read failed; undefined when none is under way.
 */
export function pendingPrefetchedOverview(
  today: string,
  now: number,
): Promise<OverviewData | undefined> | undefined {
  if (!freshFor(early, today, now) || early.value) return undefined;
  const entry = early;
  return entry.read.then(() => entry.value);
}
