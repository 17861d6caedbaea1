import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { summarisePeriod } from '@shared/stats/period-summary';
import { addDays, dateKey } from '@shared/time/center-time';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import { dayRange } from '../../renderer/src/features/reports/periods';
import { activityDraft } from './activity-fixtures';
import { openTestDesk, type testContext } from './helpers';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  ({ db, repos, ctx } = await openTestDesk('period-summary'));
  await repos.demo.load(generateDemoData({ now: ctx.now(), seed: 11, deskId: ctx.deskId }), () => undefined);
});
afterEach(() => db.close());

/** What the rows themselves say, as the summary was computed before it read the stored totals. */
async function fromRows(from: number, to: number) {
  const [bookings, activities, serviceRecords] = await Promise.all([
    db.bookings.where('start').between(from, to, true, false).toArray(),
    db.activities.where('start').between(from, to, true, false).toArray(),
    db.serviceRecords.where('signInAt').between(from, to, true, false).toArray(),
  ]);
  return summarisePeriod({ bookings, activities, serviceRecords }, from, to);
}

describe('a period’s summary (统计报表 cards, 今日概览 figures)', () => {
  it('gives from stored totals and booking indexes exactly what the period’s rows give', async () => {
    const today = dateKey(ctx.now());
    // Reached people are an activity's participants, not its beneficiaries: make them differ.
    await repos.activities.create(activityDraft(today));
    const spans: [string, string][] = [
      [today, today],
      [`${today.slice(0, 7)}-01`, today],
      [addDays(today, -60), addDays(today, 30)],
      [`${today.slice(0, 4)}-01-01`, `${today.slice(0, 4)}-12-31`],
      [addDays(today, -400), addDays(today, 60)],
    ];
    for (const [first, last] of spans) {
      const from = dayRange(first).from;
      const to = dayRange(last).to;
      const expected = await fromRows(from, to);
      expect(await repos.reports.periodSummary(from, to), `${first}–${last}`).toEqual(expected);
    }
    // The demo holds what the cards count: the comparison above is not between zeros.
    const year = await fromRows(dayRange(addDays(today, -400)).from, dayRange(addDays(today, 60)).to);
    expect(year.sessions).toBeGreaterThan(0);
    expect(year.volunteerServices).toBeGreaterThan(0);
    expect(year.cancelled + year.noShows).toBeGreaterThan(0);
  });

  it('gives 今日概览’s key figures from stored totals exactly as the period’s rows give them', async () => {
    const today = dateKey(ctx.now());
    await repos.activities.create(activityDraft(today));
    const spans: [string, string][] = [
      [`${today.slice(0, 7)}-01`, today],
      [addDays(today, -60), addDays(today, 30)],
    ];
    for (const [first, last] of spans) {
      const from = dayRange(first).from;
      const to = dayRange(last).to;
      const rows = await fromRows(from, to);
      expect(await repos.overview.keyFigures(from, to), `${first}–${last}`).toMatchObject({
        sessions: rows.sessions,
        peopleReached: rows.peopleReached,
        volunteerServices: rows.volunteerServices,
        confirmedMinutes: rows.volunteerMinutes,
      });
      expect(rows.sessions, `${first}–${last}`).toBeGreaterThan(0);
    }
    const wide = await fromRows(dayRange(addDays(today, -60)).from, dayRange(addDays(today, 30)).to);
    expect(wide.volunteerServices).toBeGreaterThan(0);
    expect(wide.volunteerMinutes).toBeGreaterThan(0);
  });
});
