import { ageOn } from '../identity/id-card';
import type { SessionLine } from './practice-figures';
import { computeReport, type Report, type ReportRows } from './report';
import { trendBuckets, type ReportPeriod } from './report-periods';
import { CENTER_SCOPE, type DailyTotal, type MonthlyTotal, type ServedTally } from './daily-totals';

/**
 * What a report is computed from when the activity and service figures come from stored totals:
 * the period's daily totals, who served (month rows for whole months, day rows for the other days,
 * of any scope: the right one is picked), the count of live volunteers registered in the period, and
 * the small tables read as rows as before.
 *
 * @example
 * const input: TotalsReportInput = { totals: [], served: [], newVolunteers: 0, documents: [], ordersPlaced: [], ordersCompleted: [], honours: [], openFollowUps: 0 };
 */
export interface TotalsReportInput extends Pick<
  ReportRows,
  'documents' | 'ordersPlaced' | 'ordersCompleted' | 'honours' | 'openFollowUps'
> {
  totals: readonly DailyTotal[];
  /**
   * Month rows standing for whole months inside the period, whose days are then not in `totals`. Only
   * when the trend is by month (periods over 62 days): a month row has no days to split.
   */
  monthTotals?: readonly MonthlyTotal[];
  served: readonly { scope: string; volunteers: ServedTally }[];
  newVolunteers: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function lines(totals: readonly DailyTotal[], keyOf: (t: DailyTotal) => string): SessionLine[] {
  const byKey = new Map<string, SessionLine>();
  for (const t of totals) {
    if (t.sessions === 0) continue;
    const key = keyOf(t);
    const line = byKey.get(key) ?? { key, sessions: 0, participants: 0, beneficiaries: 0 };
    line.sessions += t.sessions;
    line.participants += t.participants;
    line.beneficiaries += t.beneficiaries;
    byKey.set(key, line);
  }
  return [...byKey.values()].sort((a, b) => b.sessions - a.sessions || a.key.localeCompare(b.key));
}

/**
 * The same {@link Report} as computeReport, with 场次, 人次, hours, the breakdowns and the trend summed
 * from daily totals, and active volunteers, party members and minors (under 18 on the period's last
 * day) from who served. Party membership and birth date are those stored with the tallies (see
 * ServedTally). Orders, documents and 时尚达人 are counted from their rows as computeReport does.
 *
 * @example
 * reportFromTotals({ totals: [], served: [], newVolunteers: 2, documents: [], ordersPlaced: [], ordersCompleted: [], honours: [], openFollowUps: 0 }, period, null).figures.newVolunteers // => 2
 */
export function reportFromTotals(
  input: TotalsReportInput,
  period: ReportPeriod,
  stationId: string | null,
): Report {
  const base = computeReport(
    {
      activities: [],
      bookings: [],
      records: [],
      recordActivities: [],
      volunteers: [],
      newVolunteers: [],
      documents: input.documents,
      ordersPlaced: input.ordersPlaced,
      ordersCompleted: input.ordersCompleted,
      honours: input.honours,
      openFollowUps: input.openFollowUps,
    },
    period,
    stationId,
  );
  // A month row counts on its month's first day: inside the period and in its month's trend bucket.
  const asDays = (input.monthTotals ?? []).map(({ month, ...figures }): DailyTotal => ({
    ...figures,
    day: `${month}-01`,
  }));
  const totals = [...input.totals, ...asDays].filter(
    (t) =>
      t.day >= period.firstDay &&
      t.day <= period.lastDay &&
      (stationId === null || t.stationId === stationId),
  );
  const sum = (pick: (t: DailyTotal) => number, rows = totals) => rows.reduce((s, t) => s + pick(t), 0);
  const scope = stationId ?? CENTER_SCOPE;
  const people = new Map<string, [0 | 1, string | null]>();
  for (const row of input.served) {
    if (row.scope !== scope) continue;
    for (const [vid, [count, party, birth]] of Object.entries(row.volunteers)) {
      if (count > 0 && !people.has(vid)) people.set(vid, [party, birth]);
    }
  }
  let party = 0;
  let minors = 0;
  for (const [isParty, birth] of people.values()) {
    party += isParty;
    if (birth !== null && ageOn(birth, period.lastDay) < 18) minors += 1;
  }
  return {
    ...base,
    figures: {
      ...base.figures,
      sessions: sum((t) => t.sessions),
      participants: sum((t) => t.participants),
      beneficiaries: sum((t) => t.beneficiaries),
      volunteerServices: sum((t) => t.volunteerServices),
      volunteerHours: round1(sum((t) => t.volunteerMinutes) / 60),
      activeVolunteers: people.size,
      partyMembers: party,
      minors,
      newVolunteers: stationId === null ? input.newVolunteers : null,
    },
    byCategory: lines(totals, (t) => t.category),
    byProject: lines(totals, (t) => t.projectId ?? ''),
    hoursTrend: trendBuckets(period).map((b) => ({
      label: b.label,
      hours: round1(
        sum(
          (t) => t.volunteerMinutes,
          totals.filter((t) => t.day >= b.firstDay && t.day <= b.lastDay),
        ) / 60,
      ),
    })),
  };
}
